package org.summitgraph.http;

import org.summitgraph.http.caching.HttpCache;
import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.error.ErrorCode;
import org.summitgraph.error.ErrorMessages;
import org.summitgraph.parsing.DocumentCache;
import org.summitgraph.parsing.DocumentParser;
import org.summitgraph.parsing.PersistedQueries;
import org.summitgraph.schema.SchemaDirectives;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQLContext;
import graphql.ParseAndValidate;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The HTTP side of the GraphQL over HTTP specification, checked before SmallRye executes a request:
 * <ul>
 * <li>content negotiation: {@code application/graphql-response+json} when the client asks for it,
 * {@code application/json} otherwise (no Accept, wildcards), 406 when it accepts neither;</li>
 * <li>400 with a {@code BAD_REQUEST} code for a body that is no JSON object, a missing or non-string
 * {@code query}, non-object {@code variables} or {@code extensions}, a non-string
 * {@code operationName} (POST and GET alike); 415 for a POST without a supported Content-Type, or
 * with a charset other than UTF-8;</li>
 * <li>a document that does not parse gets {@code GRAPHQL_PARSE_FAILED} (SmallRye gives no code);</li>
 * <li>GET runs queries only: a mutation or subscription over GET is refused with 405, and a document
 * of several operations with 400 (SmallRye cannot pick one there); subscriptions need the WebSocket,
 * and POST refuses them;</li>
 * <li>persisted queries (see {@link PersistedQueries}) and HTTP caching of GET queries (see
 * {@link HttpCache});</li>
 * <li>with {@code application/graphql-response+json}, errors raised before execution (parsing,
 * validation, variable coercion) answer 400, as the specification wants; with
 * {@code application/json} they stay 200.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpGraphQLFilter {

    private static final Logger LOG = Logger.getLogger(HttpGraphQLFilter.class);
    private static final String GRAPHQL = "application/graphql";
    private static final String SENT_CONTENT_TYPE = HttpGraphQLFilter.class.getName() + ".form";

    @Inject
    Instance<GraphQLSchema> schema;
    @Inject
    SummitGraphConfig config;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;
    @Inject
    PersistedQueries persistedQueries;
    @Inject
    HttpCache httpCache;
    @Inject
    DocumentCache documentCache;

    void register(@Observes Router router) {
        router.route("/graphql").order(-101).method(HttpMethod.POST).handler(HttpGraphQLFilter::keepFormsUndecoded);
        router.route("/graphql").order(-100).method(HttpMethod.POST).handler(BodyHandler.create().setBodyLimit(maxBodySize.asLongValue()))
                .handler(this::post);
        router.route("/graphql").order(-100).method(HttpMethod.GET).handler(this::get);
    }

    /**
     * Vert.x's body handler decodes a form body as it comes, and fails the request (an ERROR logged after
     * the answer) on a field over 2 KB; forms are refused here anyway (415), so their body is read as
     * bytes, with the Content-Type they came with kept aside.
     */
    private static void keepFormsUndecoded(RoutingContext rc) {
        String sent = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String type = sent == null ? "" : sent.strip().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
            rc.put(SENT_CONTENT_TYPE, sent);
            rc.request().headers().set(HttpHeaders.CONTENT_TYPE, "application/octet-stream");
        }
        rc.next();
    }

    private void post(RoutingContext rc) {
        String mediaType = negotiated(rc);
        if (mediaType == null) {
            return;
        }
        String form = rc.get(SENT_CONTENT_TYPE);
        String sent = form != null ? form : rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String contentType = MediaTypes.single(sent);
        if (sent != null && contentType == null) {
            // Vert.x would fail on a malformed parameter, and SmallRye decode another charset into garbage
            reply(rc, mediaType, 415, "Unsupported Content-Type " + ErrorMessages.excerpt(sent)
                    + ": send one media type, in UTF-8, e.g. application/json");
            return;
        }
        if (contentType != null && !contentType.equals(sent)) {
            // the same media type, repeated: SmallRye gets it once
            rc.request().headers().set(HttpHeaders.CONTENT_TYPE, contentType);
        }
        if (MediaTypes.is(contentType, GRAPHQL)) {
            // the body is the document itself
            String text = rc.body() == null ? null : rc.body().asString();
            if (text == null || text.isBlank()) {
                reply(rc, mediaType, 400, "The request body must hold a GraphQL document");
                return;
            }
            // SmallRye flattens the newlines of such a body, so that a comment would swallow the rest:
            // hand it the document in a JSON request instead, where newlines are escaped
            rc.request().headers().set(HttpHeaders.CONTENT_TYPE, MediaTypes.JSON);
            rc.setBody(Buffer.buffer(new JsonObject().put("query", text).encode()));
            checkDocument(rc, mediaType, text, null, null, false, null);
            return;
        }
        if (!MediaTypes.is(contentType, MediaTypes.JSON)) {
            reply(rc, mediaType, 415, contentType == null
                    ? "The request needs a Content-Type: application/json"
                    : "Unsupported Content-Type " + ErrorMessages.excerpt(contentType) + ": send application/json");
            return;
        }
        JsonObject request;
        try {
            request = rc.body() == null || rc.body().length() == 0 ? null : rc.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            request = null;
        }
        if (request == null) {
            reply(rc, mediaType, 400, "The request body must be a JSON object");
            return;
        }
        Object query = request.getValue("query");
        Object variables = request.getValue("variables");
        Object operationName = request.getValue("operationName");
        Object extensions = request.getValue("extensions");
        if (query != null && !(query instanceof String)) {
            reply(rc, mediaType, 400, "`query` must be a string");
            return;
        }
        if (variables != null && !(variables instanceof JsonObject)) {
            reply(rc, mediaType, 400, "`variables` must be an object");
            return;
        }
        if (operationName != null && !(operationName instanceof String)) {
            reply(rc, mediaType, 400, "`operationName` must be a string");
            return;
        }
        if (extensions != null && !(extensions instanceof JsonObject)) {
            reply(rc, mediaType, 400, "`extensions` must be an object");
            return;
        }
        JsonObject body = request;
        resolve(rc, mediaType, (String) query, (String) operationName,
                variables == null ? null : ((JsonObject) variables).getMap(), (JsonObject) extensions, false, text -> {
                    if (query == null) {
                        rc.setBody(Buffer.buffer(body.copy().put("query", text).encode()));
                    }
                });
    }

    private void get(RoutingContext rc) {
        if (rc.request().getHeader(HttpHeaders.UPGRADE) != null) {
            // GraphQL over WebSocket (subscriptions): not this specification's business
            rc.next();
            return;
        }
        String mediaType = negotiated(rc);
        if (mediaType == null) {
            return;
        }
        for (String name : List.of("query", "variables", "operationName", "extensions")) {
            if (rc.queryParam(name).size() > 1) {
                reply(rc, mediaType, 400, "The parameter `" + name + "` must be given once");
                return;
            }
        }
        String query = rc.request().getParam("query");
        Map<String, Object> variables = null;
        JsonObject extensions = null;
        for (String name : List.of("variables", "extensions")) {
            String value = rc.request().getParam(name);
            if (value == null || value.isEmpty() || value.equals("null")) {
                continue;
            }
            try {
                JsonObject object = new JsonObject(value);
                if (name.equals("variables")) {
                    variables = object.getMap();
                } else {
                    extensions = object;
                }
            } catch (DecodeException | ClassCastException e) {
                reply(rc, mediaType, 400, "`" + name + "` must be a URL-encoded JSON object");
                return;
            }
        }
        resolve(rc, mediaType, query == null || query.isBlank() ? null : query, rc.request().getParam("operationName"),
                variables, extensions, true, text -> {
                });
    }

    /**
     * The document of the request: its {@code query}, or the persisted query its hash names;
     * {@code substitute} hands SmallRye the document to run.
     */
    private void resolve(RoutingContext rc, String mediaType, String query, String operationName,
            Map<String, Object> variables, JsonObject extensions, boolean overGet, Consumer<String> substitute) {
        PersistedQueries.Request persisted;
        try {
            persisted = PersistedQueries.requested(extensions);
        } catch (IllegalArgumentException e) {
            reply(rc, mediaType, 400, e.getMessage());
            return;
        }
        if (persisted == null) {
            if (query == null) {
                reply(rc, mediaType, 400, "The request must have a `query`");
                return;
            }
            substitute.accept(query);
            checkDocument(rc, mediaType, query, operationName, variables, overGet, null);
            return;
        }
        if (!persistedQueries.automatic()) {
            send(rc, mediaType, mediaType.equals(MediaTypes.GRAPHQL_RESPONSE_JSON) ? 400 : 200,
                    coded(ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED, "PersistedQueryNotSupported"));
            return;
        }
        if (query == null) {
            String known = persistedQueries.find(persisted.sha256Hash());
            if (known == null) {
                // Apollo clients recognise this message and send the query again, with its hash
                rc.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                send(rc, mediaType, mediaType.equals(MediaTypes.GRAPHQL_RESPONSE_JSON) ? 404 : 200,
                        coded(ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound"));
                return;
            }
            substitute.accept(known);
            checkDocument(rc, mediaType, known, operationName, variables, overGet, null);
            return;
        }
        if (!PersistedQueries.sha256(query).equals(persisted.sha256Hash())) {
            reply(rc, mediaType, 400, "`extensions.persistedQuery.sha256Hash` is not the SHA-256 of the query");
            return;
        }
        substitute.accept(query);
        checkDocument(rc, mediaType, query, operationName, variables, overGet, persisted.sha256Hash());
    }

    /** The negotiated media type; {@code null} once the request has been answered 406. */
    private static String negotiated(RoutingContext rc) {
        String mediaType = MediaTypes.negotiate(rc.request().getHeader(HttpHeaders.ACCEPT));
        if (mediaType == null) {
            reply(rc, MediaTypes.JSON, 406,
                    "The answer is application/graphql-response+json or application/json: accept one of them");
        }
        return mediaType;
    }

    /** @param register the hash to register the document under once it proves valid, if any */
    private void checkDocument(RoutingContext rc, String mediaType, String query, String operationName,
            Map<String, Object> variables, boolean overGet, String register) {
        boolean strict = mediaType.equals(MediaTypes.GRAPHQL_RESPONSE_JSON);
        // a cached document passed parsing, validation and the checks made with it (the safelist among them)
        Document document = documentCache.find(query);
        boolean cached = document != null;
        if (!cached) {
            DocumentParser.Parsed parsed = DocumentParser.parse(query, config.limits().maxTokens());
            if (parsed.error() != null) {
                send(rc, mediaType, strict ? 400 : 200, parsed.error().toSpecification());
                return;
            }
            document = parsed.document();
            if (!persistedQueries.allows(document)) {
                send(rc, mediaType, strict ? 403 : 200, PersistedQueries.notInList().toSpecification());
                return;
            }
        }
        // a client may send the query with its hash on every request: validate it only the first time
        if (register != null && persistedQueries.find(register) == null && (cached || valid(document))) {
            persistedQueries.register(register, query);
        }
        // null when there is no such operation, or several without a name: SmallRye reports that
        OperationDefinition operation = operation(document, operationName);
        if (overGet && operation != null && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            rc.response().putHeader(HttpHeaders.ALLOW, "POST");
            reply(rc, mediaType, 405, "Only queries can be sent with GET: send "
                    + operation.getOperation().name().toLowerCase(Locale.ROOT) + "s with POST");
            return;
        }
        if (overGet && !prepareGet(rc, mediaType, query, document, operation, operationName)) {
            return;
        }
        if (operation != null && operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            // SmallRye would answer with its event stream object as data
            send(rc, mediaType, strict ? 400 : 200, coded(ErrorCode.BAD_REQUEST,
                    "Subscriptions are served over WebSocket (graphql-transport-ws) at /graphql, not over HTTP"));
            return;
        }
        // only a graphql-response+json answer changes status for it: spare every other request a second validation
        boolean failsBeforeExecution = strict
                && (operation == null || failsBeforeExecution(document, cached, operation, variables));
        rc.addHeadersEndHandler(v -> adjust(rc, mediaType, failsBeforeExecution));
        if (operation != null && operation.getOperation() == OperationDefinition.Operation.QUERY && !failsBeforeExecution) {
            httpCache.handle(rc, mediaType, query, operationName, variables, overGet);
            return;
        }
        rc.next();
    }

    /**
     * Readies a GET request's parameters for SmallRye, which reads them again: it flattens newlines (a
     * comment then swallows the rest of the document) and URL-decodes a second time (a "%" fails, a "+"
     * turns into a space), fails on a null it would parse, and takes the query itself for the
     * operationName. It gets the document to run (the one a persisted query's hash names, too) encoded
     * once more, and no operationName. False when the request has been answered instead.
     */
    private static boolean prepareGet(RoutingContext rc, String mediaType, String query, Document document,
            OperationDefinition operation, String operationName) {
        boolean strict = mediaType.equals(MediaTypes.GRAPHQL_RESPONSE_JSON);
        if (operationName != null && !operationName.isEmpty()) {
            // without operationName, SmallRye can only run a document's one operation
            if (document.getDefinitionsOfType(OperationDefinition.class).size() > 1) {
                reply(rc, mediaType, 400, "A GET request must hold only the operation to run; send several with POST");
                return false;
            }
            if (operation == null) {
                send(rc, mediaType, strict ? 400 : 200,
                        coded(ErrorCode.BAD_USER_INPUT, "Unknown operation named '" + ErrorMessages.excerpt(operationName) + "'."));
                return false;
            }
        }
        MultiMap parameters = rc.queryParams();
        parameters.remove("operationName");
        parameters.set("query", URLEncoder.encode(query, StandardCharsets.UTF_8));
        for (String name : List.of("variables", "extensions")) {
            String value = parameters.get(name);
            if (value != null && (value.isEmpty() || value.equals("null"))) {
                parameters.remove(name);
            } else if (value != null) {
                parameters.set(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return true;
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

    /** Gives SmallRye's answer the negotiated Content-Type, and 400 to a refused request where wanted. */
    private static void adjust(RoutingContext rc, String mediaType, boolean failedBeforeExecution) {
        if (rc.response().getStatusCode() == 304) {
            return;
        }
        String contentType = rc.response().headers().get(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !MediaTypes.is(contentType, MediaTypes.JSON)
                && !MediaTypes.is(contentType, MediaTypes.GRAPHQL_RESPONSE_JSON)) {
            return;
        }
        rc.response().headers().set(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8");
        if (failedBeforeExecution && mediaType.equals(MediaTypes.GRAPHQL_RESPONSE_JSON)
                && rc.response().getStatusCode() == 200) {
            rc.response().setStatusCode(400).setStatusMessage("Bad Request");
        }
    }

    private static void reply(RoutingContext rc, String mediaType, int status, String message) {
        send(rc, mediaType, status, coded(ErrorCode.BAD_REQUEST, message));
    }

    static Map<String, Object> coded(ErrorCode code, String message) {
        return Map.of("message", message, "extensions", Map.of("code", code.name()));
    }

    static void send(RoutingContext rc, String mediaType, int status, Map<String, Object> error) {
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
                .end(new JsonObject(Map.of("errors", List.of(error))).encode());
    }
}
