package org.summitgraph.config;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * Lets operators set a limit, or the Cache-Control of answers, by its name without its group:
 * {@code SUMMIT_GRAPH_MAX_COST} for {@code summit-graph.limits.max-cost}, {@code SUMMIT_GRAPH_CACHE_CONTROL}
 * for {@code summit-graph.http-cache.cache-control}. The short name, when set, wins; otherwise the full
 * name is looked up, down to its default in {@link SummitGraphConfig}, the only place a default is written.
 */
@Priority(Priorities.APPLICATION)
public class ShortNames implements ConfigSourceInterceptor {

    private static final String[] GROUPS = { "summit-graph.limits.", "summit-graph.http-cache." };

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        String shortName = shortName(name);
        if (shortName != null) {
            ConfigValue value = context.proceed(shortName);
            if (value != null && value.getValue() != null) {
                return value.withName(name);
            }
        }
        return context.proceed(name);
    }

    /** {@code summit-graph.max-cost} for {@code summit-graph.limits.max-cost}; null for a name outside the groups. */
    static String shortName(String name) {
        for (String group : GROUPS) {
            if (name.startsWith(group)) {
                return "summit-graph." + name.substring(group.length());
            }
        }
        return null;
    }
}
