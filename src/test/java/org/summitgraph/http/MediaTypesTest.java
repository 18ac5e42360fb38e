package org.summitgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

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

    @Test
    void negotiationPrefersTheGraphQLResponseTypeOnlyWhenAskedAtLeastAsStrongly() {
        assertEquals(MediaTypes.JSON, MediaTypes.negotiate(null));
        assertEquals(MediaTypes.JSON, MediaTypes.negotiate("*/*"));
        assertEquals(MediaTypes.GRAPHQL_RESPONSE_JSON,
                MediaTypes.negotiate("application/graphql-response+json, application/json;q=0.9"));
        assertEquals(MediaTypes.JSON, MediaTypes.negotiate("application/graphql-response+json;q=0.5, application/json"));
        assertNull(MediaTypes.negotiate("text/html"));
    }
}
