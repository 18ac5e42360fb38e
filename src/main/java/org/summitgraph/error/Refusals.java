package org.summitgraph.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

/**
 * The service's refusals of a whole document (a limit, the safelist, an unsupported directive): errors
 * that carry their code, classification and words from the start, which error mapping leaves as they are.
 */
public final class Refusals {

    private static final Set<String> CODES = Set.of(ErrorCode.MAX_DEPTH_EXCEEDED.name(),
            ErrorCode.COST_EXCEEDED.name(), ErrorCode.RATE_LIMITED.name(), ErrorCode.TOO_MANY_ALIASES.name(), ErrorCode.TOO_MANY_DIRECTIVES.name(),
            ErrorCode.TOO_MANY_TOKENS.name(), ErrorCode.PERSISTED_QUERY_NOT_IN_LIST.name(),
            ErrorCode.GRAPHQL_VALIDATION_FAILED.name());

    private Refusals() {
    }

    /** Stops the operation before it runs, with this refusal as its only error. */
    public static AbortExecutionException abort(ErrorCode code, String message) {
        return new AbortExecutionException(List.of(coded(code, message, ErrorType.ExecutionAborted)));
    }

    /** Stops the operation before it runs, with this refusal, and these further extensions, as its only error. */
    public static AbortExecutionException abort(ErrorCode code, String message, Map<String, Object> extensions) {
        Map<String, Object> all = new LinkedHashMap<>(Map.of("code", code.name(),
                "classification", ErrorType.ExecutionAborted.name()));
        all.putAll(extensions);
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().message(message)
                .errorType(ErrorType.ExecutionAborted).extensions(all).build()));
    }

    /** A refusal with its code and classification in its extensions. */
    public static GraphQLError coded(ErrorCode code, String message, ErrorType classification) {
        return GraphqlErrorBuilder.newError().message(message).errorType(classification)
                .extensions(Map.of("code", code.name(), "classification", classification.name())).build();
    }

    /** Whether the error is one of these refusals, already coded, classified and worded for the client. */
    public static boolean isRefusal(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions();
        return extensions != null && extensions.get("code") instanceof String code && CODES.contains(code);
    }
}
