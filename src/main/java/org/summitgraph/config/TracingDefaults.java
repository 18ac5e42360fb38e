package org.summitgraph.config;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * Keeps OpenTelemetry off unless an OTLP endpoint is configured, so that a pod without a collector
 * does not keep trying to export. The endpoint counts from any configuration source (environment,
 * system property, application.properties); an explicit {@code quarkus.otel.sdk.disabled} wins.
 */
@Priority(Priorities.APPLICATION)
public class TracingDefaults implements ConfigSourceInterceptor {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    private static final String[] ENDPOINTS = { "quarkus.otel.exporter.otlp.endpoint",
            "quarkus.otel.exporter.otlp.traces.endpoint" };

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!SDK_DISABLED.equals(name) || set(value)) {
            return value;
        }
        boolean endpointConfigured = false;
        for (String endpoint : ENDPOINTS) {
            endpointConfigured |= set(context.proceed(endpoint));
        }
        return ConfigValue.builder().withName(SDK_DISABLED).withValue(String.valueOf(!endpointConfigured))
                .withConfigSourceName("summit-graph-tracing-defaults").build();
    }

    /** Whether a source sets the value: Quarkus's own defaults (the SDK on, a localhost endpoint) do not count. */
    private static boolean set(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank()
                && value.getConfigSourceOrdinal() > Integer.MIN_VALUE;
    }
}
