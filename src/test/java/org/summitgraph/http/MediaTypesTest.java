package org.summitgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.impl.HeaderParser;
import io.vertx.ext.web.impl.ParsableMIMEValue;

/** Content-Type and Accept handling, without starting anything. */
class MediaTypesTest {

    @Test
    void aMediaTypeRepeatedIsThatMediaType() {
        assertEquals("application/json", MediaTypes.single("application/json, application/json"));
        assertEquals("application/json; charset=utf-8", MediaTypes.single("application/json; charset=utf-8 ,APPLICATION/JSON"));
        assertEquals("Application/Json", MediaTypes.single("Application/Json"));
    }

    @Test
    void differentMediaTypesOrBadParametersAreNone() {
        assertNull(MediaTypes.single("application/json, application/graphql"));
        assertNull(MediaTypes.single("application/json; charset=latin1"));
        assertNull(MediaTypes.single("application/json, application/json; charset=utf-16"));
        assertNull(MediaTypes.single("application/json; charset"));
        assertNull(MediaTypes.single(null));
    }

    @Test
    void aCommaInAQuotedParameterSeparatesNothing() {
        assertEquals("application/json; profile=\"a,b\"", MediaTypes.single("application/json; profile=\"a,b\""));
    }

    /** The media ranges of an Accept header, parsed and sorted as Vert.x fills {@code parsedHeaders().accept()}. */
    @Test
    void anAcceptVertxCannotParseIsIgnored() {
        // Vert.x Web 4.5 fails on an unclosed quote: the negotiation must not
        assertThrows(RuntimeException.class, () -> accept("application/json; x=\"").get(0).value());
        assertEquals("application/json", MediaTypes.negotiate(() -> accept("application/json; x=\"")));
        assertEquals("application/json", MediaTypes.negotiate(() -> accept("text/html, application/graphql-response+json; x=\"")));
        assertEquals("application/graphql-response+json",
                MediaTypes.negotiate(() -> accept("application/graphql-response+json")));
    }

    private static List<MIMEHeader> accept(String header) {
        return HeaderParser.sort(HeaderParser.convertToParsedHeaderValues(header, ParsableMIMEValue::new));
    }

    @ParameterizedTest(name = "Accept \"{0}\" gives {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL                                                      | application/json",
            "''                                                        | application/json",
            ",                                                         | application/json",
            "*/*                                                       | application/json",
            "application/*                                             | application/json",
            "application/json                                          | application/json",
            "APPLICATION/JSON                                          | application/json",
            "text/html, application/json;q=0.5                         | application/json",
            "application/graphql-response+json;q=0.5, application/json | application/json",
            "application/graphql-response+json                         | application/graphql-response+json",
            "Application/GraphQL-Response+JSON                         | application/graphql-response+json",
            "application/graphql-response+json, application/json       | application/graphql-response+json",
            "application/graphql-response+json, application/json;q=0.9 | application/graphql-response+json",
            "application/json;q=0.9, application/graphql-response+json | application/graphql-response+json",
            "application/json;q=0.5, application/graphql-response+json;q=0.5 | application/graphql-response+json",
            "' application/graphql-response+json ; q=0.8 , */*'        | application/graphql-response+json",
            "*/*;q=0.1, application/graphql-response+json;q=0.2        | application/graphql-response+json" })
    void theGraphQLResponseTypeIsChosenOnlyWhenAskedAtLeastAsStronglyAsJson(String header, String expected) {
        assertEquals(expected, MediaTypes.negotiate(accept(header)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "text/html", "application/xml, text/plain", "application/json;q=0", "*/*;q=0",
            "application/json;q=0, */*", "application/graphql-response+json;q=0, application/json;q=0" })
    void anAcceptWithoutEitherJsonTypeIsRefused(String header) {
        assertNull(MediaTypes.negotiate(accept(header)));
    }

    /** What Vert.x makes of q-values that RFC 9110 does not allow, or of a third decimal. */
    @ParameterizedTest(name = "Accept \"{0}\" gives {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "application/json;q=abc                                     | application/json",
            "application/json;q=2, application/graphql-response+json    | application/graphql-response+json",
            "application/json;q=-1, */*                                 | NULL",
            "application/json;q=0.005                                   | NULL",
            "application/json;q=0.999, application/graphql-response+json;q=0.991 | application/graphql-response+json" })
    void qValuesAreVertxs(String header, String expected) {
        assertEquals(expected, MediaTypes.negotiate(accept(header)));
    }
}
