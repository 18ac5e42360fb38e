package org.summitgraph.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.GraphQLContext;

/** The operation's language comes from the headers SmallRye keeps in the GraphQLContext, not from a CDI scope. */
class OperationLanguageTest {

    private static GraphQLContext withHeaders(Map<String, List<String>> headers) {
        return GraphQLContext.newContext().of("httpHeaders", headers).build();
    }

    @Test
    void headerNamesAreCaseInsensitiveAndTheFirstValueCounts() {
        assertEquals(Language.RU, RequestLanguage.negotiated(withHeaders(Map.of("accept-language", List.of("ru", "fr")))));
        assertEquals(Language.FR, RequestLanguage.negotiated(withHeaders(Map.of("ACCEPT-LANGUAGE", List.of("fr-CA")))));
    }

    @Test
    void withoutHeadersItIsEnglish() {
        assertEquals(Language.EN, RequestLanguage.negotiated(GraphQLContext.newContext().build()));
        assertEquals(Language.EN, RequestLanguage.negotiated(withHeaders(Map.of("Accept-Language", List.of()))));
    }

    @Test
    void itIsNegotiatedOncePerOperation() {
        GraphQLContext context = withHeaders(Map.of("Accept-Language", List.of("fr")));
        assertEquals(Language.FR, RequestLanguage.negotiated(context));
        context.put("httpHeaders", Map.of("Accept-Language", List.of("ru")));
        assertEquals(Language.FR, RequestLanguage.negotiated(context));
    }
}
