package org.summitgraph.data;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page of a list connection stands (Relay cursor connections): whether pages precede or follow "
        + "it and the cursors to ask for them.")
public record PageInfo(
        @Description("Paging forward (`first`/`after`): true when another page follows this one. Paging backward "
                + "(`last`/`before`): true when `before` was given.") boolean hasNextPage,
        @Description("Cursor of the last item of this page; pass it as `after` to get the next page.") String endCursor,
        @Description("Paging backward (`last`/`before`): true when another page precedes this one. Paging "
                + "forward (`first`/`after`): true when `after` was given.") boolean hasPreviousPage,
        @Description("Cursor of the first item of this page; pass it as `before` to get the previous page.") String startCursor) {
}
