package org.summitgraph.support;

import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the test key pair (src/test/resources/jwt), as an identity provider would issue. */
public final class Tokens {

    /** The Authorization header of an editor's token; the tokens live an hour, longer than the suite. */
    public static final Map<String, String> EDITOR = bearer(editor());
    /** The Authorization header of an admin's token. */
    public static final Map<String, String> ADMIN = bearer(admin());

    private Tokens() {
    }

    public static String editor() {
        return forRoles("test-editor", "editor");
    }

    public static String admin() {
        return forRoles("test-admin", "admin");
    }

    /** A token of {@code subject} with these roles (none: a valid token that may do nothing). */
    public static String forRoles(String subject, String... roles) {
        return Jwt.issuer("summit-graph").subject(subject).upn(subject).groups(Set.of(roles)).expiresIn(3600).sign();
    }

    /** The Authorization header of a token. */
    public static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }
}
