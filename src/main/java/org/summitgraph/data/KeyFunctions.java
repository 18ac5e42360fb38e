package org.summitgraph.data;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.function.array.ArrayAndElementArgumentTypeResolver;
import org.hibernate.type.StandardBasicTypes;

/**
 * {@code key_in(column, :keys)}, true when the column's value is in the array {@code :keys}: SQL's
 * {@code column = any(?)}. One array parameter, whatever the number of keys, gives every batch of a
 * field the same SQL text, so that the driver's prepared statement is reused and PostgreSQL plans it once
 * (an {@code in} list has a text, and a statement, per number of keys); PostgreSQL still uses the
 * column's index. Bind the keys with {@link Batches#array}.
 */
public class KeyFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().patternDescriptorBuilder("key_in", "(?1 = any(?2))")
                .setExactArgumentCount(2)
                // the array's type from the column's, not guessed from each call's value
                .setArgumentTypeResolver(new ArrayAndElementArgumentTypeResolver(1, 0))
                .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }
}
