package org.summitgraph.parsing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.error.ErrorCode;
import org.summitgraph.error.Refusals;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import io.quarkus.runtime.Startup;
import io.vertx.core.json.JsonObject;

/**
 * Queries known by their SHA-256, as Apollo clients send them ({@code extensions.persistedQuery}):
 * <ul>
 * <li>automatic persisted queries: a request with a query and its hash registers it in this
 * instance's bounded memory, later requests may send the hash alone;</li>
 * <li>safelist mode: only the documents of the {@code .graphql} files of a directory run, whether
 * sent by hash or in full; nothing else can be registered.</li>
 * </ul>
 */
@ApplicationScoped
@Startup
public class PersistedQueries {

    private static final Logger LOG = Logger.getLogger(PersistedQueries.class);

    /** A request's {@code extensions.persistedQuery}. */
    public record Request(String sha256Hash) {
    }

    private final SummitGraphConfig config;
    private final Map<String, String> registered;
    /** Safelist: every accepted hash to its document, and every document in its compact form. */
    private final Map<String, String> listed = new HashMap<>();
    private final Set<String> listedForms = new HashSet<>();

    PersistedQueries(SummitGraphConfig config) {
        this.config = config;
        int capacity = config.persistedQueries().cacheSize();
        this.registered = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        });
        if (config.safelist().enabled()) {
            loadSafelist(config.safelist().directory());
        }
    }

    /**
     * The persisted query a request's extensions ask for, {@code null} when they ask for none.
     *
     * @throws IllegalArgumentException when {@code persistedQuery} is not as Apollo clients send it
     */
    public static Request requested(JsonObject extensions) {
        if (extensions == null || !extensions.containsKey("persistedQuery")) {
            return null;
        }
        if (!(extensions.getValue("persistedQuery") instanceof JsonObject persisted)) {
            throw new IllegalArgumentException("`extensions.persistedQuery` must be an object");
        }
        if (!Integer.valueOf(1).equals(persisted.getValue("version"))) {
            throw new IllegalArgumentException("`extensions.persistedQuery.version` must be 1");
        }
        if (!(persisted.getValue("sha256Hash") instanceof String hash) || !hash.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException(
                    "`extensions.persistedQuery.sha256Hash` must be the 64 hexadecimal digits of a SHA-256");
        }
        return new Request(hash.toLowerCase());
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public boolean automatic() {
        return config.persistedQueries().enabled() || safelistMode();
    }

    boolean safelistMode() {
        return config.safelist().enabled();
    }

    /** The document of a hash, {@code null} when unknown. */
    public String find(String hash) {
        return safelistMode() ? listed.get(hash) : registered.get(hash);
    }

    public void register(String hash, String query) {
        if (!safelistMode()) {
            registered.put(hash, query);
        }
    }

    /** Whether a document may run: always, unless in safelist mode and not listed. */
    public boolean allows(Document document) {
        return !safelistMode() || listedForms.contains(AstPrinter.printAstCompact(document));
    }

    /** Refuses unlisted documents on every transport (subscriptions come over WebSocket, not the HTTP filter). */
    public Instrumentation instrumentation() {
        return new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<List<ValidationError>> beginValidation(
                    InstrumentationValidationParameters parameters, InstrumentationState state) {
                if (!allows(parameters.getDocument())) {
                    throw Refusals.abort(ErrorCode.PERSISTED_QUERY_NOT_IN_LIST, NOT_IN_LIST);
                }
                return SimpleInstrumentationContext.noOp();
            }
        };
    }

    static final String NOT_IN_LIST = "Only the registered operations may run here; this one is not among them";

    public static GraphQLError notInList() {
        return Refusals.coded(ErrorCode.PERSISTED_QUERY_NOT_IN_LIST, NOT_IN_LIST, ErrorType.ValidationError);
    }

    private void loadSafelist(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("Safelist mode is on but " + directory
                    + " is no directory: set summit-graph.safelist.directory to the registered operations");
        }
        // a mounted ConfigMap keeps its real files under ..data and links them from the top
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith(".."))
                    .filter(f -> f.getFileName().toString().endsWith(".graphql")).sorted().toList()) {
                String text = Files.readString(file);
                Document document;
                try {
                    document = Parser.parse(text);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("The registered operation " + file + " is no GraphQL document: "
                            + e.getMessage());
                }
                String compact = AstPrinter.printAstCompact(document);
                listedForms.add(compact);
                for (String form : List.of(text, text.strip(), compact)) {
                    listed.put(sha256(form), text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the registered operations in " + directory, e);
        }
        if (listedForms.isEmpty()) {
            throw new IllegalStateException("Safelist mode is on but " + directory + " holds no .graphql file");
        }
        LOG.infof("Safelist mode: %d registered operations from %s", listedForms.size(), directory);
    }
}
