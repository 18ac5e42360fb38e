package org.summitgraph.execution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ObservabilityTest {

    @Test
    void metricsCoverJvmHttpPoolAndGraphQLOperations() {
        GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", "2020-06-01");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_active_count"))
                .body(containsString("mp_graphql_seconds_count{name=\"organization\""));
    }

    @Test
    void tracingIsOffWithoutAnOtlpEndpoint() {
        assertTrue(ConfigProvider.getConfig().getValue("quarkus.otel.sdk.disabled", Boolean.class),
                "no OTLP endpoint is configured in tests, so the OpenTelemetry SDK stays off");
    }
}
