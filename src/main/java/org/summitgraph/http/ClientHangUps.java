package org.summitgraph.http;

import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.summitgraph.execution.ClientPresence;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** A client has hung up when the connection of its HTTP response is closed. */
@ApplicationScoped
public class ClientHangUps implements ClientPresence {

    private static final BooleanSupplier NEVER = () -> false;

    @Inject CurrentVertxRequest currentRequest;

    @Override
    public BooleanSupplier hangUpOfCurrentRequest() {
        RoutingContext request = Arc.container().requestContext().isActive() ? currentRequest.getCurrent() : null;
        if (request == null || request.response().ended()) {
            return NEVER;
        }
        HttpServerResponse response = request.response();
        return response::closed;
    }
}
