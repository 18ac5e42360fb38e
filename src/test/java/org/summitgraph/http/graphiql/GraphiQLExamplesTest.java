package org.summitgraph.http.graphiql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The examples GraphiQL offers (examples.json, served with the page, since the README is not shipped) are the
 * README's graphql blocks, in the same order, each named by its operation: they cannot drift apart.
 */
class GraphiQLExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("^```graphql\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern OPERATION = Pattern.compile("^(?:query|mutation|subscription) (\\w+)");

    @Test
    void theExamplesAreTheReadmesOperations() throws IOException {
        List<String> readme = BLOCK.matcher(Files.readString(Path.of("README.md"))).results().map(m -> m.group(1)).toList();
        List<JsonObject> examples = examples().stream().map(JsonObject.class::cast).toList();
        assertFalse(readme.isEmpty(), "the README's graphql blocks");
        assertEquals(readme, examples.stream().map(e -> e.getString("query")).toList(),
                "examples.json must hold the README's graphql blocks, in order");
        for (JsonObject example : examples) {
            Matcher operation = OPERATION.matcher(example.getString("query"));
            assertEquals(example.getString("name"), operation.find() ? operation.group(1) : null,
                    "an example is named by its operation");
            assertFalse(example.getString("description", "").isBlank(), () -> example.getString("name") + " says what it shows");
        }
        assertEquals(examples.size(), examples.stream().map(e -> e.getString("name")).distinct().count(), "names are unique");
    }

    /** As the application ships them. */
    private static JsonArray examples() throws IOException {
        try (InputStream json = GraphiQLExamplesTest.class.getResourceAsStream("/META-INF/resources/graphiql/examples.json")) {
            return new JsonArray(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
