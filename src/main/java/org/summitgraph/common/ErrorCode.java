package org.summitgraph.common;

/** Values of {@code extensions.code} in GraphQL errors. */
public enum ErrorCode {
    BAD_REQUEST,
    BAD_USER_INPUT,
    GRAPHQL_PARSE_FAILED,
    GRAPHQL_VALIDATION_FAILED,
    INTROSPECTION_DISABLED,
    INTERNAL_SERVER_ERROR
}
