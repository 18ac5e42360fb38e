package org.summitgraph.security;

import java.time.Duration;
import java.util.List;

/**
 * What this service requires of a bearer token's claims beyond what smallrye-jwt verifies (signature,
 * issuer, expiry): the claims as the token carries them, before smallrye-jwt reshapes any.
 */
final class TokenRules {

    private TokenRules() {
    }

    /**
     * The roles a {@code groups} claim grants: those of a JSON array of strings. Anything else grants none,
     * not even what smallrye-jwt would make of it (it splits a string at spaces: "editor admin" would be admin).
     */
    static List<String> roles(Object groups) {
        if (groups instanceof List<?> items && items.stream().allMatch(String.class::isInstance)) {
            return items.stream().map(String.class::cast).toList();
        }
        return List.of();
    }

    /**
     * Why a token's times are refused, or null when they are acceptable: it must say when it was issued
     * ({@code iat}) and until when it is valid ({@code exp}), in epoch seconds, not be issued more than
     * {@code skew} after {@code now}, and not be valid for longer than {@code maxLifetime}.
     */
    static String timesRefusal(Object issuedAt, Object expiresAt, long now, Duration skew, Duration maxLifetime) {
        if (!(issuedAt instanceof Number iat) || !(expiresAt instanceof Number exp)) {
            return "the token must have numeric iat and exp claims";
        }
        if (iat.doubleValue() > now + skew.toSeconds()) {
            return "the token was issued in the future";
        }
        if (exp.doubleValue() - iat.doubleValue() > maxLifetime.toSeconds()) {
            return "the token is valid for longer than " + maxLifetime.toSeconds() + " s";
        }
        return null;
    }

    /** Why a token's subject is refused, or null when it is acceptable: a text, as the change log records it. */
    static String subjectRefusal(Object subject) {
        if (!(subject instanceof String sub) || sub.isBlank()) {
            return "the token must have a sub claim";
        }
        if (sub.chars().anyMatch(Character::isISOControl)) {
            return "the token's sub claim holds a control character";
        }
        return null;
    }
}
