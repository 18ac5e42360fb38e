package org.summitgraph.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.summitgraph.security.IgnoredCredentials;

import graphql.ErrorClassification;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.GoodFaithIntrospection;
import graphql.introspection.Introspection;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.validation.ValidationError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Gives every GraphQL error an {@code extensions.code} and keeps internals (class names, stack
 * traces, SQL) out of responses: only {@link ApiException} messages reach clients as they are.
 */
@ApplicationScoped
public class GraphQLErrors {

    private static final Logger LOG = Logger.getLogger(GraphQLErrors.class);

    /** PostgreSQL's SQL state for a statement cancelled, by statement_timeout among others. */
    private static final String QUERY_CANCELED = "57014";
    public static final String UNAVAILABLE_MESSAGE = "The database cannot be reached at the moment; try again shortly";
    /**
     * In Agroal's messages when no pooled connection could be had within the acquisition timeout
     * ("Sorry, acquisition timeout!", "Acquisition timeout while waiting for new connection").
     */
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";
    /** During an outage every operation fails the same way: one warning per interval is enough. */
    private static final long UNAVAILABLE_WARNING_INTERVAL = Duration.ofSeconds(10).toNanos();
    private static final AtomicLong lastUnavailableWarning =
            new AtomicLong(System.nanoTime() - UNAVAILABLE_WARNING_INTERVAL);
    /** PostgreSQL's SQL states for values of a request it cannot store: a NUL in a text, a date beyond its range. */
    private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";
    private static final String DATETIME_FIELD_OVERFLOW = "22008";

    @Inject IgnoredCredentials ignoredCredentials;

    /** The stage that codes the errors of an operation's result and words them for clients. */
    public Instrumentation instrumentation() {
        return new ErrorInstrumentation(ignoredCredentials);
    }

    private static final class ErrorInstrumentation extends SimplePerformantInstrumentation {
        private final IgnoredCredentials ignoredCredentials;

        ErrorInstrumentation(IgnoredCredentials ignoredCredentials) {
            this.ignoredCredentials = ignoredCredentials;
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            boolean executed = result.isDataPresent();
            boolean several = result.getErrors().size() > 1;
            List<GraphQLError> errors = result.getErrors().stream()
                    // a null bubbling up from a failed field only repeats the error of that field
                    .filter(e -> !(several && e instanceof NonNullableFieldWasNullError))
                    .map(e -> withCode(e, executed))
                    .map(this::editingDisabled)
                    .toList();
            return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
        }

        /** A token this instance could not verify is not the client's fault: it is told why, in words. */
        private GraphQLError editingDisabled(GraphQLError error) {
            if (error.getExtensions() == null || !ErrorCode.UNAUTHENTICATED.name().equals(error.getExtensions().get("code"))
                    || !ignoredCredentials.inCurrentRequest()) {
                return error;
            }
            Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
            extensions.put("code", ErrorCode.EDITING_DISABLED.name());
            GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message("Editing is off on this service: it "
                    + "has no key to verify tokens. Queries need no token; try again once an operator has configured the key")
                    .locations(error.getLocations()).extensions(extensions);
            if (error.getPath() != null) {
                builder.path(error.getPath());
            }
            return builder.build();
        }
    }

    /**
     * @param executed whether the operation got past document validation: a validation error
     *        raised then is about an argument's value (a date that is no date...), i.e. bad input
     */
    public static GraphQLError withCode(GraphQLError error, boolean executed) {
        if (Refusals.isRefusal(error)) {
            return error; // already coded, classified and worded for the client
        }
        ErrorCode code;
        String message = error.getMessage();
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = unwrap(fetching.getException());
            ErrorCode known = knownCode(cause);
            String badValue = badValue(cause);
            ApiException brokenRule = cause instanceof ApiException api ? api : DatabaseRules.broken(cause);
            if (brokenRule != null) {
                code = brokenRule.code();
                message = brokenRule.getMessage();
            } else if (badValue != null) {
                code = ErrorCode.BAD_USER_INPUT;
                message = badValue;
            } else if (known != null) {
                code = known;
                if (known == ErrorCode.SERVICE_UNAVAILABLE) {
                    warnUnavailable(error, cause);
                }
                message = switch (known) {
                    case UNAUTHENTICATED -> "This operation needs a valid bearer token";
                    case FORBIDDEN -> "The token's roles do not allow this operation";
                    case TIMEOUT -> "The operation took too long and was cancelled; ask for less data";
                    case SERVICE_UNAVAILABLE -> UNAVAILABLE_MESSAGE;
                    default -> "The object was changed by another edit at the same time; reload it and try again";
                };
            } else {
                code = ErrorCode.INTERNAL_SERVER_ERROR;
                message = "Internal server error";
                LOG.error("Unexpected error while resolving " + error.getPath(), cause);
            }
        } else if (error instanceof InvalidSyntaxError) {
            code = ErrorCode.GRAPHQL_PARSE_FAILED;
        } else if (error instanceof ValidationError) {
            code = executed ? ErrorCode.BAD_USER_INPUT : ErrorCode.GRAPHQL_VALIDATION_FAILED;
            message = withoutSuggestions(message);
        } else if (isClassifiedAs(error, "ValidationError")) {
            // variable coercion and bean validation of arguments: the client sent a bad value
            code = ErrorCode.BAD_USER_INPUT;
        } else if (isClassifiedAs(error, "IntrospectionDisabled")) {
            code = ErrorCode.INTROSPECTION_DISABLED;
        } else if (isClassifiedAs(error, "BadFaithIntrospection")) {
            code = ErrorCode.INTROSPECTION_TOO_DEEP;
            message = badFaithIntrospection(message);
        } else if (isClassifiedAs(error, "InvalidSyntax")) {
            code = ErrorCode.GRAPHQL_PARSE_FAILED;
        } else if (error.getExtensions() != null && error.getExtensions().get("code") != null) {
            return error;
        } else {
            code = ErrorCode.INTERNAL_SERVER_ERROR;
            LOG.error("Unexpected GraphQL error: " + error.getMessage());
            message = "Internal server error";
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (error.getErrorType() != null) {
            extensions.put("classification", error.getErrorType().toString());
        }
        if (error.getExtensions() != null && error.getExtensions().get("violations") instanceof List<?> violations) {
            // Bean Validation: each violation with the path of the faulty field
            List<Map<String, Object>> safe = ErrorMessages.violations(violations);
            extensions.put("violations", safe);
            message = ErrorMessages.violationsMessage(safe);
        }
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(ErrorMessages.clientSafe(message))
                .locations(error.getLocations())
                .extensions(extensions);
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }

