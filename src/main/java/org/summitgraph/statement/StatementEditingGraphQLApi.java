package org.summitgraph.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.security.Roles;
import org.summitgraph.statement.StatementInputs.AddStatementInput;
import org.summitgraph.summit.SummitView;

/** Mutations of the statements made at summits: editors and admins; removals admins only. */
@GraphQLApi
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
public class StatementEditingGraphQLApi {

    @Inject StatementEditing editing;

    @Mutation("addStatement")
    @Description("Records what a speaker said at a summit, after the statements already recorded.")
    public @NonNull StatementView addStatement(@Name("input") @NonNull @Valid AddStatementInput input) {
        return editing.add(input);
    }

    @Mutation("removeStatement")
    @RolesAllowed(Roles.ADMIN)
    @Description("Removes a statement (admins only); returns its summit.")
    public @NonNull SummitView removeStatement(@Name("id") @Id @NonNull String id) {
        return editing.remove(id);
    }
}
