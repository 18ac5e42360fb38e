package org.summitgraph.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.smallrye.config.WithDefault;

/**
 * Each default of {@link SummitGraphConfig} is written once, in its {@code @WithDefault}: application.properties
 * does not repeat it, and the README's tables, which operators read, say the same value next to the
 * environment variable that sets it.
 */
class ConfigurationDocsTest {

    @Test
    void theReadmeGivesEachDefaultNextToItsVariable() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        Map<String, String> defaults = defaults();
        assertTrue(defaults.size() > 20, "settings found: " + defaults.keySet());
        Map<String, String> wrong = new TreeMap<>();
        defaults.forEach((name, value) -> {
            String full = environmentName(name);
            String shortName = ShortNames.shortName(name);
            boolean documented = readme.stream()
                    .filter(line -> line.startsWith("|") && (line.contains("`" + full + "`")
                            || shortName != null && line.contains("`" + environmentName(shortName) + "`")))
                    .anyMatch(line -> line.contains(value));
            if (!documented) {
                wrong.put(name, value);
            }
        });
        assertEquals(Map.of(), wrong, "settings whose default the README does not give next to their variable");
    }

    @Test
    void applicationPropertiesRepeatsNoDefault() throws IOException {
        List<String> repeated = Files.readAllLines(Path.of("src/main/resources/application.properties")).stream()
                .filter(line -> line.startsWith("summit-graph.")).toList();
        assertEquals(List.of(), repeated);
    }

    @Test
    void shortNamesDropTheGroup() {
        assertEquals("summit-graph.max-cost", ShortNames.shortName("summit-graph.limits.max-cost"));
        assertEquals("summit-graph.cache-control", ShortNames.shortName("summit-graph.http-cache.cache-control"));
        assertEquals(null, ShortNames.shortName("summit-graph.answer-cache.max-size"));
        assertEquals("SUMMIT_GRAPH_MAX_COST", environmentName(ShortNames.shortName("summit-graph.limits.max-cost")));
    }

    /** Every setting with a default, by its full name. */
    private static Map<String, String> defaults() {
        Map<String, String> found = new TreeMap<>();
        collect(SummitGraphConfig.class, "summit-graph.", found);
        return found;
    }

    private static void collect(Class<?> group, String prefix, Map<String, String> found) {
        for (Method setting : group.getDeclaredMethods()) {
            String name = prefix + setting.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            WithDefault value = setting.getAnnotation(WithDefault.class);
            if (value != null) {
                found.put(name, value.value());
            } else if (setting.getReturnType().isInterface() && setting.getReturnType().getEnclosingClass() == SummitGraphConfig.class) {
                collect(setting.getReturnType(), name + ".", found);
            }
        }
    }

    /** The environment variable of a setting, as SmallRye Config maps them. */
    static String environmentName(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
