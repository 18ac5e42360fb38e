package org.summitgraph.http.caching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** If-None-Match against an answer's weak ETag (RFC 9110 weak comparison), without starting anything. */
class ETagMatchingTest {

    private static final String ETAG = "W/\"0123456789abcdef0123456789abcdef\"";

    @ParameterizedTest
    @ValueSource(strings = { ETAG, "\"0123456789abcdef0123456789abcdef\"", "*", " W/\"0123456789abcdef0123456789abcdef\" ",
            "W/\"other\", " + ETAG, "\"other\",W/\"0123456789abcdef0123456789abcdef\"", "W/\"other\" , *" })
    void theSameTagWeakOrStrongOrAWildcardMatches(String ifNoneMatch) {
        assertTrue(HttpCache.matches(ifNoneMatch, ETAG));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", ",", "W/\"other\"", "\"0123456789ABCDEF0123456789ABCDEF\"", "0123456789abcdef0123456789abcdef",
            "W/\"0123456789abcdef0123456789abcde\"", "w/\"0123456789abcdef0123456789abcdef\"", "W/*", "**" })
    void anotherTagOrNoneDoesNot(String ifNoneMatch) {
        assertFalse(HttpCache.matches(ifNoneMatch, ETAG));
    }
}
