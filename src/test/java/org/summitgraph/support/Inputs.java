package org.summitgraph.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input objects for mutation variables, written as name, value pairs (null values are sent as null). */
public final class Inputs {

    private Inputs() {
    }

    public static Map<String, Object> of(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("fields come as name, value pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** A copy of {@code input} with some fields set or replaced. */
    public static Map<String, Object> with(Map<String, Object> input, Object... keyValues) {
        Map<String, Object> copy = new LinkedHashMap<>(input);
        copy.putAll(of(keyValues));
        return copy;
    }
}
