package org.pilab.rack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A starting point for the lab: a haproxy.cfg and, optionally, the rack it runs against. Built-in scenarios live
 * in {@code simulator/scenarios/<name>/} (packaged in the jar); {@code lab.config} points at any file on disk, with
 * a {@code rack.yaml} beside it if the author wrote one.
 *
 * @param name       scenario name, or the config file's name
 * @param configName file name used in messages, e.g. {@code haproxy.cfg}
 * @param configText the haproxy.cfg text
 * @param rack       the rack file, or empty to derive the rack from the config's servers
 */
public record Scenario(String name, String configName, String configText, Optional<RackSpec> rack) {

    /** Loads built-in scenario <name> from the classpath. */
    public static Scenario builtIn(String name) {
        String base = "simulator/scenarios/" + name + "/";
        String config = resource(base + "haproxy.cfg")
                .orElseThrow(() -> new IllegalArgumentException("No built-in scenario '" + name
                        + "' (expected " + base + "haproxy.cfg). Set lab.scenario=tutorial or point lab.config at a file."));
        Optional<RackSpec> rack = resource(base + "rack.yaml").map(yaml -> RackSpec.parse(base + "rack.yaml", yaml));
        return new Scenario(name, "haproxy.cfg", config, rack);
    }

    /** Loads <config> from disk, with {@code rack.yaml} from the same folder when present. */
    public static Scenario fromFile(Path config) {
        try {
            String text = Files.readString(config, StandardCharsets.UTF_8);
            Path rackFile = config.toAbsolutePath().resolveSibling("rack.yaml");
            Optional<RackSpec> rack = Files.isRegularFile(rackFile)
                    ? Optional.of(RackSpec.parse(rackFile.toString(), Files.readString(rackFile, StandardCharsets.UTF_8)))
                    : Optional.empty();
            return new Scenario(config.getFileName().toString(), config.getFileName().toString(), text, rack);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lab.config " + config + ": " + e.getMessage()
                    + ". Check the path (relative paths start in the folder you ran the lab from).", e);
        }
    }

    private static Optional<String> resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
