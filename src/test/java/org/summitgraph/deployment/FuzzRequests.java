package org.summitgraph.deployment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.smallrye.jwt.util.KeyUtils;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The requests of a fuzzing run, each kind with its share, all drawn from one seeded {@link Random}. */
final class FuzzRequests {

    enum Kind {
        /** A query generated from the schema, POSTed as JSON. */
        QUERY_POST(23),
        /** The same over GET with URL parameters. */
        QUERY_GET(10),
        /** A generated query with characters or tokens deleted, inserted, swapped or repeated. */
        MUTATED_QUERY(20),
        /** JSON that is no request, or a request with members of the wrong type. */
        RANDOM_JSON(12),
        RANDOM_BYTES(6),
        /** A valid request under a wrong, missing or odd Content-Type. */
        WRONG_CONTENT_TYPE(8),
        /** An application/graphql body: the document alone. */
        GRAPHQL_BODY(6),
        /** A generated mutation without a token, or with one that is no valid JWT. */
        MUTATION_WITHOUT_TOKEN(8),
        /** Other methods, paths and URL parameters. */
        ODD_HTTP(6),
        /** A body above the 100 KiB limit. */
        OVERSIZE(1),
        /** Fragments spreading the next one several times, several levels deep: small text, huge expansion. */
        FRAGMENT_FAN_OUT(3),
        /** {@code nodes(ids:)} with up to 10,000 ids, in a variable or written out. */
        LONG_LIST(3),
        /** A search text of up to 20,000 characters, or a word repeated thousands of times. */
        LONG_SEARCH(3),
        /** A valid query with an odd Accept-Language, If-None-Match, X-Forwarded-For, Cookie or repeated header. */
        BAD_HEADERS(4),
        /**
         * A generated mutation with a token signed by the right key whose claims must not be trusted: groups
         * not an array of strings, issued in the future, valid for a century, expired, another issuer.
         */
        ODD_TOKEN(3);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    /**
     * @param rootKeys what the {@code data} of the answer may hold when the request carries a generated
     *        operation unchanged, else null
     * @param valid whether it carries a generated operation unchanged, well-typed and with its variables
     */
    record FuzzRequest(int index, Kind kind, String method, String target, Map<String, String> headers, byte[] body,
            Set<String> rootKeys, boolean valid) {
    }

    private static final List<String> ODD_ACCEPTS = List.of("*/*", "text/html", "application/*", "image/png",
            "application/graphql-response+json;q=0.9, application/json;q=0.8", "application/json;q=0",
            "application/json;q=abc", "garbage", ",", "text/*;q=1, */*;q=0.1",
            "application/graphql-response+json; charset=utf-8", "APPLICATION/JSON", "application/json; x=\"",
            "text/html; q=\"1");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "multipart/form-data; boundary=----fuzz", "application/x-www-form-urlencoded", "application/octet-stream",
            "application/json; charset=utf-16", "application/JSON", "application/json;;", "application/jsonx", "json",
            "*/*", "application/graphql+json", "text/json", "application/json, text/plain", "application/json; x=\"",
            "application/graphql-response+json");
    private static final List<String> INSERTIONS = List.of("{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "\"",
            "\\", "#", ",", "...", "é", "𝄞", "\u0000", "\uFFFF", "\\ud800", "\\u0000", "\u202E", "\"\"\"", "fragment ",
            "on ", "@skip(if: true)", "@include(if: $undefined)", "__typename ", "__schema { types { name } } ",
            "__type(name: \"Summit\") { name } ", "query ", "mutation ", "subscription ", "null", "-", "1e309",
            "99999999999999999999999", "-2147483649", "0x1F", "\n#comment\n", " ".repeat(50));
    private static final List<String> METHODS = List.of("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE");

    private final QueryGenerator generator;
    private final Random random;

    FuzzRequests(QueryGenerator generator, Random random) {
        this.generator = generator;
        this.random = random;
    }

