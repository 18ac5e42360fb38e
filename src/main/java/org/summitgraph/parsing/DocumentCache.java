package org.summitgraph.parsing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.summitgraph.config.SummitGraphConfig;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;

/**
 * Documents that parsed and passed validation, by their text, so that a repeated query is parsed and
 * validated once per instance; the least recently used go first. Only graphql-java's own parse and
 * validation fills it, so a cached document has passed every check of {@code beginValidation} (aliases,
 * directives, fragment fan-out, unsupported directives, the safelist), which depend on the document and
 * the configuration alone. What depends on the request (variables: depth and cost, list arguments;
 * introspection) is checked at every execution. Validation ignores the operation name, so the text is
 * the whole key. A document with errors, or refused by a limit, is not kept.
 */
@ApplicationScoped
public class DocumentCache implements PreparsedDocumentProvider {

    private final Map<String, Document> documents;
    /** Documents parsed and validated because they were not cached. */
    private final AtomicLong misses = new AtomicLong();

    /**
     * SmallRye keeps a cache of validated documents of its own beside this one, 2,048 by default (its system
     * property {@code io.smallrye.graphql.execution.queryCacheMaxSize}), which it asks for each operation's
     * type: sized like this one, so that {@code summit-graph.document-cache.size} bounds both (2,048 documents of
     * the most tokens allowed would keep some 300 MB). SmallRye reads the property once, when it first creates
     * that cache: this runs before, as SmallRye loads the application's start-up events, when the configuration
     * is read but not yet mapped.
     */
    public static void sizeSmallRyeCache() {
        int size = ConfigProvider.getConfig().getOptionalValue("summit-graph.document-cache.size", Integer.class)
                .orElse(Integer.parseInt(SummitGraphConfig.DocumentCache.DEFAULT_SIZE));
        System.setProperty("io.smallrye.graphql.execution.queryCacheMaxSize", String.valueOf(size));
    }

    @Inject
    DocumentCache(SummitGraphConfig config) {
        this(config.documentCache().size());
    }

    DocumentCache(int capacity) {
        this.documents = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        Document known = documents.get(input.getQuery());
        if (known != null) {
            return CompletableFuture.completedFuture(new PreparsedDocumentEntry(known));
        }
        misses.incrementAndGet();
        // a limit's refusal is thrown from here, so that nothing is cached for it
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            documents.put(input.getQuery(), entry.getDocument());
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** The valid document of this text, {@code null} when not cached. */
    public Document find(String query) {
        return documents.get(query);
    }

    long misses() {
        return misses.get();
    }
}
