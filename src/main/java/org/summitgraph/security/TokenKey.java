package org.summitgraph.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.config.JWTAuthContextInfoProvider;

/**
 * Whether this instance has the public key that verifies editors' tokens. Without one (no file at
 * {@code JWT_PUBLIC_KEY_LOCATION}), the service still starts and answers queries: it logs one WARN
 * that editing is off, and every request is taken as anonymous (the HTTP layer removes its credentials:
 * {@link IgnoredCredentials}), so that no token is ever handed to a verifier that would fail on the
 * missing key (HTTP 500 and an ERROR line). An operation that needs
 * a role then answers {@code UNAUTHENTICATED}, or {@code EDITING_DISABLED} when a token was sent.
 */
@ApplicationScoped
public class TokenKey {

    private static final Logger LOG = Logger.getLogger(TokenKey.class);

    private final boolean available;

    TokenKey(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey) {
        this.available = inlineKey.filter(k -> !k.isBlank()).isPresent() || location.filter(TokenKey::loadable).isPresent();
    }

    /** Whether a key is configured where smallrye-jwt reads it: a readable file, a class-path resource, or a URL. */
    static boolean loadable(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return true; // fetched by the verifier, which reports its own failures as authentication failures
        }
        if (lower.startsWith("classpath:")) {
            return resource(location.substring("classpath:".length()));
        }
        String path = lower.startsWith("file:") ? location.substring("file:".length()) : location;
        return !path.isBlank() && Files.isReadable(Path.of(path)) || resource(location);
    }

    private static boolean resource(String name) {
        return Thread.currentThread().getContextClassLoader().getResource(name.startsWith("/") ? name.substring(1) : name) != null;
    }

    /**
     * The verification settings smallrye-jwt works with: the configured ones, or, without a key, settings
     * with a random secret that nobody holds. smallrye-jwt reads its key as soon as any operation asks
     * for an identity, tokens or not, and its default settings fail on a missing key with an ERROR and a
     * 500; these never verify a token, and none reaches them (see {@link IgnoredCredentials}).
     */
    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo contextInfo(JWTAuthContextInfoProvider configured,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        if (available) {
            return configured.getContextInfo();
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new JWTAuthContextInfo(new SecretKeySpec(secret, "HmacSHA256"), issuer);
    }

    /** Whether tokens can be verified here. */
    public boolean available() {
        return available;
    }

    void warn(@Observes StartupEvent event) {
        if (!available) {
            LOG.warn("Editing is off: no public key to verify tokens at mp.jwt.verify.publickey.location "
                    + "(env JWT_PUBLIC_KEY_LOCATION); queries are served, mutations are refused until one is configured");
        }
    }
}
