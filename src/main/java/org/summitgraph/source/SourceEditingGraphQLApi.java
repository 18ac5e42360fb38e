package org.summitgraph.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.security.Roles;
import org.summitgraph.source.SourceInputs.CreateSourceInput;

/** The mutation that records a new source, for editors and admins. */
@GraphQLApi
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
public class SourceEditingGraphQLApi {

    @Inject SourceEditing editing;

    @Mutation("createSource")
    @Description("Records a source; its id can then be given in the `sources` of other edits.")
    public @NonNull SourceView createSource(@Name("input") @NonNull @Valid CreateSourceInput input) {
        return editing.create(input);
    }
}
