package org.summitgraph.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;

/**
 * Types {@code Organization.timeline}'s {@code kinds} as {@code [TimelineKind!]}: optional, of kinds that are
 * not null. SmallRye reads the {@code @NonNull} of the items of a {@code List<@NonNull TimelineKind>} parameter
 * as the argument's own too, and would make the list required.
 */
@ApplicationScoped
public class KindsArgument {

    void optional(@Observes Operation operation) {
        if (operation.isSourceField() && operation.getName().equals("timeline")) {
            for (Argument argument : operation.getArguments()) {
                if (argument.getName().equals("kinds")) {
                    argument.setNotNull(false);
                }
            }
        }
    }
}
