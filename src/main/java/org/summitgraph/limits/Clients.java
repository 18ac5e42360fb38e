package org.summitgraph.limits;

/**
 * Who sent the current operation, for the rate limit ({@link CostBudget}). The transport knows: the HTTP
 * layer implements it, so that the limits need not know HTTP.
 */
public interface Clients {

    /**
     * The client of the current operation: its token's subject when it sent a valid one, else its address;
     * null when there is none to charge (an operation over a WebSocket, limited per socket instead). Called
     * while the request's CDI context is current.
     */
    String current();
}
