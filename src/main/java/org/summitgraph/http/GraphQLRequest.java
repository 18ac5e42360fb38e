package org.summitgraph.http;

import java.util.Map;
import java.util.function.Consumer;

import io.vertx.core.json.JsonObject;

/**
 * A GraphQL request as {@link RequestReader} read it from a POST body or GET parameters, before its
 * document is checked ({@link DocumentChecks}).
 *
 * @param mediaType the negotiated media type of the answer
 * @param query the document sent; null when a persisted query's hash names it
 * @param overGet whether it came over GET, which runs queries only
 * @param substitute hands SmallRye the document to run, the one a persisted query's hash names included
 */
record GraphQLRequest(String mediaType, String query, String operationName, Map<String, Object> variables,
        JsonObject extensions, boolean overGet, Consumer<String> substitute) {

    /** Whether the answer is {@code application/graphql-response+json}, where errors before execution are 4xx. */
    boolean strict() {
        return mediaType.equals(MediaTypes.GRAPHQL_RESPONSE_JSON);
    }
}
