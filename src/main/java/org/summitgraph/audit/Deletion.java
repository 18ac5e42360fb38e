package org.summitgraph.audit;

/** What the change log keeps of a deletion: the id of what was deleted. */
public record Deletion(String id) {
}
