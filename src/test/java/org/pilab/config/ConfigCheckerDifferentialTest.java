package org.pilab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every config of the corpus ({@code src/test/resources/configs/<verdict>/}) through {@link ConfigChecker#check}
 * and through the real {@code haproxy -c -f}, and asserts they agree: same exit code, warnings or not, and for
 * invalid configs the same first ALERT. The folder names the expected verdict.
 */
class ConfigCheckerDifferentialTest {

    static final Map<String, CheckReport.Verdict> FOLDERS = Map.of(
            "valid", CheckReport.Verdict.VALID,
            "warnings", CheckReport.Verdict.WARNINGS,
            "invalid", CheckReport.Verdict.INVALID,
            "no-listener", CheckReport.Verdict.NO_LISTENER);

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final AtomicInteger AGREED = new AtomicInteger();

    @BeforeAll
    static void requireHaproxy() {
        RealHaproxy.assumeInstalled();
    }

    @AfterAll
    static void report() {
        System.out.printf("Differential corpus: %d of %d configs agree with haproxy -c%n", AGREED.get(), RUN.get());
    }

    /** Every corpus file with its folder. */
    static List<Path> corpus() throws IOException, URISyntaxException {
        Path root = Path.of(ConfigCheckerDifferentialTest.class.getResource("/configs").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".cfg"))
                    .filter(p -> FOLDERS.containsKey(p.getParent().getFileName().toString()))
                    .sorted().toList();
        }
    }

    static CheckReport.Verdict folderVerdict(Path file) {
        return FOLDERS.get(file.getParent().getFileName().toString());
    }

    @TestFactory
    Stream<DynamicTest> shouldAgreeWithRealHaproxyWhenCheckingTheCorpus() throws IOException, URISyntaxException {
        return corpus().stream().map(file -> DynamicTest.dynamicTest(
                file.getParent().getFileName() + "/" + file.getFileName(), () -> compare(file)));
    }

    private static void compare(Path file) throws IOException, InterruptedException {
        RUN.incrementAndGet();
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        RealHaproxy.Outcome real = RealHaproxy.check(name, text);
        CheckReport ours = ConfigChecker.check(name, text);
        String context = "haproxy said:\n" + real.output() + "\nwe said: " + ours;

        assertThat(ours.verdict().exitCode()).as("exit code; " + context).isEqualTo(real.exitCode());
        boolean ourWarnings = ours.warnings().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING);
        if (real.exitCode() != 1) {
            assertThat(ourWarnings).as("warnings; " + context).isEqualTo(real.warnings());
            assertThat(ours.config()).as("model").isNotNull();
        } else {
            assertThat(ours.errors()).as(context).isNotEmpty();
            assertThat(firstLine(ours.errors().get(0).haproxy())).as("first alert; " + context)
                    .isEqualTo(real.firstAlert());
        }
        assertThat(ours.verdict()).as("verdict of the folder; " + context).isEqualTo(folderVerdict(file));
        AGREED.incrementAndGet();
    }

    static String firstLine(String s) {
        return s == null ? null : s.lines().findFirst().orElse("");
    }
}
