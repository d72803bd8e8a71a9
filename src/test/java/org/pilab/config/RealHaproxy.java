package org.pilab.config;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/** Runs the real {@code haproxy -c -f} (2.6.12 on the lab machine) on a config text, for differential tests. */
final class RealHaproxy {

    static final Path BINARY = Path.of("/usr/sbin/haproxy");
    private static final Pattern ALERT = Pattern.compile("^\\[ALERT\\]\\s+\\(\\d+\\) : (?:config : )?(.*)$");

    /**
     * What {@code haproxy -c} said.
     *
     * @param exitCode   0 valid, 1 invalid, 2 no listener
     * @param warnings   whether it printed any {@code [WARNING]}
     * @param firstAlert the text of the first {@code [ALERT]} after {@code config : }, or null
     * @param output     everything it printed, for failure messages
     */
    record Outcome(int exitCode, boolean warnings, String firstAlert, String output) {
    }

    private RealHaproxy() {
    }

    /** Skips the calling test when HAProxy is missing, except on CI where that is a failure. */
    static void assumeInstalled() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        String reason = BINARY + " is not installed: the differential test against real HAProxy 2.6 is skipped";
        if ("true".equals(System.getenv("CI"))) {
            fail(reason + " (CI=true requires it)");
        }
        System.out.println(reason);
        Assumptions.assumeTrue(false, reason);
    }

    /** Checks <text> as a file called <fileName> in a fresh temp dir, so messages name it like the checker does. */
    static Outcome check(String fileName, String text) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("haproxy-c");
        Path file = dir.resolve(fileName);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            Process process = new ProcessBuilder(BINARY.toString(), "-c", "-f", fileName)
                    .directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            List<String> lines = output.lines().toList();
            boolean warnings = lines.stream().anyMatch(l -> l.startsWith("[WARNING]"));
            Optional<String> alert = lines.stream().map(ALERT::matcher).filter(Matcher::matches)
                    .map(m -> m.group(1)).findFirst();
            return new Outcome(exit, warnings, alert.orElse(null), output);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
