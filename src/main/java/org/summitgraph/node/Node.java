package org.summitgraph.node;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Interface("Node")
@Description("An object with an id that is readable, unique across all types and never given to another object, even once "
        + "this one is deleted: for node(id) and caches.")
public interface Node {

    @Id
    @NonNull
    @Name("id")
    @Description("Readable id, unique across all types and never reused, e.g. \"vladimir-putin\" or \"csto-2025-11-27-bishkek\".")
    String id();
}
