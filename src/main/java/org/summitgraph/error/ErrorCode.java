package org.summitgraph.error;

import org.summitgraph.security.TokenKey;

/** Values of {@code extensions.code} in GraphQL errors. */
public enum ErrorCode {
    BAD_REQUEST,
    /** A method other than GET, POST and OPTIONS on {@code /graphql} (HTTP 405, with {@code Allow: GET, POST, OPTIONS}). */
    METHOD_NOT_ALLOWED,
    /** A request body over {@code quarkus.http.limits.max-body-size} (HTTP 413). */
    REQUEST_TOO_LARGE,
    /** A request line (method, URI, version) over {@code quarkus.http.limits.max-initial-line-length} (HTTP 414). */
    URI_TOO_LONG,
    /** Request headers over {@code quarkus.http.limits.max-header-size} (HTTP 431). */
    HEADERS_TOO_LARGE,
    BAD_USER_INPUT,
    /** An operation that needs a role (mutations, the change log) without a valid bearer token. */
    UNAUTHENTICATED,
    /** An operation that needs a role (mutations, the change log) whose token lacks it. */
    FORBIDDEN,
    /**
     * A token sent to an instance that has no public key to verify it (see {@link TokenKey}): editing is
     * off there until an operator configures one.
     */
    EDITING_DISABLED,
    /** An input refers to an object that does not exist. */
    NOT_FOUND,
    /** The object changed since the version the edit was based on, or the edit collides with another. */
    CONFLICT,
    /** An id or code that is already taken. */
    DUPLICATE,
    /** A membership change dated on or before the latest one. */
    INVALID_CHRONOLOGY,
    /** A membership change to the status already in force. */
    STATUS_UNCHANGED,
    /** Tenures of one post (or chairmanships of one organization) that would overlap. */
    OVERLAPPING_TERMS,
    /** A summit marked held while it is dated after today. */
    HELD_IN_FUTURE,
    /** A change that the summit's status does not allow, e.g. cancelling a held summit. */
    INVALID_STATUS,
    /** An announced next meeting that is not later than the summit announcing it. */
    NEXT_MEETING_NOT_LATER,
    GRAPHQL_PARSE_FAILED,
    GRAPHQL_VALIDATION_FAILED,
    INTROSPECTION_DISABLED,
    /**
     * An introspection query that nests {@code __Type.fields} (or {@code inputFields}, {@code interfaces},
     * {@code possibleTypes}) within itself, or goes deeper or wider than graphql-java's good-faith limits.
     */
    INTROSPECTION_TOO_DEEP,
    /** A query nested deeper than {@code summit-graph.limits.max-depth}. */
    MAX_DEPTH_EXCEEDED,
    /** A query whose estimated cost (fields times list sizes) exceeds {@code summit-graph.limits.max-cost}. */
    COST_EXCEEDED,
    /**
     * An operation costing more than its client has left of {@code summit-graph.limits.cost-per-minute};
     * {@code extensions.retryAfter} says in how many seconds it would be let through (HTTP 429 with
     * Retry-After under graphql-response+json).
     */
    RATE_LIMITED,
    /** A document with more aliases than {@code summit-graph.limits.max-aliases}. */
    TOO_MANY_ALIASES,
    /** A document with more directives than {@code summit-graph.limits.max-directives}. */
    TOO_MANY_DIRECTIVES,
    /** A document with more tokens than {@code summit-graph.limits.max-tokens}. */
    TOO_MANY_TOKENS,
    /**
     * A subscription (or other operation) started over WebSocket while the socket already runs
     * {@code summit-graph.limits.max-subscriptions-per-socket}.
     */
    TOO_MANY_SUBSCRIPTIONS,
    /** An operation that ran longer than {@code summit-graph.limits.timeout} and was cancelled. */
    TIMEOUT,
    /** An operation whose client hung up: what was left of it was not done (no client reads this answer). */
    CLIENT_CLOSED_REQUEST,
    /** A persisted query's hash that this instance does not know: send the query with its hash. */
    PERSISTED_QUERY_NOT_FOUND,
    /** A persisted query while automatic persisted queries are switched off. */
    PERSISTED_QUERY_NOT_SUPPORTED,
    /** In safelist mode, an operation that is not one of the registered documents. */
    PERSISTED_QUERY_NOT_IN_LIST,
    /**
     * The database could not be reached: down, restarting, unreachable, or no pooled connection free
     * in time. Worth retrying later; a mutation refused so was not applied, unless the connection
     * broke while it was being committed (then it was applied entirely or not at all).
     */
    SERVICE_UNAVAILABLE,
    INTERNAL_SERVER_ERROR
}
