package org.summitgraph.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.document.DocumentInputs.AddDocumentInput;
import org.summitgraph.security.Roles;
import org.summitgraph.summit.SummitView;

/** Mutations of the documents of summits: editors and admins; removals admins only. */
@GraphQLApi
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
public class DocumentEditingGraphQLApi {

    @Inject DocumentEditing editing;

    @Mutation("addDocument")
    @Description("Records a document signed, adopted or approved at a summit.")
    public @NonNull DocumentView addDocument(@Name("input") @NonNull @Valid AddDocumentInput input) {
        return editing.add(input);
    }

    @Mutation("removeDocument")
    @RolesAllowed(Roles.ADMIN)
    @Description("Removes a document (admins only); returns its summit.")
    public @NonNull SummitView removeDocument(@Name("id") @Id @NonNull String id) {
        return editing.remove(id);
    }
}
