package org.summitgraph.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Sends the GraphQL documents of {@code src/test/resources/graphql} as {@code {query, variables}}
 * to the running application.
 */
public final class GraphQL {

    private GraphQL() {
    }

    /** Runs a document and checks that the answer is HTTP 200 with no {@code errors}. */
    public static ValidatableResponse ok(String document, Object... variables) {
        return send(document, Map.of(), variables).statusCode(200).body("errors", nullValue());
    }

    /** Runs a document with request headers and checks that the answer has no {@code errors}. */
    public static ValidatableResponse okWithHeaders(String document, Map<String, String> headers, Object... variables) {
        return send(document, headers, variables).statusCode(200).body("errors", nullValue());
    }

    /** Runs a document and returns the answer unchecked, for tests about errors. */
    public static ValidatableResponse send(String document, Map<String, String> headers, Object... variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document(document));
        body.put("variables", vars(variables));
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).headers(headers).body(body)
                .when().post("/graphql").then();
    }

    /** Sends a raw query text (for malformed documents that cannot live in a file). */
    public static ValidatableResponse raw(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/graphql").then();
    }

    /** The text of {@code src/test/resources/graphql/<name>.graphql}. */
    public static String document(String name) {
        try (InputStream in = GraphQL.class.getResourceAsStream("/graphql/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("No GraphQL document named " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> vars(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("variables come as name, value pairs");
        }
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
