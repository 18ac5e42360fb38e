package org.summitgraph.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonEdge")
@Description("A person in a page, with the cursor to continue after it.")
public record PersonEdge(
        @NonNull @Description("Opaque cursor of this person in the list.") String cursor,
        @NonNull @Description("The person.") PersonView node) {
}
