package org.urbaninnovation.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What configuration a service reads, from its files as they are: the environment variables its
 * properties reference ({@code ${NAME:default}}) in its application.properties, the settings every
 * service shares (platform-commons' META-INF/microprofile-config.properties) and the files it adds
 * with quarkus.config.locations (platform-database.properties); and the property names it knows
 * (those files' keys and the {@code @ConfigProperty} names of its and platform-commons' code), any
 * of which an environment variable may set directly by SmallRye Config's mapping (FOO_BAR → foo.bar).
 * Profile lines other than %prod do not apply in a cluster.
 */
record ServiceConfiguration(String module, Map<String, String> reads, Set<String> propertyVariables,
        Map<String, String> properties) {

    static final Path ROOT = Rendered.MODULE.getParent();
    private static final Path COMMONS = ROOT.resolve("platform-commons/src/main");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)[:}]");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");

    private static final Map<String, ServiceConfiguration> READ = new ConcurrentHashMap<>();

    static ServiceConfiguration of(String module) {
        return READ.computeIfAbsent(module, ServiceConfiguration::read);
    }

    private static ServiceConfiguration read(String module) {
        Path main = ROOT.resolve(module).resolve("src/main");
        List<Path> files = new ArrayList<>(List.of(main.resolve("resources/application.properties"),
                COMMONS.resolve("resources/META-INF/microprofile-config.properties")));
        Map<String, String> own = properties(files.get(0));
        for (String location : own.getOrDefault("quarkus.config.locations", "").split(",")) {
            if (!location.isBlank()) {
                Path file = Stream.of(main.resolve("resources"), COMMONS.resolve("resources"))
                        .map(dir -> dir.resolve(location.trim())).filter(Files::exists).findFirst()
                        .orElseThrow(() -> new IllegalStateException(module + " loads " + location + ", which is in neither "
                                + module + " nor platform-commons"));
                files.add(file);
            }
        }
        Map<String, String> reads = new LinkedHashMap<>();
        Set<String> propertyVariables = new TreeSet<>();
        Map<String, String> values = new LinkedHashMap<>();
        // Later files first: a service's own application.properties (ordinal 250) wins over the shared ones (100).
        for (int i = files.size() - 1; i >= 0; i--) {
            values.putAll(properties(files.get(i)));
        }
        for (Path file : files) {
            properties(file).forEach((key, value) -> {
                propertyVariables.add(variable(key));
                Matcher reference = REFERENCE.matcher(value);
                while (reference.find()) {
                    reads.putIfAbsent(reference.group(1), ROOT.relativize(file).toString());
                }
            });
        }
        Stream.of(main.resolve("java"), COMMONS.resolve("java")).forEach(dir -> configPropertyNames(dir)
                .forEach(name -> propertyVariables.add(variable(name))));
        return new ServiceConfiguration(module, reads, propertyVariables, values);
    }

    /**
     * A property's value in a pod with this environment, as SmallRye Config resolves it: its own
     * variable (quarkus.shutdown.timeout ← QUARKUS_SHUTDOWN_TIMEOUT) first, else the files' value with
     * each ${NAME:default} taken from the environment or its default; empty when nothing sets it.
     */
    Optional<String> value(String property, Map<String, String> environment) {
        if (environment.containsKey(variable(property))) {
            return Optional.ofNullable(environment.get(variable(property)));
        }
        String value = properties.get(property);
        if (value == null) {
            return Optional.empty();
        }
        Matcher reference = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(?::([^}]*))?}").matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String replacement = environment.getOrDefault(reference.group(1), reference.group(2) == null ? "" : reference.group(2));
            reference.appendReplacement(resolved, Matcher.quoteReplacement(replacement == null ? "" : replacement));
        }
        reference.appendTail(resolved);
        return Optional.of(resolved.toString());
    }

    static boolean exists(String module) {
        return Files.exists(ROOT.resolve(module).resolve("src/main/resources/application.properties"));
    }

    /** The name Jib gives the module's image (quarkus.container-image.name defaults to it); none for a module that does not exist. */
    static String applicationName(String module) {
        return exists(module) ? properties(ROOT.resolve(module).resolve("src/main/resources/application.properties"))
                .getOrDefault("quarkus.application.name", "(unnamed)") : "(no module " + module + ")";
    }

    /** SmallRye Config's environment variable for a property: every other character an underscore, upper case. */
    static String variable(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The properties that apply in a cluster: profile-less and %prod ones. */
    private static Map<String, String> properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        Map<String, String> applicable = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> {
            if (!key.startsWith("%")) {
                applicable.put(key, properties.getProperty(key));
            } else if (key.startsWith("%prod.")) {
                applicable.put(key.substring("%prod.".length()), properties.getProperty(key));
            }
        });
        return applicable;
    }

    private static List<String> configPropertyNames(Path sources) {
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> names = new ArrayList<>();
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    Matcher matcher = CONFIG_PROPERTY.matcher(Files.readString(f));
                    while (matcher.find()) {
                        names.add(matcher.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
