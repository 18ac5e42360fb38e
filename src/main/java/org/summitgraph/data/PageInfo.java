package org.summitgraph.data;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page of a list connection stands: whether more follows and the cursor to ask for it.")
public record PageInfo(
        @Description("True when another page follows this one.") boolean hasNextPage,
        @Description("Cursor of the last item of this page; pass it as `after` to get the next page.") String endCursor) {
}
