package org.summitgraph.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The Kubernetes manifests of {@code k8s/} as {@code kubectl kustomize} renders them. Without
 * kubectl the calling test is skipped with the reason, never passed.
 */
final class Manifests {

    static final Path ROOT = Path.of("k8s");
    static final String APP = "summit-graph";

    private static final Map<String, List<HasMetadata>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** The objects of {@code k8s/<kustomization>}, e.g. "overlays/prod". */
    static List<HasMetadata> render(String kustomization) {
        Assumptions.assumeTrue(kubectlAvailable(),
                "kubectl is not installed on this machine (apt-get install -y kubectl): the manifests cannot be rendered");
        return RENDERED.computeIfAbsent(kustomization, Manifests::kustomize);
    }

    static <T extends HasMetadata> List<T> all(List<HasMetadata> objects, Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    static <T extends HasMetadata> T named(List<HasMetadata> objects, Class<T> kind, String name) {
        return all(objects, kind).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " " + name));
    }

    static Optional<HasMetadata> ofKind(List<HasMetadata> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.getKind())).findFirst();
    }

    static Deployment deployment(List<HasMetadata> objects) {
        return named(objects, Deployment.class, APP);
    }

    static Container container(List<HasMetadata> objects) {
        return deployment(objects).getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> APP.equals(c.getName())).findFirst().orElseThrow();
    }

    /** The environment the application's container gets from its ConfigMaps (envFrom). */
    static Map<String, String> configMapEnvironment(List<HasMetadata> objects) {
        Map<String, String> env = new LinkedHashMap<>();
        container(objects).getEnvFrom().stream()
                .filter(source -> source.getConfigMapRef() != null)
                .forEach(source -> env.putAll(named(objects, ConfigMap.class, source.getConfigMapRef().getName()).getData()));
        return env;
    }

    private static List<HasMetadata> kustomize(String kustomization) {
        try {
            Process process = new ProcessBuilder("kubectl", "kustomize", ROOT.resolve(kustomization).toString())
                    .redirectErrorStream(false).start();
            String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            assertEquals(0, process.exitValue(), "kubectl kustomize " + kustomization + " failed: " + errors);
            assertEquals("", errors.strip(), "kubectl kustomize " + kustomization + " warned");
            Object parsed = new KubernetesSerialization().unmarshal(yaml);
            @SuppressWarnings("unchecked")
            List<HasMetadata> objects = parsed instanceof List<?> list ? (List<HasMetadata>) list : List.of((HasMetadata) parsed);
            return objects;
        } catch (IOException e) {
            throw new AssertionError("cannot run kubectl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + kustomization, e);
        }
    }

    private static boolean kubectlAvailable() {
        try {
            Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
