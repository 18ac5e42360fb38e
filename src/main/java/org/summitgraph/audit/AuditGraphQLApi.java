package org.summitgraph.audit;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.summitgraph.data.PageArguments;
import org.summitgraph.data.Paging;
import org.summitgraph.security.Roles;

@GraphQLApi
public class AuditGraphQLApi {

    @Inject AuditService audit;

    @Query("changes")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Description("The change log, for editors and admins: every mutation with who made it and when, the latest "
            + "first unless `orderBy` says otherwise; `first` is at most the service's maximum page size.")
    public @NonNull ChangeConnection changes(@Name("since") OffsetDateTime since,
            @Name("first") @DefaultValue(Paging.DEFAULT_FIRST) Integer first, @Name("after") String after,
            @Name("last") @Description(Paging.LAST) Integer last,
            @Name("before") @Description(Paging.BEFORE) String before,
            @Name("orderBy") @DefaultValue("NEWEST_FIRST") ChangeOrder orderBy) {
        return audit.changes(since, new PageArguments(first, after, last, before), orderBy);
    }
}