    List<FuzzRequest> generate(int count) {
        int total = 0;
        for (Kind kind : Kind.values()) {
            total += kind.weight;
        }
        List<FuzzRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int draw = random.nextInt(total);
            for (Kind kind : Kind.values()) {
                draw -= kind.weight;
                if (draw < 0) {
                    requests.add(next(i, kind));
                    break;
                }
            }
        }
        return requests;
    }

    private FuzzRequest next(int index, Kind kind) {
        return switch (kind) {
            case QUERY_POST -> {
                // now and then a subscription, which HTTP does not serve
                boolean query = random.nextInt(25) > 0;
                boolean wellTyped = random.nextInt(10) > 0;
                QueryGenerator.Operation operation = query ? generator.query(wellTyped) : generator.subscription();
                yield post(index, kind, "application/json", json(operation), operation.rootKeys(), query && wellTyped);
            }
            case QUERY_GET -> {
                boolean wellTyped = random.nextInt(10) > 0;
                QueryGenerator.Operation operation = generator.query(wellTyped);
                // the service refuses a GET with several operations: SmallRye could not pick one
                yield get(index, kind, url(operation.document(), operation.variables(), operation.operationName()),
                        operation.rootKeys(), wellTyped && !operation.several());
            }
            case MUTATED_QUERY -> mutated(index);
            case RANDOM_JSON -> post(index, kind, "application/json", bytes(randomRequest()), null, false);
            case RANDOM_BYTES -> {
                byte[] body = new byte[random.nextInt(2048)];
                random.nextBytes(body);
                yield post(index, kind, pick(List.of("application/json", "application/graphql", "none")), body, null,
                        false);
            }
            case WRONG_CONTENT_TYPE -> {
                QueryGenerator.Operation operation = generator.query(true);
                String contentType = random.nextInt(6) == 0 ? "none" : pick(WRONG_CONTENT_TYPES);
                byte[] body = contentType.equals("application/x-www-form-urlencoded")
                        ? bytes("query=" + encode(operation.document()))
                        : json(operation);
                yield post(index, kind, contentType, body, null, false);
            }
            case GRAPHQL_BODY -> {
                QueryGenerator.Operation operation = generator.query(true);
                yield post(index, kind, pick(List.of("application/graphql", "application/graphql; charset=utf-8")),
                        bytes(operation.document()), operation.rootKeys(),
                        !operation.several() && operation.variables() == null);
            }
            case MUTATION_WITHOUT_TOKEN -> {
                QueryGenerator.Operation operation = generator.mutation();
                FuzzRequest request = post(index, kind, "application/json", json(operation), operation.rootKeys(), true);
                int token = random.nextInt(10);
                if (token >= 7) {
                    request.headers().put("Authorization", token == 9 ? "Basic ZWRpdG9yOmVkaXRvcg=="
                            : "Bearer " + pick(List.of("x", "abc.def.ghi", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")));
                }
                yield request;
            }
            case ODD_HTTP -> oddHttp(index);
            case FRAGMENT_FAN_OUT -> fragmentFanOut(index);
            case LONG_LIST -> longList(index);
            case LONG_SEARCH -> longSearch(index);
            case BAD_HEADERS -> badHeaders(index);
            case ODD_TOKEN -> {
                QueryGenerator.Operation operation = generator.mutation();
                FuzzRequest request = post(index, kind, "application/json", json(operation), operation.rootKeys(), false);
                request.headers().put("Authorization", "Bearer " + oddToken());
                yield request;
            }
            case OVERSIZE -> {
                String padding = "x".repeat(110_000 + random.nextInt(200_000));
                yield post(index, kind, "application/json",
                        bytes(new JsonObject().put("query", "{ countries { code } }")
                                .put("variables", new JsonObject().put("padding", padding)).encode()),
                        null, false);
            }
        };
    }

    /**
     * {@code levels} fragments, each spreading the next {@code fan} times, directly or through a summit's
     * organization and its summits: the document stays under 2 KB, its expansion reaches fan^levels.
     */
    private FuzzRequest fragmentFanOut(int index) {
        int levels = 2 + random.nextInt(12);
        int fan = 2 + random.nextInt(9);
        boolean throughFields = random.nextBoolean();
        StringBuilder document = new StringBuilder("query Fan { summits(first: 3) { nodes { ...F0 } } }");
        for (int level = 0; level < levels; level++) {
            String next = ("...F" + (level + 1) + " ").repeat(fan);
            document.append("\nfragment F").append(level).append(" on Summit { id ")
                    .append(throughFields ? "organization { summits(first: 2) { nodes { " + next + "} } }" : next)
                    .append('}');
        }
        document.append("\nfragment F").append(levels).append(" on Summit { id date }");
        return post(index, Kind.FRAGMENT_FAN_OUT, "application/json",
                bytes(new JsonObject().put("query", document.toString()).encode()), Set.of("summits"), false);
    }

    private FuzzRequest longList(int index) {
        int count = pick(List.of(1, 50, 100, 101, 500, 6_000, 10_000));
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(random.nextInt(4) == 0 ? "no-such-id-" + i : generator.anyId());
        }
        JsonObject request = random.nextBoolean()
                ? new JsonObject().put("query", "query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }")
                        .put("variables", new JsonObject().put("ids", ids))
                : new JsonObject().put("query", "{ nodes(ids: " + new JsonArray(ids).encode()
                        + ") { id __typename } }");
        return post(index, Kind.LONG_LIST, "application/json", bytes(request.encode()), Set.of("nodes"), false);
    }

    private FuzzRequest longSearch(int index) {
        String text = switch (random.nextInt(4)) {
            case 0 -> "summit ".repeat(1 + random.nextInt(3_000));
            case 1 -> "a".repeat(1 + random.nextInt(20_000));
            case 2 -> {
                StringBuilder words = new StringBuilder();
                for (int i = random.nextInt(2_000); i > 0; i--) {
                    words.append(Integer.toString(random.nextInt(1 << 20), 36)).append(' ');
                }
                yield words.toString();
            }
            default -> "sécurité | & ! ( ) : * <-> ".repeat(1 + random.nextInt(500));
        };
        return post(index, Kind.LONG_SEARCH, "application/json",
                bytes(new JsonObject().put("query", "query Find($text: String!) { search(text: $text, first: 5) { score } }")
                        .put("variables", new JsonObject().put("text", text)).encode()),
                Set.of("search"), false);
    }

    /** A well-typed query under one odd header, which must not keep it from being answered. */
    private FuzzRequest badHeaders(int index) {
        QueryGenerator.Operation operation = generator.query(true);
        FuzzRequest request = post(index, Kind.BAD_HEADERS, "application/json", json(operation), operation.rootKeys(),
                true);
        String name = pick(List.of("Accept-Language", "If-None-Match", "X-Forwarded-For", "Forwarded", "Cookie",
                "User-Agent", "X-Request-Id", "traceparent"));
        String value = pick(List.of(";", "fr,;", ",,,", ";q=0.5", "*;q=", "fr;q=2", "en;q=-1", "x".repeat(7_000),
                "fr-FR-x-" + "a".repeat(300), "\"", "W/", "W/\"\"", "*, *", "::1, 999.1.1.1", "for=\"[::1", "=;=;",
                "00-" + "f".repeat(32) + "-" + "0".repeat(16) + "-01", "ru, fr;q=0.9, *;q=0.1", "\u00e9t\u00e9"));
        request.headers().put(name, value);
        return request;
    }

    /**
     * A token signed with the key the application trusts, carrying claims it must refuse. Written by hand:
     * smallrye-jwt-build refuses to put such claims in a token.
     */
    private String oddToken() {
        long now = Instant.now().getEpochSecond();
        JsonObject claims = new JsonObject().put("iss", "summit-graph").put("sub", "fuzz-" + random.nextInt(1000))
                .put("iat", now).put("exp", now + 600).put("groups", new JsonArray().add("editor"));
        switch (random.nextInt(8)) {
            case 0 -> claims.put("groups", new JsonObject().put("editor", true).put("admin", true));
            case 1 -> claims.put("groups", "editor admin");
            case 2 -> claims.put("groups", 42);
            case 3 -> claims.put("groups", new JsonArray().add(1).add(new JsonArray().add("admin")));
            case 4 -> claims.put("iat", now + 86_400).put("exp", now + 90_000);
            case 5 -> claims.put("exp", now + 100L * 365 * 86_400);
            case 6 -> claims.put("iat", now - 7_200).put("exp", now - 3_600);
            default -> claims.put("iss", "someone-else");
        }
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = base64.encodeToString(bytes("{\"alg\":\"RS256\",\"typ\":\"JWT\"}")) + "."
                + base64.encodeToString(bytes(claims.encode()));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(KeyUtils.readPrivateKey("jwt/private-key.pem"));
            signature.update(bytes(unsigned));
            return unsigned + "." + base64.encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException("the test key jwt/private-key.pem signs tokens", e);
        }
    }

    private FuzzRequest mutated(int index) {
        QueryGenerator.Operation operation = generator.query(random.nextInt(4) > 0);
        StringBuilder document = new StringBuilder(operation.document());
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            mutate(document);
        }
        String text = document.toString();
        return switch (random.nextInt(7)) {
            case 0 -> get(index, Kind.MUTATED_QUERY, url(text, operation.variables(), operation.operationName()), null,
                    false);
            case 1 -> post(index, Kind.MUTATED_QUERY, "application/graphql", bytes(text), null, false);
            default -> post(index, Kind.MUTATED_QUERY, "application/json",
                    json(new QueryGenerator.Operation(text, operation.variables(), operation.operationName(), null, false)),
                    null, false);
        };
    }

    private void mutate(StringBuilder document) {
        int at = random.nextInt(document.length() + 1);
        int end = Math.min(document.length(), at + 1 + random.nextInt(20));
        switch (random.nextInt(8)) {
            case 0 -> document.delete(at, end);
            case 1, 2 -> document.insert(at, pick(INSERTIONS));
            case 3 -> {
                if (at + 1 < document.length()) {
                    char c = document.charAt(at);
                    document.setCharAt(at, document.charAt(at + 1));
                    document.setCharAt(at + 1, c);
                }
            }
            case 4 -> document.insert(at, document.substring(at, end).repeat(2 + random.nextInt(60)));
            case 5 -> document.append(pick(List.of("{", "}", "{{{{{{", "}}}", ")", "(")).repeat(1 + random.nextInt(400)));
            case 6 -> document.setLength(at);
            default -> document.replace(at, end, document.substring(at, end).toUpperCase());
        }
    }

    /** JSON that is no valid request, or a request whose members have the wrong type. */
    private String randomRequest() {
        String query = QueryGenerator.quote(generator.query(true).document());
        return switch (random.nextInt(10)) {
            case 0 -> junk(0);
            case 1 -> "{\"query\": " + junk(1) + "}";
            case 2 -> "{\"query\": " + query + ", \"variables\": " + junk(1) + "}";
            case 3 -> "{\"query\": " + query + ", \"operationName\": " + junk(1) + "}";
            case 4 -> "{\"query\": " + query + ", \"extensions\": " + junk(1) + "}";
            case 5 -> "[{\"query\": " + query + "}, " + junk(1) + "]";
            case 6 -> {
                int depth = 1 + random.nextInt(5000);
                yield random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"query\": " + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth + 1);
            }
            case 7 -> "{\"query\": " + query + ", \"query\": " + junk(1) + "}";
            case 8 -> {
                String valid = "{\"query\": " + query + ", \"variables\": " + junk(1) + "}";
                yield valid.substring(0, random.nextInt(valid.length()));
            }
            default -> "{" + QueryGenerator.quote(pick(List.of("Query", "QUERY", "q", "", "\u0000", "variables")))
                    + ": " + query + "}";
        };
    }

    /** A random JSON value written out, with numbers and strings that parsers find hard. */
    private String junk(int depth) {
        switch (random.nextInt(depth > 3 ? 6 : 9)) {
            case 0:
                return "null";
            case 1:
                return String.valueOf(random.nextBoolean());
            case 2:
                return pick(List.of("0", "-0", "1e999", "-1e-999", "123456789012345678901234567890", "3.14", "2147483648"));
            case 3:
                return QueryGenerator.quote(pick(List.of("", "{ countries { code } }", "🌍", "\u0000", "x".repeat(5000))));
            case 4:
                return pick(List.of("\"\\ud800\"", "\"\\u0000\"", "\"\\uZZZZ\"", "NaN", "undefined", "'single'"));
            case 5:
                return "{}";
            case 6:
            case 7: {
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    items.add(junk(depth + 1));
                }
                return "[" + String.join(", ", items) + "]";
            }
            default: {
                List<String> members = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    members.add(QueryGenerator.quote(pick(List.of("query", "variables", "a", "", "operationName")))
                            + ": " + junk(depth + 1));
                }
                return "{" + String.join(", ", members) + "}";
            }
        }
    }

    private FuzzRequest oddHttp(int index) {
        String query = encode(generator.query(true).document());
        return switch (random.nextInt(8)) {
            case 0 -> new FuzzRequest(index, Kind.ODD_HTTP, pick(METHODS), "/graphql", headers("application/json"),
                    bytes("{\"query\": \"{ countries { code } }\"}"), null, false);
            case 1 -> get(index, Kind.ODD_HTTP, pick(List.of("/graphql", "/graphql?query=", "/graphql?query=%20",
                    "/graphql?query=" + query + "&query=" + query, "/graphql?query=%00", "/graphql?variables=%7B%7D",
                    "/graphql/", "/graphql/schema.graphql", "/graphql?query=" + query + "&operationName=Nope")),
                    null, false);
            case 2 -> get(index, Kind.ODD_HTTP, "/graphql?query=" + query + "&"
                    + pick(List.of("variables", "extensions")) + "=" + encode(junk(0)), null, false);
            case 3 -> get(index, Kind.ODD_HTTP, "/graphql?query=" + encode(generator.mutation().document()), null,
                    false);
            case 4 -> get(index, Kind.ODD_HTTP, "/graphql?query=" + encode(generator.subscription().document()), null,
                    false);
            case 5 -> get(index, Kind.ODD_HTTP, "/graphql?query=" + "%7B".repeat(1000 + random.nextInt(4000)), null,
                    false);
            case 6 -> new FuzzRequest(index, Kind.ODD_HTTP, "POST",
                    pick(List.of("/graphql/", "/graphql;x=1", "/graphql?query=x", "/GRAPHQL")), headers("application/json"),
                    bytes("{\"query\": \"{ countries { code } }\"}"), null, false);
            default -> get(index, Kind.ODD_HTTP, "/graphql?" + encode(junk(0)) + "=" + encode(junk(0)), null, false);
        };
    }

    private FuzzRequest post(int index, Kind kind, String contentType, byte[] body, Set<String> rootKeys,
            boolean valid) {
        return new FuzzRequest(index, kind, "POST", "/graphql", headers(contentType), body, rootKeys, valid);
    }

    private FuzzRequest get(int index, Kind kind, String target, Set<String> rootKeys, boolean valid) {
        return new FuzzRequest(index, kind, "GET", target, headers("none"), new byte[0], rootKeys, valid);
    }

    /** The Content-Type ("none": without one) and a random Accept, or none. */
    private Map<String, String> headers(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!contentType.equals("none")) {
            headers.put("Content-Type", contentType);
        }
        int draw = random.nextInt(20);
        if (draw < 10) {
            headers.put("Accept", "application/json");
        } else if (draw < 13) {
            headers.put("Accept", "application/graphql-response+json");
        } else if (draw < 17) {
            headers.put("Accept", pick(ODD_ACCEPTS));
        }
        return headers;
    }

    private static String url(String document, Map<String, Object> variables, String operationName) {
        StringBuilder url = new StringBuilder("/graphql?query=").append(encode(document));
        if (variables != null) {
            url.append("&variables=").append(encode(new JsonObject(variables).encode()));
        }
        if (operationName != null) {
            url.append("&operationName=").append(encode(operationName));
        }
        return url.toString();
    }

    private static byte[] json(QueryGenerator.Operation operation) {
        JsonObject request = new JsonObject().put("query", operation.document());
        if (operation.variables() != null) {
            request.put("variables", new JsonObject(operation.variables()));
        }
        if (operation.operationName() != null) {
            request.put("operationName", operation.operationName());
        }
        return bytes(request.encode());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
