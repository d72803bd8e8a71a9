package org.pilab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigCheckerTest {

    private static final String DEFAULTS = """
            defaults
                mode http
                timeout connect 5s
                timeout client 50s
                timeout server 50s
            """;

    private static CheckReport check(String text) {
        return ConfigChecker.check("lab.cfg", text);
    }

    @Test
    void shouldApplyDefaultServerWhenServersFollowIt() {
        HaproxyConfig c = check(DEFAULTS + """
                frontend web
                    bind *:80
                    default_backend pis
                backend pis
                    default-server inter 3s fall 2 rise 4 weight 20
                    server pi1 192.168.1.200:8000 check fastinter 500ms downinter 10s
                    server pi2 192.168.1.201:8000 check weight 5 backup disabled port 9000 addr 127.0.0.2
                    server pi3 192.168.1.202:8000 maxconn 30 observe layer7 error-limit 2 on-error mark-down
                """).config();

        List<Server> servers = c.findBackend("pis").orElseThrow().servers();
        Server pi1 = servers.get(0);
        assertThat(pi1.inter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(pi1.fastinter()).isEqualTo(Duration.ofMillis(500));
        assertThat(pi1.downinter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(pi1.rise()).isEqualTo(4);
        assertThat(pi1.fall()).isEqualTo(2);
        assertThat(pi1.weight()).isEqualTo(20);
        Server pi2 = servers.get(1);
        assertThat(pi2.weight()).isEqualTo(5);
        assertThat(pi2.backup()).isTrue();
        assertThat(pi2.disabled()).isTrue();
        assertThat(pi2.checkPort()).isEqualTo(9000);
        assertThat(pi2.checkAddr()).isEqualTo("127.0.0.2");
        assertThat(pi2.fastinter()).isEqualTo(Duration.ofSeconds(3));
        Server pi3 = servers.get(2);
        assertThat(pi3.check()).isFalse();
        assertThat(pi3.maxconn()).isEqualTo(30);
        assertThat(pi3.observe()).isEqualTo("layer7");
        assertThat(pi3.errorLimit()).isEqualTo(2);
        assertThat(pi3.onError()).isEqualTo("mark-down");
    }

    @Test
    void shouldBuildRoutingAndRulesWhenTheFrontendHasThem() {
        HaproxyConfig c = check(DEFAULTS + """
                frontend web
                    bind *:80
                    acl is_api path_beg /api
                    use_backend api if is_api
                    http-request deny deny_status 429 if { path /slow }
                    http-request return status 200 content-type text/plain string pong if { path /ping }
                    http-request del-header X-Debug
                    default_backend pis
                backend api
                    server a1 127.0.0.1:9001
                backend pis
                    balance hdr(host) use_domain_only
                    option httpchk
                    http-check send meth GET uri /health ver HTTP/1.1 hdr Host pi.lab
                    http-check expect status 200
                    retries 5
                    option redispatch
                    option allbackups
                    server pi1 127.0.0.1:8001 check
                """).config();

        Proxy web = c.frontends().get(0);
        assertThat(web.acls()).containsExactly(new Acl("is_api", "path_beg", List.of("/api"), 8));
        assertThat(web.useBackends()).containsExactly(new UseBackend("api", new Condition(false, List.of("is_api")), 9));
        assertThat(web.accessRules()).extracting(AccessRule::action, AccessRule::status, AccessRule::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AccessRule.Action.DENY, 429, null),
                        org.assertj.core.groups.Tuple.tuple(AccessRule.Action.RETURN, 200, "pong"));
        assertThat(web.requestRules()).containsExactly(
                new HeaderRule(HeaderRule.Action.DEL_HEADER, "X-Debug", null, null, 12));
        Proxy pis = c.findBackend("pis").orElseThrow();
        assertThat(pis.balance()).isEqualTo(new Balance("hdr", List.of("host", "use_domain_only")));
        assertThat(pis.httpCheck()).isEqualTo(new HttpCheck("GET", "/health", "HTTP/1.1",
                List.of(new HttpCheck.Header("Host", "pi.lab"))));
        assertThat(pis.httpCheckExpect()).isEqualTo(new HttpCheckExpect(false, "status", "200"));
        assertThat(pis.retries()).isEqualTo(5);
        assertThat(pis.redispatch()).isTrue();
        assertThat(pis.allBackups()).isTrue();
    }

    @Test
    void shouldFoldDefaultsIntoEachProxyWhenSectionsFollowThem() {
        HaproxyConfig c = check("""
                defaults
                    mode http
                    timeout connect 4s
                    timeout client 40s
                    timeout server 40s
                    option forwardfor
                    errorfile 503 /etc/haproxy/errors/503.http
                frontend web
                    bind *:80
                    default_backend pis
                defaults
                    mode http
                    timeout connect 1s
                    timeout server 2s
                backend pis
                    server pi1 127.0.0.1:8001
                """).config();

        Proxy web = c.frontends().get(0);
        assertThat(web.mode()).isEqualTo(ProxyMode.HTTP);
        assertThat(web.forwardFor()).isTrue();
        assertThat(web.errorFiles()).containsEntry(503, "/etc/haproxy/errors/503.http");
        assertThat(web.timeouts().client()).isEqualTo(Duration.ofSeconds(40));
        Proxy pis = c.findBackend("pis").orElseThrow();
        assertThat(pis.forwardFor()).isFalse();
        assertThat(pis.timeouts().connect()).isEqualTo(Duration.ofSeconds(1));
        assertThat(pis.errorFiles()).isEmpty();
        assertThat(pis.timeouts().server()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void shouldRejectTcpBackendWhenAnHttpFrontendUsesIt() {
        CheckReport r = check(DEFAULTS + """
                frontend web
                    bind *:80
                    default_backend pis
                backend pis
                    mode tcp
                    server pi1 127.0.0.1:8001
                """);

        assertThat(r.errors().get(0).haproxy()).isEqualTo("http frontend 'web' (lab.cfg:6) tries to use "
                + "incompatible tcp backend 'pis' (lab.cfg:9) as its default backend (see 'mode').");
    }

    @Test
    void shouldGiveLineMessageHintAndHaproxyTextWhenReportingAnError() {
        CheckReport r = check(DEFAULTS + """
                frontend web
                    bind *:80
                    default_backend pis
                backend pis
                    balanse roundrobin
                    server pi1 127.0.0.1:8001 check
                """);

        assertThat(r.verdict()).isEqualTo(CheckReport.Verdict.INVALID);
        Diagnostic d = r.errors().get(0);
        assertThat(d.line()).isEqualTo(10);
        assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
        assertThat(d.message()).contains("balanse").contains("balance");
        assertThat(d.hint()).isEqualTo("Write 'balance' instead of 'balanse'.");
        assertThat(d.haproxy()).isEqualTo("parsing [lab.cfg:10] : unknown keyword 'balanse' in 'backend' section; "
                + "did you mean 'balance' maybe ?");
    }

    @Test
    void shouldNameNoLineWhenHaproxyNamesNone() {
        CheckReport r = check(DEFAULTS + "frontend web\n    bind *:80\n    default_backend nodez\n");

        assertThat(r.errors().get(0).haproxy()).isEqualTo("Proxy 'web': unable to find required default_backend: "
                + "'nodez'.");
        assertThat(r.errors().get(0).hint()).isNotBlank();
    }

    @Test
    void shouldReportInfoWhenKeywordsAreAcceptedButNotSimulated() {
        CheckReport r = check("global\n    chroot /var/lib/haproxy\n" + DEFAULTS + """
                frontend web
                    bind *:80
                    default_backend pis
                    option http-server-close
                backend pis
                    server pi1 127.0.0.1:8001
                """);

        assertThat(r.verdict()).isEqualTo(CheckReport.Verdict.VALID);
        assertThat(r.warnings()).allMatch(d -> d.severity() == Diagnostic.Severity.INFO);
        assertThat(r.warnings()).anyMatch(d -> Integer.valueOf(2).equals(d.line()) && d.message().contains("not used by the lab"));
        assertThat(r.warnings()).anyMatch(d -> Integer.valueOf(11).equals(d.line()) && d.message().contains("accepted, not simulated"));
        assertThat(r.config().frontends().get(0).extra()).extracting(Statement::words)
                .containsExactly(List.of("option", "http-server-close"));
    }

    @Test
    void shouldKeepTheModelWhenNothingListens() {
        CheckReport r = check(DEFAULTS + "backend pis\n    server pi1 127.0.0.1:8001 check\n");

        assertThat(r.verdict()).isEqualTo(CheckReport.Verdict.NO_LISTENER);
        assertThat(r.verdict().exitCode()).isEqualTo(2);
        assertThat(r.config()).isNotNull();
        assertThat(r.config().backends()).hasSize(1);
        assertThat(r.warnings()).anyMatch(d -> d.haproxy() != null && d.haproxy().contains("no listener"));
    }

    @Test
    void shouldReportEveryFollowingLineWhenTheLegacyListenFormIsRejected() {
        CheckReport strict = check(DEFAULTS + "listen stats *:1936\n    stats enable\n    stats uri /\n");

        assertThat(strict.errors()).extracting(Diagnostic::line).containsExactly(6, 7, 8);
        assertThat(strict.errors().get(1).haproxy()).isEqualTo("parsing [lab.cfg:7] : 'listen' or 'defaults' "
                + "expected.");
    }

    @Test
    void shouldStillRejectNonAddressWordsWhenLenient() {
        CheckReport r = ConfigChecker.checkLenient("lab.cfg", DEFAULTS + "listen stats foo\n    stats enable\n");

        assertThat(r.verdict()).isEqualTo(CheckReport.Verdict.INVALID);
        assertThat(r.errors().get(0).haproxy()).contains("please use the 'bind' keyword");
    }

    @Test
    void shouldAcceptLegacyFrontendAddressWhenLenient() {
        CheckReport r = ConfigChecker.checkLenient("lab.cfg", DEFAULTS
                + "frontend web 127.0.0.1:8080\n    default_backend pis\nbackend pis\n    server pi1 127.0.0.1:8001\n");

        assertThat(r.verdict()).isEqualTo(CheckReport.Verdict.WARNINGS);
        assertThat(r.config().frontends().get(0).binds()).containsExactly(new Bind("127.0.0.1", 8080, 6, true));
    }

    @Test
    void shouldTreatNullTextAsEmptyWhenChecking() {
        assertThat(check(null).verdict()).isEqualTo(CheckReport.Verdict.NO_LISTENER);
    }

    @Test
    void shouldWarnAboutMissingTimeoutsWhenTheTutorialExcerptHasNoDefaults() {
        CheckReport r = check("""
                frontend raspberrypinodes
                    bind *:80
                    mode http
                    default_backend nodes
                backend nodes
                    mode http
                    server raspberrypi01 192.168.1.200:8000 check
                listen stats
                    bind *:1936
                    stats enable
                """);

        assertThat(r.verdict()).isEqualTo(CheckReport.Verdict.WARNINGS);
        assertThat(r.warnings()).filteredOn(d -> d.severity() == Diagnostic.Severity.WARNING)
                .extracting(d -> d.haproxy().lines().findFirst().orElseThrow())
                .containsExactlyInAnyOrder("missing timeouts for frontend 'raspberrypinodes'.",
                        "missing timeouts for backend 'nodes'.",
                        "missing timeouts for proxy 'stats'.",
                        "'stats' statement ignored for proxy 'stats' as it requires HTTP mode.");
    }
}
