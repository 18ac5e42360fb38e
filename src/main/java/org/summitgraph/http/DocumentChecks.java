package org.summitgraph.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.error.ErrorCode;
import org.summitgraph.http.caching.HttpCache;
import org.summitgraph.parsing.DocumentCache;
import org.summitgraph.parsing.DocumentParser;
import org.summitgraph.parsing.PersistedQueries;
import org.summitgraph.schema.SchemaDirectives;

import graphql.GraphQLContext;
import graphql.ParseAndValidate;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The checks of a request's document made before SmallRye runs it: the persisted query its hash names (see
 * {@link PersistedQueries}), parsing once through {@link DocumentCache}, the safelist, the operation to run
 * (over GET a query: 405 for the others), and whether it fails before execution (validation, hidden
 * directives, variable coercion). A query then goes through {@link HttpCache}.
 */
@ApplicationScoped
class DocumentChecks {

    private static final Logger LOG = Logger.getLogger(DocumentChecks.class);

    @Inject Instance<GraphQLSchema> schema;
    @Inject SummitGraphConfig config;
    @Inject PersistedQueries persistedQueries;
    @Inject HttpCache httpCache;
    @Inject DocumentCache documentCache;

    /** Checks the document of the request, its {@code query} or the persisted query its hash names, and hands it on. */
    void check(RoutingContext rc, GraphQLRequest request) {
        String mediaType = request.mediaType();
        String query = request.query();
        PersistedQueries.Request persisted;
        try {
            persisted = PersistedQueries.requested(request.extensions());
        } catch (IllegalArgumentException e) {
            ErrorAnswers.badRequest(rc, mediaType, 400, e.getMessage());
            return;
        }
        if (persisted == null) {
            if (query == null) {
                ErrorAnswers.badRequest(rc, mediaType, 400, "The request must have a `query`");
                return;
            }
            request.substitute().accept(query);
            checkDocument(rc, request, query, null);
            return;
        }
        if (!persistedQueries.automatic()) {
            ErrorAnswers.send(rc, mediaType, request.strict() ? 400 : 200,
                    ErrorAnswers.coded(ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED, "PersistedQueryNotSupported"));
            return;
        }
        if (query == null) {
            String known = persistedQueries.find(persisted.sha256Hash());
            if (known == null) {
                // Apollo clients recognise this message and send the query again, with its hash
                rc.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                ErrorAnswers.send(rc, mediaType, request.strict() ? 404 : 200,
                        ErrorAnswers.coded(ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound"));
                return;
            }
            request.substitute().accept(known);
            checkDocument(rc, request, known, null);
            return;
        }
        if (!PersistedQueries.sha256(query).equals(persisted.sha256Hash())) {
            ErrorAnswers.badRequest(rc, mediaType, 400, "`extensions.persistedQuery.sha256Hash` is not the SHA-256 of the query");
            return;
        }
        request.substitute().accept(query);
        checkDocument(rc, request, query, persisted.sha256Hash());
    }

    /**
     * @param query the document to run
     * @param register the hash to register the document under once it proves valid, if any
     */
    private void checkDocument(RoutingContext rc, GraphQLRequest request, String query, String register) {
        String mediaType = request.mediaType();
        boolean strict = request.strict();
        // a cached document passed parsing, validation and the checks made with it (the safelist among them)
        Document document = documentCache.find(query);
        boolean cached = document != null;
        if (!cached) {
            DocumentParser.Parsed parsed = DocumentParser.parse(query, config.limits().maxTokens());
            if (parsed.error() != null) {
                ErrorAnswers.send(rc, mediaType, strict ? 400 : 200, parsed.error().toSpecification());
                return;
            }
            document = parsed.document();
            if (!persistedQueries.allows(document)) {
                ErrorAnswers.send(rc, mediaType, strict ? 403 : 200, PersistedQueries.notInList().toSpecification());
                return;
            }
        }
        // a client may send the query with its hash on every request: validate it only the first time
        if (register != null && persistedQueries.find(register) == null && (cached || valid(document))) {
            persistedQueries.register(register, query);
        }
        // null when there is no such operation, or several without a name: SmallRye reports that
        OperationDefinition operation = operation(document, request.operationName());
        if (request.overGet() && operation != null && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            rc.response().putHeader(HttpHeaders.ALLOW, "POST");
            ErrorAnswers.badRequest(rc, mediaType, 405, "Only queries can be sent with GET: send "
                    + operation.getOperation().name().toLowerCase(Locale.ROOT) + "s with POST");
            return;
        }
        if (request.overGet() && !TransportCompensations.prepareGet(rc, request, query, document, operation)) {
            return;
        }
        if (operation != null && operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            TransportCompensations.refuseSubscription(rc, request);
            return;
        }
        // only a graphql-response+json answer changes status for it: spare every other request a second validation
        boolean failsBeforeExecution = strict
                && (operation == null || failsBeforeExecution(document, cached, operation, request.variables()));
        TransportCompensations.adjustAnswer(rc, mediaType, failsBeforeExecution);
        if (operation != null && operation.getOperation() == OperationDefinition.Operation.QUERY && !failsBeforeExecution) {
            httpCache.handle(rc, mediaType, query, request.operationName(), request.variables(), request.overGet());
            return;
        }
        rc.next();
    }

    private static OperationDefinition operation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null || operationName.isEmpty()) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(o -> operationName.equals(o.getName())).findFirst().orElse(null);
    }

    /** Whether the document passes validation against the schema. */
    private boolean valid(Document document) {
        try {
            return schema.isResolvable() && ParseAndValidate.validate(schema.get(), document, Locale.ENGLISH).isEmpty();
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not validate a GraphQL request before SmallRye");
            return false;
        }
    }

    /**
     * Whether validation or variable coercion refuses the request, so that it never executes.
     *
     * @param valid whether the document is known to pass validation (a cached one): only the variables are checked
     */
    private boolean failsBeforeExecution(Document document, boolean valid, OperationDefinition operation,
            Map<String, Object> variables) {
        if (!schema.isResolvable()) {
            return false;
        }
        GraphQLSchema graphQLSchema;
        try {
            graphQLSchema = schema.get();
            if (!valid && (SchemaDirectives.hiddenDirective(document) != null
                    || !ParseAndValidate.validate(graphQLSchema, document, Locale.ENGLISH).isEmpty())) {
                return true;
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not validate a GraphQL request before SmallRye");
            return false;
        }
        try {
            ValuesResolver.coerceVariableValues(graphQLSchema, operation.getVariableDefinitions(),
                    RawVariables.of(variables == null ? Map.of() : variables), GraphQLContext.getDefault(),
                    Locale.ENGLISH);
            return false;
        } catch (RuntimeException e) {
            // a value that does not fit its variable's type: the request fails before execution
            return true;
        }
    }
}
