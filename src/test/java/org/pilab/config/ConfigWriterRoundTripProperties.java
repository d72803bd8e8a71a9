package org.pilab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code parse(write(model))} gives the model back, line numbers and source text aside. Models come from a small
 * grammar: one or two frontends, one to three backends, sometimes a stats listen section, with random servers,
 * options, rules and awkward header values (spaces, quotes, '#', '$', backslashes, CR LF).
 */
class ConfigWriterRoundTripProperties {

    @Property(tries = 300)
    void shouldReadBackTheSameModelWhenWritingIt(@ForAll("configs") HaproxyConfig model) {
        String text = ConfigWriter.write(model);

        CheckReport report = ConfigChecker.check("roundtrip.cfg", text);

        assertThat(report.errors()).as(text).isEmpty();
        assertThat(ModelNormaliser.normalise(report.config())).as(text).isEqualTo(ModelNormaliser.normalise(model));
    }

    @Provide
    Arbitrary<HaproxyConfig> configs() {
        return Arbitraries.randomValue(ConfigWriterRoundTripProperties::config);
    }

    private static final List<String> WORDS = List.of("plain", "Pi Lab", "a#b", "it's", "say \"hi\"", "$HOME",
            "back\\slash", "tab\there", "%[dst_port]", "line\r\nbreak", "{", "x");

    static HaproxyConfig config(Random r) {
        // one mode for the whole config: an HTTP frontend cannot use a TCP backend
        ProxyMode mode = r.nextInt(4) == 0 ? ProxyMode.TCP : ProxyMode.HTTP;
        List<Statement> global = new ArrayList<>();
        if (r.nextBoolean()) {
            global.add(new Statement(0, List.of("daemon"), ""));
            global.add(new Statement(0, List.of("maxconn", String.valueOf(1 + r.nextInt(5000))), ""));
        }
        List<String> backendNames = new ArrayList<>();
        int backends = 1 + r.nextInt(3);
        for (int i = 1; i <= backends; i++) {
            backendNames.add("be" + i);
        }
        List<Proxy> proxies = new ArrayList<>();
        int frontends = 1 + r.nextInt(2);
        for (int i = 1; i <= frontends; i++) {
            proxies.add(frontend(r, mode, "fe" + i, 8000 + i, backendNames));
        }
        for (String name : backendNames) {
            proxies.add(backend(r, mode, name));
        }
        if (r.nextBoolean()) {
            proxies.add(statsListen(r));
        }
        return new HaproxyConfig("roundtrip.cfg", "", new Global(0, global, null), proxies);
    }

    private static Proxy frontend(Random r, ProxyMode mode, String name, int port, List<String> backends) {
        List<Acl> acls = new ArrayList<>();
        List<UseBackend> useBackends = new ArrayList<>();
        if (r.nextBoolean()) {
            acls.add(new Acl("is_api", "path_beg", List.of("/api"), 0));
            useBackends.add(new UseBackend(pick(r, backends), new Condition(r.nextBoolean(), List.of("is_api")), 0));
        }
        Timeouts timeouts = new Timeouts(null, duration(r), null, null, r.nextBoolean() ? duration(r) : null, null);
        List<Bind> binds = new ArrayList<>();
        binds.add(new Bind(pick(r, List.of("*", "127.0.0.1", "0.0.0.0", "")), port, 0, false));
        if (r.nextInt(4) == 0) {
            binds.add(new Bind("127.0.0.1", port + 100, 0, false));
        }
        return new Proxy(name, ProxyKind.FRONTEND, 0, mode, binds, pick(r, backends), Balance.roundRobin(),
                List.of(), null, r.nextBoolean(), headerRules(r), timeouts, Proxy.DEFAULT_RETRIES, false,
                StatsSettings.disabled(), errorFiles(r), acls, useBackends, accessRules(r), null, false, extra(r));
    }

