package org.summitgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout rules of the README, read from the sources: packages named for their job, none too large to
 * read; infrastructure that never refers to a feature, and no import cycle through it. Features may refer
 * to each other both ways (a summit's participants are people, a person's posts are in organizations), and
 * the node registry refers to every feature whose objects it resolves.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/summitgraph");
    /** A reference to a class of another package: the package's name, sub-packages included. */
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.summitgraph\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");
    private static final int MAX_PACKAGE_LINES = 1_500;
    /** The packages that hold the pipeline and its services rather than a feature. */
    private static final Set<String> INFRASTRUCTURE = Set.of("http", "security", "execution", "parsing", "limits",
            "schema", "error", "data", "i18n", "time", "config", "federation");

    /** Lines of each package's sources. */
    private static final Map<String, Integer> lines = new TreeMap<>();
    /** The packages each package's sources refer to. */
    private static final Map<String, Set<String>> references = new TreeMap<>();
    /** The packages whose sources import Vert.x web (routes, routing contexts). */
    private static final Set<String> vertxWeb = new TreeSet<>();

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                List<String> text = Files.readAllLines(file);
                lines.merge(pkg, text.size(), Integer::sum);
                Set<String> used = references.computeIfAbsent(pkg, p -> new TreeSet<>());
                if (text.stream().anyMatch(line -> line.startsWith("import io.vertx.ext.web."))) {
                    vertxWeb.add(pkg);
                }
                for (String line : text) {
                    Matcher reference = REFERENCE.matcher(line);
                    while (reference.find()) {
                        if (!reference.group(1).equals(pkg)) {
                            used.add(reference.group(1));
                        }
                    }
                }
            }
        }
    }

    @Test
    void packagesAreNamedForTheirJob() {
        assertTrue(lines.keySet().containsAll(INFRASTRUCTURE), "infrastructure packages: " + lines.keySet());
        List<String> grabBags = lines.keySet().stream()
                .filter(p -> Set.of("common", "util", "utils", "misc", "helpers", "shared").contains(p)).toList();
        assertEquals(List.of(), grabBags);
    }

    @Test
    void noPackageIsTooLargeToRead() {
        Map<String, Integer> large = new TreeMap<>();
        lines.forEach((pkg, count) -> {
            if (count > MAX_PACKAGE_LINES) {
                large.put(pkg, count);
            }
        });
        assertEquals(Map.of(), large, "packages over " + MAX_PACKAGE_LINES + " lines");
    }

    @Test
    void infrastructureDoesNotDependOnFeatures() {
        Map<String, Set<String>> wrong = new TreeMap<>();
        for (String pkg : references.keySet().stream().filter(ArchitectureTest::infrastructure).toList()) {
            for (String used : references.get(pkg)) {
                if (!infrastructure(used)) {
                    wrong.computeIfAbsent(pkg, p -> new TreeSet<>()).add(used);
                }
            }
        }
        assertEquals(Map.of(), wrong, "infrastructure packages referring to features");
    }

    @Test
    void onlyTheHttpLayerKnowsVertxWeb() {
        assertEquals(List.of(), vertxWeb.stream().filter(pkg -> !pkg.equals("http") && !pkg.startsWith("http.")).toList());
        assertTrue(vertxWeb.contains("http"), "the GraphQL-over-HTTP routes are Vert.x web routes: " + vertxWeb);
    }

    @Test
    void noImportCycleThroughInfrastructure() {
        List<List<String>> throughInfrastructure = cycles(references).stream()
                .filter(cycle -> cycle.stream().anyMatch(ArchitectureTest::infrastructure)).toList();
        assertEquals(List.of(), throughInfrastructure);
    }

    @Test
    void cyclesAreFound() {
        // the check above on a graph with a known cycle, so that an empty answer means something
        Map<String, Set<String>> graph = Map.of("http", Set.of("execution"), "execution", Set.of("data"),
                "data", Set.of("http"), "i18n", Set.of());
        assertEquals(List.of(List.of("data", "execution", "http")), cycles(graph));
    }

    /** Whether the package, or the package it is part of, is infrastructure. */
    private static boolean infrastructure(String pkg) {
        return INFRASTRUCTURE.contains(pkg.split("\\.")[0]);
    }

    /** The strongly connected components of more than one package (Tarjan), each sorted. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<List<String>> found = new ArrayList<>();
        for (String pkg : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(pkg)) {
                connect(pkg, graph, index, low, stack, found);
            }
        }
        return found;
    }

    private static void connect(String pkg, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, List<List<String>> found) {
        index.put(pkg, index.size());
        low.put(pkg, index.get(pkg));
        stack.push(pkg);
        for (String next : graph.getOrDefault(pkg, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, found);
                low.put(pkg, Math.min(low.get(pkg), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(pkg, Math.min(low.get(pkg), index.get(next)));
            }
        }
        if (low.get(pkg).equals(index.get(pkg))) {
            List<String> component = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(pkg));
            if (component.size() > 1) {
                found.add(component.stream().sorted().toList());
            }
        }
    }
}
