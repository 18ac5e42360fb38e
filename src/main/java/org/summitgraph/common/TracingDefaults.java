package org.summitgraph.common;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Keeps OpenTelemetry off unless an OTLP endpoint is configured, so that a pod without a
 * collector does not keep trying to export. Its low ordinal lets any explicit
 * {@code quarkus.otel.sdk.disabled} win.
 */
public class TracingDefaults implements ConfigSource {

    private static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(SDK_DISABLED);
    }

    @Override
    public String getValue(String propertyName) {
        return SDK_DISABLED.equals(propertyName) ? String.valueOf(!endpointConfigured()) : null;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(SDK_DISABLED, getValue(SDK_DISABLED));
    }

    @Override
    public String getName() {
        return "summit-graph-tracing-defaults";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    private static boolean endpointConfigured() {
        String fromEnv = System.getenv("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
        String fromProperty = System.getProperty("quarkus.otel.exporter.otlp.endpoint");
        return fromEnv != null && !fromEnv.isBlank() || fromProperty != null && !fromProperty.isBlank();
    }
}
