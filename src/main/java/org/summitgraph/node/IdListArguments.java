package org.summitgraph.node;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;

/**
 * Types list arguments of ids as {@code [ID!]!}. SmallRye can declare a {@code List<String>}
 * parameter marked {@code @Id} but then fails to read its values; the items stay Java strings
 * either way, so the argument is declared as strings and given the ID scalar here.
 */
@ApplicationScoped
public class IdListArguments {

    /** Operation name and argument name of each list of ids. */
    private static final Set<String> ID_LISTS = Set.of("nodes.ids");

    void typeAsIds(@Observes Operation operation) {
        for (Argument argument : operation.getArguments()) {
            if (ID_LISTS.contains(operation.getName() + "." + argument.getName())) {
                Reference id = new Reference();
                id.setClassName(String.class.getName());
                id.setGraphQLClassName(String.class.getName());
                id.setName("ID");
                id.setType(ReferenceType.SCALAR);
                argument.setReference(id);
            }
        }
    }
}
