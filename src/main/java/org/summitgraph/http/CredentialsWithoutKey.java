package org.summitgraph.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.summitgraph.security.IgnoredCredentials;
import org.summitgraph.security.TokenKey;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Without a key to verify tokens (see {@link TokenKey}), takes every request as anonymous: its
 * Authorization header is removed before Quarkus reads credentials, which it does only when an operation
 * needs a role, so that no token reaches a verifier that would fail on the missing key.
 */
@ApplicationScoped
public class CredentialsWithoutKey implements IgnoredCredentials {

    /** Where a request whose credentials were removed is marked. */
    private static final String IGNORED = CredentialsWithoutKey.class.getName();

    @Inject TokenKey tokenKey;
    @Inject CurrentVertxRequest currentRequest;

    void register(@Observes Router router) {
        if (!tokenKey.available()) {
            router.route().order(-200).handler(this::ignoreCredentials);
        }
    }

    private void ignoreCredentials(RoutingContext rc) {
        if (rc.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            rc.request().headers().remove(HttpHeaders.AUTHORIZATION);
            rc.put(IGNORED, Boolean.TRUE);
        }
        rc.next();
    }

    @Override
    public boolean inCurrentRequest() {
        if (tokenKey.available() || !Arc.container().requestContext().isActive()) {
            return false;
        }
        RoutingContext rc = currentRequest.getCurrent();
        return rc != null && Boolean.TRUE.equals(rc.get(IGNORED));
    }
}
