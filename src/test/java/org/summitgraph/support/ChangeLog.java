package org.summitgraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Reads the change log through the `changes` query, as an admin. */
public final class ChangeLog {

    private ChangeLog() {
    }

    /** How many changes the log holds. */
    public static int total() {
        return GraphQL.okWithHeaders("changes", Tokens.bearer(Tokens.admin()), "first", 0)
                .extract().jsonPath().getInt("data.changes.totalCount");
    }

    /** Every change of the log, oldest first, walking all pages. */
    public static List<Map<String, Object>> all() {
        List<Map<String, Object>> changes = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = GraphQL.okWithHeaders("changes", Tokens.bearer(Tokens.admin()), "first", 100, "after", after,
                    "orderBy", "OLDEST_FIRST")
                    .extract().jsonPath().setRootPath("data.changes");
            changes.addAll(page.getList("nodes"));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null);
        return changes;
    }

    /** The changes made with tokens of {@code subject}, oldest first. */
    public static List<Map<String, Object>> bySubject(String subject) {
        return all().stream().filter(c -> subject.equals(c.get("subject"))).toList();
    }

    /** The input of a change, parsed. */
    public static JsonPath input(Map<String, Object> change) {
        return JsonPath.from((String) change.get("input"));
    }
}
