package org.summitgraph.execution;

import java.util.function.BooleanSupplier;

/**
 * Whether the client of an operation is still there to read its answer. The transport knows: the HTTP
 * layer implements it, so that execution stops work nobody will read without knowing HTTP.
 */
public interface ClientPresence {

    /**
     * A check that turns true once the client of the current request has hung up; taken while the request's
     * CDI context is current. Never null: a client that cannot hang up (an operation over a WebSocket,
     * whose upgrade was answered long ago, or outside a request) gets a check that stays false.
     */
    BooleanSupplier hangUpOfCurrentRequest();
}
