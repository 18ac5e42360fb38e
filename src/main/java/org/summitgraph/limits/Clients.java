package org.summitgraph.limits;

/**
 * Who sent the current operation, for the rate limit ({@link CostBudget}). The transport knows: the HTTP
 * layer implements it, so that the limits need not know HTTP.
 */
public interface Clients {

    /**
     * Where the transport notes the client on its request, as soon as it comes in: the kept answers
     * ({@code HttpCache}) are charged before the operation would run.
     */
    String NOTED = Clients.class.getName();

    /**
     * The client of the current operation: its token's subject when it sent a valid one, else its address;
     * null when there is none to charge (an operation over a WebSocket, limited per socket instead). Called
     * while the request's CDI context is current.
     */
    String current();
}
