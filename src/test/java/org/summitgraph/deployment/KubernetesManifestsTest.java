package org.summitgraph.deployment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.deployment.Manifests.all;
import static org.summitgraph.deployment.Manifests.container;
import static org.summitgraph.deployment.Manifests.deployment;
import static org.summitgraph.deployment.Manifests.named;
import static org.summitgraph.deployment.Manifests.ofKind;
import static org.summitgraph.deployment.Manifests.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The rendered manifests agree with the application they deploy, checked against the running app. */
@QuarkusTest
class KubernetesManifestsTest {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    @ParameterizedTest
    @ValueSource(strings = { "base", "overlays/dev", "overlays/prod" })
    void everyKustomizationRendersTheApplicationObjects(String kustomization) {
        List<HasMetadata> objects = render(kustomization);
        Set<String> kinds = new HashSet<>();
        objects.forEach(o -> kinds.add(o.getKind()));
        assertTrue(kinds.containsAll(Set.of("Deployment", "Service", "ConfigMap", "ServiceAccount",
                "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy")), "kinds rendered: " + kinds);
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void theContainerPortIsTheApplicationsHttpPort(String overlay) {
        List<HasMetadata> objects = render(overlay);
        ContainerPort http = container(objects).getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
                .orElseThrow();
        assertEquals(httpPort(), http.getContainerPort());
        Service service = named(objects, Service.class, Manifests.APP);
        assertEquals("http", service.getSpec().getPorts().get(0).getTargetPort().getStrVal());
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void theProbesAskHealthEndpointsThatAnswer200(String overlay) {
        Container container = container(render(overlay));
        assertProbe(container.getStartupProbe(), "/q/health/started");
        assertProbe(container.getLivenessProbe(), "/q/health/live");
        assertProbe(container.getReadinessProbe(), "/q/health/ready");
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void everyEnvironmentVariableMapsToAConfigurationProperty(String overlay) {
        List<HasMetadata> objects = render(overlay);
        List<String> names = new ArrayList<>(Manifests.configMapEnvironment(objects).keySet());
        container(objects).getEnv().stream().map(EnvVar::getName).forEach(names::add);
        assertFalse(names.isEmpty());
        Set<String> referenced = referencedInApplicationProperties();
        Set<String> known = new HashSet<>();
        StreamSupport.stream(config().getPropertyNames().spliterator(), false).map(KubernetesManifestsTest::envName)
                .forEach(known::add);
        for (String name : names) {
            assertTrue(referenced.contains(name) || known.contains(name),
                    name + " set by the " + overlay + " Deployment is no configuration property of the application");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void theRegisteredOperationsAreMountedWhereTheSafelistIsReadAndValidate(String overlay) {
        List<HasMetadata> objects = render(overlay);
        PodSpec pod = deployment(objects).getSpec().getTemplate().getSpec();
        String directory = Manifests.configMapEnvironment(objects).get("SUMMIT_GRAPH_SAFELIST_DIRECTORY");
        String volume = container(objects).getVolumeMounts().stream().filter(m -> m.getMountPath().equals(directory))
                .findFirst().orElseThrow(() -> new AssertionError("nothing mounted at " + directory)).getName();
        String configMap = pod.getVolumes().stream().filter(v -> v.getName().equals(volume)).findFirst().orElseThrow()
                .getConfigMap().getName();
        Map<String, String> operations = named(objects, ConfigMap.class, configMap).getData();
        assertFalse(operations.isEmpty());
        operations.forEach((file, document) -> assertNull(given().contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", Map.of("code", "CSTO", "id", "csto-2025-11-27-bishkek")))
                .when().post("/graphql")
                .then().statusCode(200).extract().path("errors"), file + " runs without errors"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void podsRunLockedDown(String overlay) {
        PodSpec pod = deployment(render(overlay)).getSpec().getTemplate().getSpec();
        Container container = container(render(overlay));
        assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot());
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
        assertEquals(Boolean.FALSE, container.getSecurityContext().getAllowPrivilegeEscalation());
        assertEquals(Boolean.TRUE, container.getSecurityContext().getReadOnlyRootFilesystem());
        assertEquals(List.of("ALL"), container.getSecurityContext().getCapabilities().getDrop());
        String tmpVolume = container.getVolumeMounts().stream().filter(m -> "/tmp".equals(m.getMountPath()))
                .findFirst().orElseThrow().getName();
        assertNotNull(pod.getVolumes().stream().filter(v -> tmpVolume.equals(v.getName())).findFirst().orElseThrow()
                .getEmptyDir(), "/tmp is an emptyDir");
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void containersRequestCpuAndMemoryAndLimitMemory(String overlay) {
        var resources = container(render(overlay)).getResources();
        assertNotNull(resources.getRequests().get("cpu"));
        assertNotNull(resources.getRequests().get("memory"));
        assertNotNull(resources.getLimits().get("memory"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void theGracePeriodOutlastsTheApplicationsShutdownTimeout(String overlay) {
        long grace = deployment(render(overlay)).getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        Duration shutdown = config().getValue("quarkus.shutdown.timeout", Duration.class);
        assertTrue(grace > shutdown.toSeconds(), "grace " + grace + "s vs shutdown timeout " + shutdown);
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void imagesArePinnedToATag(String overlay) {
        List<HasMetadata> objects = render(overlay);
        List<String> images = new ArrayList<>();
        all(objects, Deployment.class).forEach(d -> d.getSpec().getTemplate().getSpec().getContainers()
                .forEach(c -> images.add(c.getImage())));
        all(objects, StatefulSet.class).forEach(s -> s.getSpec().getTemplate().getSpec().getContainers()
                .forEach(c -> images.add(c.getImage())));
        for (String image : images) {
            String tag = image.substring(image.lastIndexOf('/') + 1);
            assertTrue(tag.contains(":") && !tag.endsWith(":latest"), image + " is not pinned to a tag");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void metricsAreAnnotatedForScrapingAndServed(String overlay) {
        Map<String, String> annotations = deployment(render(overlay)).getSpec().getTemplate().getMetadata()
                .getAnnotations();
        assertEquals("true", annotations.get("prometheus.io/scrape"));
        assertEquals(String.valueOf(httpPort()),
                annotations.get("prometheus.io/port"));
        given().when().get(annotations.get("prometheus.io/path")).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void trafficIsLimitedToHttpInAndPostgresAndDnsOut(String overlay) {
        NetworkPolicy policy = named(render(overlay), NetworkPolicy.class, Manifests.APP);
        assertEquals(List.of("Ingress", "Egress"), policy.getSpec().getPolicyTypes());
        Set<Integer> in = new HashSet<>();
        policy.getSpec().getIngress().forEach(rule -> rule.getPorts().stream().map(NetworkPolicyPort::getPort)
                .forEach(p -> in.add(p.getIntVal())));
        assertEquals(Set.of(httpPort()), in);
        Set<Integer> out = new HashSet<>();
        policy.getSpec().getEgress().forEach(rule -> rule.getPorts().stream().map(NetworkPolicyPort::getPort)
                .forEach(p -> out.add(p.getIntVal())));
        assertEquals(Set.of(5432, 53), out);
    }

    @Test
    void devRunsOneReplicaWithItsOwnPostgres() {
        List<HasMetadata> objects = render("overlays/dev");
        assertEquals(1, deployment(objects).getSpec().getReplicas());
        StatefulSet postgres = all(objects, StatefulSet.class).get(0);
        assertFalse(postgres.getSpec().getVolumeClaimTemplates().isEmpty(), "PostgreSQL keeps its data in a PVC");
        assertTrue(ofKind(objects, "Secret").isPresent(), "dev generates its database Secret");
    }

    @Test
    void prodRunsAtLeastTwoReplicasOnCloudNativePg() {
        List<HasMetadata> objects = render("overlays/prod");
        assertTrue(deployment(objects).getSpec().getReplicas() >= 2);
        HorizontalPodAutoscaler hpa = all(objects, HorizontalPodAutoscaler.class).get(0);
        assertTrue(hpa.getSpec().getMinReplicas() >= 2);
        assertEquals("cpu", hpa.getSpec().getMetrics().get(0).getResource().getName());
        assertTrue(all(objects, PodDisruptionBudget.class).size() == 1);
        GenericKubernetesResource cluster = (GenericKubernetesResource) ofKind(objects, "Cluster").orElseThrow();
        assertEquals("postgresql.cnpg.io/v1", cluster.getApiVersion());
        assertFalse(ofKind(objects, "Secret").isPresent(), "no secret value is committed for prod");
        String operatorSecret = cluster.getMetadata().getName() + "-app";
        container(objects).getEnv().stream().filter(e -> e.getValueFrom() != null)
                .forEach(e -> assertEquals(operatorSecret, e.getValueFrom().getSecretKeyRef().getName(), e.getName()));
        Map<String, String> env = Manifests.configMapEnvironment(objects);
        assertEquals("false", env.get("SUMMIT_GRAPH_GRAPHIQL_ENABLED"));
        assertEquals("false", env.get("SUMMIT_GRAPH_INTROSPECTION_ENABLED"));
        GenericKubernetesResource monitor = (GenericKubernetesResource) ofKind(objects, "ServiceMonitor").orElseThrow();
        assertTrue(monitor.getAdditionalProperties().toString().contains("/q/metrics"));
    }

    private static void assertProbe(Probe probe, String path) {
        assertNotNull(probe, "probe on " + path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("http", probe.getHttpGet().getPort().getStrVal());
        given().when().get(path).then().statusCode(200);
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }

    /** The application's own configuration as production sees it: tests listen on another port. */
    private static Config production() {
        try {
            return new SmallRyeConfigBuilder().withProfile("prod")
                    .withSources(new PropertiesConfigSource(
                            KubernetesManifestsTest.class.getResource("/application.properties"), 250))
                    .build();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static int httpPort() {
        return production().getValue("quarkus.http.port", Integer.class);
    }

    /** The environment variable that sets a property, as MicroProfile Config maps them. */
    private static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Environment variables that application.properties reads through ${NAME:default}. */
    private static Set<String> referencedInApplicationProperties() {
        try (InputStream in = KubernetesManifestsTest.class.getResourceAsStream("/application.properties")) {
            Matcher matcher = ENV_REFERENCE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> names = new HashSet<>();
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
