package org.summitgraph.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Whether tracing is on, from the configuration alone, without starting anything. */
class TracingDefaultsTest {

    private static boolean disabled(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withInterceptors(new TracingDefaults())
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250)).build();
        return config.getValue(TracingDefaults.SDK_DISABLED, Boolean.class);
    }

    @Test
    void withoutAnEndpointTracingIsOff() {
        assertEquals(true, disabled(Map.of()));
        assertEquals(true, disabled(Map.of("quarkus.otel.exporter.otlp.endpoint", " ")));
    }

    @Test
    void anEndpointFromAnySourceTurnsTracingOn() {
        assertEquals(false, disabled(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317")));
        assertEquals(false, disabled(Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://collector:4317")));
    }

    @Test
    void anExplicitSwitchWins() {
        assertEquals(true, disabled(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317",
                TracingDefaults.SDK_DISABLED, "true")));
        assertEquals(false, disabled(Map.of(TracingDefaults.SDK_DISABLED, "false")));
    }
}
