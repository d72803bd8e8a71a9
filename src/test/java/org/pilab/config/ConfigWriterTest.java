package org.pilab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ConfigWriterTest {

    @Test
    void shouldModerniseLegacyListenWhenExportingTheTutorial() {
        HaproxyConfig tutorial = ConfigChecker.checkLenient("haproxy.cfg",
                TutorialConfigTest.resource("invalid/tutorial-blog.cfg")).config();

        String exported = ConfigWriter.write(tutorial);

        assertThat(exported).contains("listen stats\n").contains("    bind *:1936\n")
                .doesNotContain("listen stats *:1936");
        assertThat(exported).contains("    server raspberrypi01 192.168.1.200:8000 check\n");
        assertThat(exported).contains("    option httpchk HEAD / HTTP/1.1\n")
                .contains("    http-check send hdr Host localhost\n");
        CheckReport again = ConfigChecker.check("haproxy.cfg", exported);
        assertThat(again.errors()).isEmpty();
        assertThat(again.verdict()).isEqualTo(CheckReport.Verdict.VALID);
    }

    @Test
    void shouldAddUsualTimeoutsWhenTheModelHasNone() {
        HaproxyConfig bare = ConfigChecker.check("bare.cfg", "frontend fe\n    bind :80\n    default_backend be\n"
                + "backend be\n    server s1 127.0.0.1:8000\n").config();

        String exported = ConfigWriter.write(bare);

        assertThat(exported).contains("    timeout client 50s\n").contains("    timeout connect 5s\n")
                .contains("    timeout server 50s\n");
        assertThat(ConfigChecker.check("bare.cfg", exported).verdict()).isEqualTo(CheckReport.Verdict.VALID);
    }

    @Test
    void shouldEscapeWordsWhenTheyHoldSpacesQuotesOrControlCharacters() {
        assertThat(ConfigWriter.word("Pi Lab")).isEqualTo("Pi\\ Lab");
        assertThat(ConfigWriter.word("a#b'c\"d\\e")).isEqualTo("a\\#b\\'c\\\"d\\\\e");
        assertThat(ConfigWriter.word("HTTP/1.1\r\nHost:x")).isEqualTo("HTTP/1.1\\r\\nHost:x");
        assertThat(ConfigWriter.word("")).isEqualTo("''");
        assertThat(ConfigWriter.word("$HOME")).isEqualTo("$HOME");
        for (String w : new String[] {"Pi Lab", "a#b'c\"d\\e", "x\ty\u0001", "$HOME", ""}) {
            assertThat(Lexer.split("kw " + ConfigWriter.word(w)).words()).containsExactly("kw", w);
        }
    }

    /**
     * Every accepted corpus config, exported, passes real {@code haproxy -c} with exit 0 (exit 2 when the model
     * has no listener at all, which no export can fix).
     */
    @TestFactory
    Stream<DynamicTest> shouldExportConfigsRealHaproxyAcceptsWhenTheCorpusIsValid()
            throws IOException, URISyntaxException {
        RealHaproxy.assumeInstalled();
        return ConfigCheckerDifferentialTest.corpus().stream()
                .filter(f -> ConfigCheckerDifferentialTest.folderVerdict(f).exitCode() == 0)
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> exportAndCheck(file)));
    }

    private static void exportAndCheck(Path file) throws IOException, InterruptedException {
        String name = file.getFileName().toString();
        HaproxyConfig model = ConfigChecker.check(name, Files.readString(file, StandardCharsets.UTF_8)).config();
        String exported = ConfigWriter.write(model);

        RealHaproxy.Outcome real = RealHaproxy.check(name, exported);

        // a model with nothing listening (e.g. its only bind sat in a backend) exports as "no listener", exit 2
        boolean listens = model.frontends().stream().anyMatch(p -> !p.binds().isEmpty());
        assertThat(real.exitCode()).as(exported + "\n" + real.output()).isEqualTo(listens ? 0 : 2);
        HaproxyConfig reread = ConfigChecker.check(name, exported).config();
        assertThat(reread).as("our checker accepts the export").isNotNull();
        assertThat(ConfigWriter.write(reread)).as("export is a fixed point").isEqualTo(exported);
    }
}
