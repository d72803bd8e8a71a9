package org.pilab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The blog's complete config (seed part 5), which the lab loads at startup. */
class TutorialConfigTest {

    static String resource(String path) {
        try (InputStream in = TutorialConfigTest.class.getResourceAsStream("/configs/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final String tutorial = resource("invalid/tutorial-blog.cfg");

    @Test
    void shouldRejectLegacyListenWhenStrict() {
        CheckReport report = ConfigChecker.check("haproxy.cfg", tutorial);

        assertThat(report.verdict()).isEqualTo(CheckReport.Verdict.INVALID);
        assertThat(report.config()).isNull();
        assertThat(report.errors().get(0).line()).isEqualTo(53);
        assertThat(report.errors().get(0).haproxy())
                .isEqualTo("parsing [haproxy.cfg:53] : please use the 'bind' keyword for listening addresses.");
        assertThat(report.errors().subList(1, report.errors().size())).extracting(Diagnostic::haproxy).containsExactly(
                "parsing [haproxy.cfg:54] : 'listen' or 'defaults' expected.",
                "parsing [haproxy.cfg:55] : 'listen' or 'defaults' expected.",
                "parsing [haproxy.cfg:56] : 'listen' or 'defaults' expected.",
                "parsing [haproxy.cfg:57] : 'listen' or 'defaults' expected.");
    }

    @Test
    void shouldAcceptLegacyListenWithWarningWhenLenient() {
        CheckReport report = ConfigChecker.checkLenient("haproxy.cfg", tutorial);

        assertThat(report.verdict()).isEqualTo(CheckReport.Verdict.WARNINGS);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).filteredOn(d -> d.severity() == Diagnostic.Severity.WARNING)
                .extracting(Diagnostic::line).containsExactly(48, 53);
        Diagnostic legacy = report.warnings().stream().filter(d -> Integer.valueOf(53).equals(d.line()))
                .findFirst().orElseThrow();
        assertThat(legacy.message()).contains(">= 1.6");
        assertThat(legacy.hint()).contains("listen stats").contains("bind *:1936");
        Proxy stats = report.config().findBackend("stats").orElseThrow();
        assertThat(stats.binds()).containsExactly(new Bind("*", 1936, 53, true));
    }

    @Test
    void shouldBuildTheWholeModelWhenLoadingTheTutorial() {
        HaproxyConfig config = ConfigChecker.checkLenient("haproxy.cfg", tutorial).config();

        assertThat(config.global().line()).isEqualTo(1);
        assertThat(config.global().statsSocket()).isEqualTo("/run/haproxy/admin.sock");
        assertThat(config.proxies()).extracting(Proxy::name).containsExactly("raspberrypinodes", "nodes", "stats");

        Proxy fe = config.proxies().get(0);
        assertThat(fe.kind()).isEqualTo(ProxyKind.FRONTEND);
        assertThat(fe.mode()).isEqualTo(ProxyMode.HTTP);
        assertThat(fe.binds()).containsExactly(new Bind("*", 80, 38, false));
        assertThat(fe.defaultBackend()).isEqualTo("nodes");
        assertThat(fe.timeouts().client()).isEqualTo(Duration.ofSeconds(50));

        Proxy nodes = config.proxies().get(1);
        assertThat(nodes.kind()).isEqualTo(ProxyKind.BACKEND);
        assertThat(nodes.balance()).isEqualTo(Balance.roundRobin());
        assertThat(nodes.forwardFor()).isTrue();
        assertThat(nodes.timeouts().connect()).isEqualTo(Duration.ofMillis(5000));
        assertThat(nodes.timeouts().server()).isEqualTo(Duration.ofMillis(50000));
        assertThat(nodes.errorFiles()).hasSize(7).containsEntry(503, "/etc/haproxy/errors/503.http");
        assertThat(nodes.requestRules()).containsExactly(
                new HeaderRule(HeaderRule.Action.SET_HEADER, "X-Forwarded-Port", "%[dst_port]", null, 46),
                new HeaderRule(HeaderRule.Action.ADD_HEADER, "X-Forwarded-Proto", "https",
                        new Condition(false, List.of("{", "ssl_fc", "}")), 47));
        assertThat(nodes.httpCheck()).isEqualTo(new HttpCheck("HEAD", "/", "HTTP/1.1",
                List.of(new HttpCheck.Header("Host", "localhost"))));
        assertThat(nodes.servers()).extracting(Server::name, Server::address, Server::check, Server::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("raspberrypi01", "192.168.1.200:8000", true, 49),
                        org.assertj.core.groups.Tuple.tuple("raspberrypi02", "192.168.1.201:8000", true, 50),
                        org.assertj.core.groups.Tuple.tuple("raspberrypi03", "192.168.1.202:8000", true, 51));
        Server s = nodes.servers().get(0);
        assertThat(s.inter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.fastinter()).isEqualTo(s.inter());
        assertThat(s.rise()).isEqualTo(2);
        assertThat(s.fall()).isEqualTo(3);
        assertThat(s.weight()).isEqualTo(1);

        Proxy stats = config.proxies().get(2);
        assertThat(stats.kind()).isEqualTo(ProxyKind.LISTEN);
        assertThat(stats.servesStats()).isTrue();
        assertThat(stats.stats().uri()).isEqualTo("/");
        assertThat(stats.stats().hideVersion()).isTrue();
        assertThat(stats.stats().auth()).containsExactly("someuser:password");
        assertThat(stats.stats().realm()).isEqualTo(StatsSettings.DEFAULT_REALM);
    }

    @Test
    void shouldReportGlobalSettingsAsNotUsedByTheLab() {
        CheckReport report = ConfigChecker.checkLenient("haproxy.cfg", tutorial);

        assertThat(report.warnings()).filteredOn(d -> d.severity() == Diagnostic.Severity.INFO)
                .filteredOn(d -> d.message().contains("not used by the lab"))
                .extracting(Diagnostic::line).contains(2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 18, 19);
    }

    @Test
    void shouldAcceptTheModernisedTutorialWithTheHttpchkWarning() {
        CheckReport report = ConfigChecker.check("haproxy.cfg", resource("warnings/tutorial-blog-modern.cfg"));

        assertThat(report.verdict()).isEqualTo(CheckReport.Verdict.WARNINGS);
        assertThat(report.warnings()).filteredOn(d -> d.severity() == Diagnostic.Severity.WARNING)
                .extracting(Diagnostic::haproxy).containsExactly("parsing [haproxy.cfg:48]: 'option httpchk' : "
                        + "hiding headers or body at the end of the version string is deprecated. Please, "
                        + "consider to use 'http-check send' directive instead.");
        assertThat(report.config().findBackend("stats").orElseThrow().binds())
                .containsExactly(new Bind("*", 1936, 54, false));
    }
}
