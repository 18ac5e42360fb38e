package org.summitgraph.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.summitgraph.error.ErrorCode;
import org.summitgraph.error.Refusals;

import graphql.ExecutionInput;
import graphql.execution.AbortExecutionException;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;

/** Which documents {@link DocumentCache} keeps, and that a kept one is neither parsed nor validated again. */
class DocumentCacheTest {

    private final AtomicInteger parsed = new AtomicInteger();
    /** Stands for graphql-java's parse and validation: counts its calls. */
    private final Function<ExecutionInput, PreparsedDocumentEntry> valid = input -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    @Test
    void aRepeatedDocumentIsParsedAndValidatedOnce() throws Exception {
        DocumentCache cache = new DocumentCache(10);
        Document first = cache.getDocumentAsync(input("{ summits { totalCount } }"), valid).get().getDocument();
        Document second = cache.getDocumentAsync(input("{ summits { totalCount } }"), valid).get().getDocument();
        assertEquals(1, parsed.get());
        assertEquals(1, cache.misses());
        assertSame(first, second);
        assertSame(first, cache.find("{ summits { totalCount } }"));
        cache.getDocumentAsync(input("{ summits { totalCount }}"), valid).get();
        assertEquals(2, parsed.get());
    }

    @Test
    void aDocumentWithErrorsIsNotKept() throws Exception {
        DocumentCache cache = new DocumentCache(10);
        Function<ExecutionInput, PreparsedDocumentEntry> invalid = input -> {
            parsed.incrementAndGet();
            return new PreparsedDocumentEntry(Parser.parse(input.getQuery()), List.of(ValidationError.newValidationError()
                    .validationErrorType(ValidationErrorType.FieldUndefined).description("no such field").build()));
        };
        for (int i = 0; i < 2; i++) {
            assertEquals(1, cache.getDocumentAsync(input("{ nothing }"), invalid).get().getErrors().size());
        }
        assertEquals(2, parsed.get());
        assertNull(cache.find("{ nothing }"));
    }

    /** The limits checked with validation refuse by throwing: the refusal reaches graphql-java, nothing is kept. */
    @Test
    void aDocumentRefusedByALimitIsNotKept() {
        DocumentCache cache = new DocumentCache(10);
        Function<ExecutionInput, PreparsedDocumentEntry> refusing = input -> {
            throw Refusals.abort(ErrorCode.TOO_MANY_ALIASES, "too many");
        };
        assertThrows(AbortExecutionException.class, () -> cache.getDocumentAsync(input("{ a: summits { totalCount } }"), refusing));
        assertThrows(AbortExecutionException.class, () -> cache.getDocumentAsync(input("{ a: summits { totalCount } }"), refusing));
        assertNull(cache.find("{ a: summits { totalCount } }"));
    }

    @Test
    void theLeastRecentlyUsedDocumentGoesFirst() throws Exception {
        DocumentCache cache = new DocumentCache(2);
        cache.getDocumentAsync(input("{ a }"), valid).get();
        cache.getDocumentAsync(input("{ b }"), valid).get();
        cache.getDocumentAsync(input("{ a }"), valid).get();
        cache.getDocumentAsync(input("{ c }"), valid).get();
        assertNotNull(cache.find("{ a }"));
        assertNull(cache.find("{ b }"));
        assertNotNull(cache.find("{ c }"));
        assertEquals(3, parsed.get());
    }

    private static ExecutionInput input(String query) {
        return ExecutionInput.newExecutionInput(query).build();
    }
}
