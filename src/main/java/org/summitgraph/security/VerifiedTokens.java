package org.summitgraph.security;

import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtContext;
import org.summitgraph.config.SummitGraphConfig;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Reads bearer tokens for Quarkus: smallrye-jwt verifies them (signature, issuer, {@code exp}, presence
 * of {@code iat}), then this service's {@link TokenRules} apply to the claims as sent. smallrye-jwt does
 * not refuse a token issued in the future, nor bound its lifetime unless told, and it reshapes
 * {@code groups}. A refused token fails authentication like an expired one ({@code UNAUTHENTICATED}, logged
 * at DEBUG); a {@code groups} claim that is no JSON array of strings grants no role ({@code FORBIDDEN}).
 */
@Singleton
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    private final DefaultJWTTokenParser parser = new DefaultJWTTokenParser();
    private final SummitGraphConfig.Jwt config;
    private final int clockSkewSeconds;

    VerifiedTokens(SummitGraphConfig config) {
        this.config = config.jwt();
        this.clockSkewSeconds = Math.toIntExact(this.config.clockSkew().toSeconds());
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo configured) throws ParseException {
        JWTAuthContextInfo settings = new JWTAuthContextInfo(configured);
        // one skew for exp, which smallrye-jwt checks, and for iat, checked below
        settings.setClockSkew(clockSkewSeconds);
        // read through a path, smallrye-jwt skips a groups value that is no array of strings instead of
        // failing on it (a ClassCastException, HTTP 500); the roles are set below from the claim as sent
        settings.setGroupsPath(Claims.groups.name());
        JwtContext context = parser.parse(token, settings);
        JwtClaims claims = context.getJwtClaims();
        JwtClaims sent;
        try {
            sent = JwtClaims.parse(claims.getRawJson());
        } catch (InvalidJwtException e) {
            throw new ParseException("The token's claims cannot be read", e);
        }
        String refusal = TokenRules.timesRefusal(sent.getClaimValue(Claims.iat.name()),
                sent.getClaimValue(Claims.exp.name()), Instant.now().getEpochSecond(), config.clockSkew(),
                config.maxLifetime());
        if (refusal == null) {
            refusal = TokenRules.subjectRefusal(sent.getClaimValue(Claims.sub.name()));
        }
        if (refusal != null) {
            throw new ParseException(refusal);
        }
        claims.setStringListClaim(Claims.groups.name(), TokenRules.roles(sent.getClaimValue(Claims.groups.name())));
        return new DefaultJWTCallerPrincipal(context.getJoseObjects().get(0).getHeader("typ"), claims);
    }
}