    /**
     * Codes of failures that are no bugs of the service: security, edit races, timeouts and an
     * unreachable database.
     */
    private static ErrorCode knownCode(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof UnauthorizedException || c instanceof AuthenticationFailedException) {
                return ErrorCode.UNAUTHENTICATED;
            }
            if (unreachable(c)) {
                return ErrorCode.SERVICE_UNAVAILABLE;
            }
            if (c instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                // PostgreSQL's statement_timeout (summit-graph.limits.timeout) cancelled the statement
                return ErrorCode.TIMEOUT;
            }
            if (c instanceof ForbiddenException) {
                return ErrorCode.FORBIDDEN;
            }
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                // a concurrent edit got there first
                return ErrorCode.CONFLICT;
            }
        }
        return null;
    }

    /** Whether {@code t} or one of its causes says that the database cannot be reached. */
    public static boolean databaseUnreachable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (unreachable(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code t} says that the database cannot be reached: a connection that could not be
     * opened, or broke (SQL states of class 08), a server shutting down or starting up (57P01,
     * 57P02, 57P03), or no pooled connection free within the acquisition timeout. A failed commit
     * carries the driver's exception as a suppressed one.
     */
    private static boolean unreachable(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.matches("57P0[123]"))
                    || state == null && sql.getMessage() != null
                            && sql.getMessage().toLowerCase(Locale.ROOT).contains(ACQUISITION_TIMEOUT)) {
                return true;
            }
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (databaseUnreachable(suppressed)) {
                return true;
            }
        }
        return false;
    }

    /** A warning without stack trace: the database's state is news, the code path is not. */
    private static void warnUnavailable(GraphQLError error, Throwable cause) {
        long now = System.nanoTime();
        long last = lastUnavailableWarning.get();
        if (now - last >= UNAVAILABLE_WARNING_INTERVAL && lastUnavailableWarning.compareAndSet(last, now)) {
            LOG.warnf("Database unavailable while resolving %s (%s); more such failures within %d s are logged "
                    + "at DEBUG", error.getPath(), deepestMessage(cause),
                    TimeUnit.NANOSECONDS.toSeconds(UNAVAILABLE_WARNING_INTERVAL));
        } else {
            LOG.debugf("Database unavailable while resolving %s (%s)", error.getPath(), deepestMessage(cause));
        }
    }

    /** The message closest to the root cause, e.g. "Connection refused". */
    private static String deepestMessage(Throwable t) {
        String message = t.getClass().getSimpleName();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null) {
                message = c.getMessage();
            }
        }
        return message;
    }

    /**
     * What is wrong with a value of the request that could not be used, or null when none: one SmallRye
     * failed to convert to its argument's type (an Int variable beyond an int...), or one PostgreSQL cannot store.
     */
    private static String badValue(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof CoercingParseLiteralException || c instanceof CoercingParseValueException) {
                return c.getMessage();
            }
            if (c instanceof SQLException sql && CHARACTER_NOT_IN_REPERTOIRE.equals(sql.getSQLState())) {
                return "Text must not contain the NUL character (U+0000)";
            }
            if (c instanceof SQLException sql && DATETIME_FIELD_OVERFLOW.equals(sql.getSQLState())) {
                return "A date is out of the range the service can store (4713 BC to 5874897 AD)";
            }
        }
        return null;
    }

    /**
     * graphql-java's good-faith check refuses an introspection query that nests {@code __Type.fields} (and the
     * like) within itself, or that goes deeper or wider than its limits, whatever {@link QueryLimits} allows.
     */
    static String badFaithIntrospection(String message) {
        int at = message == null ? -1 : message.indexOf(" is present too often");
        if (at >= 0) {
            String field = message.substring(message.lastIndexOf(' ', at - 1) + 1, at);
            return "The introspection query asks for " + field + " more than once: __schema, __type and the fields, "
                    + "inputFields, interfaces and possibleTypes of __Type may each appear once in an introspection "
                    + "query (GraphiQL's needs no more)";
        }
        return "The introspection query is too large: at most " + GoodFaithIntrospection.GOOD_FAITH_MAX_DEPTH_COUNT
                + " levels and " + GoodFaithIntrospection.GOOD_FAITH_MAX_FIELDS_COUNT + " fields are allowed";
    }

    /**
     * Without introspection, a validation message must not reveal the schema by suggesting the
     * names of fields, arguments or types ("Did you mean ...?").
     */
    static String withoutSuggestions(String message) {
        if (message == null || Introspection.isEnabledJvmWide()) {
            return message;
        }
        int at = message.indexOf(" Did you mean");
        return at < 0 ? message : message.substring(0, at);
    }

    private static boolean isClassifiedAs(GraphQLError error, String classification) {
        ErrorClassification type = error.getErrorType();
        return type != null && classification.equals(type.toString());
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current.getClass().getName().startsWith("io.smallrye.graphql"))
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
