package org.summitgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** This service's rules for a verified token's claims, as the token carries them (JSON values as jose4j reads them). */
class TokenRulesTest {

    private static final long NOW = 1_800_000_000L;
    private static final Duration SKEW = Duration.ofSeconds(60);
    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void rolesComeFromAnArrayOfStringsOnly() {
        assertEquals(List.of("editor", "admin"), TokenRules.roles(List.of("editor", "admin")));
        assertEquals(List.of(), TokenRules.roles(List.of()));
        assertEquals(List.of(), TokenRules.roles(null));
        assertEquals(List.of(), TokenRules.roles("editor admin"));
        assertEquals(List.of(), TokenRules.roles("admin"));
        assertEquals(List.of(), TokenRules.roles(Map.of("admin", true)));
        assertEquals(List.of(), TokenRules.roles(42L));
        assertEquals(List.of(), TokenRules.roles(true));
        assertEquals(List.of(), TokenRules.roles(List.of("admin", 7L)));
        assertEquals(List.of(), TokenRules.roles(Arrays.asList("admin", null)));
        assertEquals(List.of(), TokenRules.roles(List.of("admin", List.of("admin"))));
    }

    @Test
    void aTokenIssuedUpToTheSkewAheadIsAcceptedNotLater() {
        assertNull(TokenRules.timesRefusal(NOW, NOW + 3600, NOW, SKEW, DAY));
        assertNull(TokenRules.timesRefusal(NOW - 3000, NOW + 600, NOW, SKEW, DAY));
        assertNull(TokenRules.timesRefusal(NOW + 60, NOW + 3600, NOW, SKEW, DAY));
        assertNotNull(TokenRules.timesRefusal(NOW + 61, NOW + 3600, NOW, SKEW, DAY));
        assertNotNull(TokenRules.timesRefusal(NOW + 60.5, NOW + 3600, NOW, SKEW, DAY));
        assertNotNull(TokenRules.timesRefusal(NOW + 86_400L * 365 * 100, NOW + 86_400L * 365 * 100 + 60, NOW, SKEW, DAY));
    }

    @Test
    void aTokenValidForUpToTheMaximumLifetimeIsAcceptedNotLonger() {
        assertNull(TokenRules.timesRefusal(NOW, NOW + 86_400, NOW, SKEW, DAY));
        assertNotNull(TokenRules.timesRefusal(NOW, NOW + 86_401, NOW, SKEW, DAY));
        assertNotNull(TokenRules.timesRefusal(NOW, NOW + 86_400L * 36_525, NOW, SKEW, DAY));
        assertNull(TokenRules.timesRefusal(NOW, NOW + 7_200, NOW, SKEW, Duration.ofHours(2)));
        assertNotNull(TokenRules.timesRefusal(NOW, NOW + 7_201, NOW, SKEW, Duration.ofHours(2)));
    }

    @Test
    void aTokenWithoutNumericIatAndExpIsRefused() {
        assertNotNull(TokenRules.timesRefusal(null, NOW + 600, NOW, SKEW, DAY));
        assertNotNull(TokenRules.timesRefusal(NOW, null, NOW, SKEW, DAY));
        assertNotNull(TokenRules.timesRefusal("1800000000", NOW + 600, NOW, SKEW, DAY));
        assertNotNull(TokenRules.timesRefusal(NOW, List.of(NOW + 600), NOW, SKEW, DAY));
    }

    @Test
    void theSubjectMustBeAText() {
        assertNull(TokenRules.subjectRefusal("8f14e45f-ceea-467f-a3b8-2b1b8c6b8f4c"));
        assertNotNull(TokenRules.subjectRefusal(null));
        assertNotNull(TokenRules.subjectRefusal(""));
        assertNotNull(TokenRules.subjectRefusal("  "));
        assertNotNull(TokenRules.subjectRefusal(42L));
        assertNotNull(TokenRules.subjectRefusal("nul\u0000inside"));
    }
}