    private static Proxy backend(Random r, ProxyMode mode, String name) {
        List<Server> servers = new ArrayList<>();
        int count = 1 + r.nextInt(4);
        for (int i = 1; i <= count; i++) {
            servers.add(server(r, "pi" + i));
        }
        HttpCheck check = null;
        HttpCheckExpect expect = null;
        if (r.nextBoolean()) {
            List<HttpCheck.Header> headers = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                headers.add(new HttpCheck.Header(pick(r, List.of("Host", "X-Check")), pick(r, WORDS)));
            }
            check = new HttpCheck(pick(r, List.of("GET", "HEAD", "OPTIONS")), pick(r, List.of("/", "/health")),
                    pick(r, List.of("HTTP/1.0", "HTTP/1.1")), headers);
            if (r.nextBoolean()) {
                expect = new HttpCheckExpect(r.nextBoolean(), pick(r, List.of("status", "rstatus", "string")),
                        pick(r, List.of("200", "^2", "OK")));
            }
        }
        Timeouts timeouts = new Timeouts(duration(r), null, duration(r), r.nextBoolean() ? duration(r) : null,
                r.nextBoolean() ? duration(r) : null, r.nextBoolean() ? duration(r) : null);
        return new Proxy(name, ProxyKind.BACKEND, 0, mode, List.of(), null, balance(r), servers, check,
                r.nextBoolean(), headerRules(r), timeouts, r.nextInt(6), r.nextBoolean(), StatsSettings.disabled(),
                errorFiles(r), List.of(), List.of(), accessRules(r), expect, r.nextBoolean(), extra(r));
    }

    private static Proxy statsListen(Random r) {
        StatsSettings stats = new StatsSettings(true, pick(r, List.of("/", "/stats", StatsSettings.DEFAULT_URI)),
                pick(r, List.of("Pi Lab", StatsSettings.DEFAULT_REALM)),
                r.nextBoolean() ? List.of("someuser:password") : List.of("a:b", "teacher:it's"), r.nextBoolean(),
                r.nextBoolean() ? Duration.ofSeconds(1 + r.nextInt(30)) : null,
                r.nextBoolean() ? new Condition(false, List.of("TRUE")) : null);
        Timeouts timeouts = new Timeouts(duration(r), duration(r), duration(r), null, null, null);
        return new Proxy("stats", ProxyKind.LISTEN, 0, ProxyMode.HTTP, List.of(new Bind("*", 1936, 0, false)), null,
                Balance.roundRobin(), List.of(), null, false, List.of(), timeouts, Proxy.DEFAULT_RETRIES, false, stats,
                Map.of(), List.of(), List.of(), List.of(), null, false, List.of());
    }

    private static Server server(Random r, String name) {
        boolean check = r.nextBoolean();
        Integer port = r.nextInt(5) == 0 && !check ? null : 1 + r.nextInt(65535);
        Duration inter = r.nextBoolean() ? Server.DEFAULT_INTER : duration(r);
        Duration fastinter = r.nextBoolean() ? inter : duration(r);
        Duration downinter = r.nextBoolean() ? inter : duration(r);
        return new Server(name, pick(r, List.of("127.0.0.1", "192.168.1.200", "192.168.1.201", "localhost")), port,
                0, check, inter, fastinter, downinter, 1 + r.nextInt(9), 1 + r.nextInt(9), r.nextInt(257),
                r.nextBoolean(), r.nextInt(4) == 0, r.nextBoolean() ? null : 1 + r.nextInt(65535),
                r.nextBoolean() ? null : "127.0.0.2", r.nextBoolean() ? null : 1 + r.nextInt(1000),
                pick(r, java.util.Arrays.asList(null, "layer4", "layer7")), 1 + r.nextInt(20),
                pick(r, List.of("fail-check", "fastinter", "sudden-death", "mark-down")));
    }

    private static Balance balance(Random r) {
        return pick(r, List.of(Balance.roundRobin(), new Balance("static-rr", List.of()),
                new Balance("leastconn", List.of()), new Balance("first", List.of()),
                new Balance("source", List.of()), new Balance("uri", List.of("whole")),
                new Balance("url_param", List.of("id")), new Balance("hdr", List.of("host")),
                new Balance("random", List.of()), new Balance("random", List.of("3")),
                new Balance("rdp-cookie", List.of()), new Balance("hash", List.of("path"))));
    }

    private static List<HeaderRule> headerRules(Random r) {
        List<HeaderRule> rules = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            HeaderRule.Action action = pick(r, List.of(HeaderRule.Action.values()));
            Condition cond = pick(r, java.util.Arrays.asList(null, new Condition(false, List.of("{", "ssl_fc", "}")),
                    new Condition(true, List.of("TRUE"))));
            rules.add(new HeaderRule(action, pick(r, List.of("X-Forwarded-Port", "X-Lab", "X-Say")),
                    action == HeaderRule.Action.DEL_HEADER ? null : pick(r, WORDS), cond, 0));
        }
        return rules;
    }

    private static List<AccessRule> accessRules(Random r) {
        List<AccessRule> rules = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            rules.add(new AccessRule(AccessRule.Action.DENY, pick(r, List.of(403, 429)), null, null,
                    new Condition(false, List.of("{", "path_beg", "/admin", "}")), 0));
        }
        if (r.nextInt(3) == 0) {
            rules.add(new AccessRule(AccessRule.Action.RETURN, 200, "text/plain", pick(r, WORDS),
                    new Condition(false, List.of("{", "path", "/ping", "}")), 0));
        }
        return rules;
    }

    private static Map<Integer, String> errorFiles(Random r) {
        Map<Integer, String> files = new LinkedHashMap<>();
        if (r.nextBoolean()) {
            files.put(503, "/etc/haproxy/errors/503.http");
        }
        return files;
    }

    private static List<Statement> extra(Random r) {
        return r.nextBoolean() ? List.of() : List.of(new Statement(0, List.of("description", pick(r, WORDS)), ""));
    }

    private static Duration duration(Random r) {
        return pick(r, List.of(Duration.ofMillis(1 + r.nextInt(999)), Duration.ofSeconds(1 + r.nextInt(120)),
                Duration.ofMinutes(1 + r.nextInt(10)), Duration.ofHours(1)));
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
