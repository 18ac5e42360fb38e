package org.summitgraph.data;

/**
 * The paging arguments of a connection field as the client gave them: {@code first}/{@code after} to page
 * forward, {@code last}/{@code before} to page backward (Relay cursor connections). A record, so that it can
 * key the batches of a nested connection.
 */
public record PageArguments(Integer first, String after, Integer last, String before) {
}
