package org.pilab.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a model back as haproxy.cfg text that real HAProxy 2.6 accepts ({@code haproxy -c} exit 0). Every proxy
 * is written with its folded settings spelled out (no defaults section), so the export reads on its own. Legacy
 * forms are modernised ({@code listen stats *:1936} becomes a {@code bind} line, reference §6.4), missing timeouts
 * get the usual values (connect 5s, client 50s, server 50s) and addresses stay as the learner wrote them.
 */
public final class ConfigWriter {

    static final Duration DEFAULT_CONNECT = Duration.ofSeconds(5);
    static final Duration DEFAULT_CLIENT = Duration.ofSeconds(50);
    static final Duration DEFAULT_SERVER = Duration.ofSeconds(50);
    private static final String INDENT = "    ";

    private final StringBuilder out = new StringBuilder();

    private ConfigWriter() {
    }

    /** Exports <config> as haproxy.cfg text. */
    public static String write(HaproxyConfig config) {
        ConfigWriter w = new ConfigWriter();
        w.global(config.global());
        for (Proxy p : config.proxies()) {
            w.proxy(p);
        }
        return w.out.toString();
    }

    private void line(String... words) {
        out.append(INDENT).append(String.join(" ", words)).append('\n');
    }

    private void global(Global global) {
        if (global.statements().isEmpty()) {
            return;
        }
        out.append("global\n");
        for (Statement s : global.statements()) {
            line(words(s.words()));
        }
        out.append('\n');
    }

    private void proxy(Proxy p) {
        boolean fe = p.kind().hasFrontend();
        boolean be = p.kind().hasBackend();
        out.append(p.kind().keyword()).append(' ').append(word(p.name())).append('\n');
        line("mode", p.mode() == ProxyMode.HTTP ? "http" : "tcp");
        for (Bind b : p.binds()) {
            line("bind", word(b.address() + ":" + b.port()));
        }
        Timeouts t = p.timeouts();
        if (fe) {
            line("timeout", "client", TimeValue.format(orDefault(t.client(), DEFAULT_CLIENT)));
        }
        if (be) {
            line("timeout", "connect", TimeValue.format(orDefault(t.connect(), DEFAULT_CONNECT)));
            line("timeout", "server", TimeValue.format(orDefault(t.server(), DEFAULT_SERVER)));
            timeout("check", t.check());
            timeout("queue", t.queue());
        }
        timeout("http-request", t.httpRequest());
        for (Acl acl : p.acls()) {
            List<String> w = new ArrayList<>(List.of("acl", acl.name(), acl.criterion()));
            w.addAll(acl.values());
            line(words(w));
        }
        if (fe && p.defaultBackend() != null) {
            line("default_backend", word(p.defaultBackend()));
        }
        for (UseBackend u : p.useBackends()) {
            line("use_backend", word(u.backend()) + condition(u.condition()));
        }
        if (be) {
            line("balance", balance(p.balance()));
            line("retries", String.valueOf(p.retries()));
            if (p.redispatch()) {
                line("option", "redispatch");
            }
            if (p.allBackups()) {
                line("option", "allbackups");
            }
            httpCheck(p);
        }
        if (p.forwardFor()) {
            line("option", "forwardfor");
        }
        requestRules(p);
        Map<Integer, String> errorFiles = new TreeMap<>(p.errorFiles());
        errorFiles.forEach((code, file) -> line("errorfile", String.valueOf(code), word(file)));
        stats(p.stats());
        for (Statement s : p.extra()) {
            char cap = Keywords.capability(s.words());
            if ((cap == 'F' && !fe) || (cap == 'B' && !be)) {
                continue; // HAProxy would ignore it here with a warning
            }
            line(words(s.words()));
        }
        for (Server s : p.servers()) {
            server(s);
        }
        out.append('\n');
    }

    private void timeout(String name, Duration d) {
        if (d != null) {
            line("timeout", name, TimeValue.format(d));
        }
    }

    private static Duration orDefault(Duration d, Duration fallback) {
        return d == null || d.isZero() ? fallback : d;
    }

    private static String balance(Balance b) {
        List<String> args = b.arguments();
        boolean parenthesised = (b.algorithm().equals("hdr") || b.algorithm().equals("random")
                || b.algorithm().equals("rdp-cookie")) && !args.isEmpty();
        List<String> w = new ArrayList<>();
        w.add(parenthesised ? b.algorithm() + "(" + args.get(0) + ")" : b.algorithm());
        w.addAll(parenthesised ? args.subList(1, args.size()) : args);
        return words(w);
    }

    /**
     * The request line goes into {@code option httpchk}; headers into {@code http-check send hdr}, because
     * hiding them after the version is deprecated in 2.6 (reference §0).
     */
    private void httpCheck(Proxy p) {
        HttpCheck c = p.httpCheck();
        if (c == null) {
            return;
        }
        line("option", "httpchk", word(c.method()), word(c.uri()), word(c.version()));
        if (!c.headers().isEmpty()) {
            List<String> w = new ArrayList<>(List.of("http-check", "send"));
            for (HttpCheck.Header h : c.headers()) {
                w.addAll(List.of("hdr", h.name(), h.value()));
            }
            line(words(w));
        }
        HttpCheckExpect e = p.httpCheckExpect();
        if (e != null) {
            line("http-check", "expect", (e.negate() ? "!" : "") + e.match(), word(e.pattern()));
        }
    }

    /** Header rules and access rules merged back into their order in the source (allow stops the rest). */
    private void requestRules(Proxy p) {
        record Rule(int line, String text) {
        }
        List<Rule> rules = new ArrayList<>();
        for (HeaderRule r : p.requestRules()) {
            String text = switch (r.action()) {
                case SET_HEADER -> "set-header " + word(r.name()) + " " + word(r.format());
                case ADD_HEADER -> "add-header " + word(r.name()) + " " + word(r.format());
                case DEL_HEADER -> "del-header " + word(r.name());
            };
            rules.add(new Rule(r.line(), text + condition(r.condition())));
        }
        for (AccessRule r : p.accessRules()) {
            String text = switch (r.action()) {
                case ALLOW -> "allow";
                case DENY -> r.status() == 403 ? "deny" : "deny deny_status " + r.status();
                case RETURN -> "return status " + r.status()
                        + (r.contentType() == null ? "" : " content-type " + word(r.contentType()))
                        + (r.body() == null ? "" : " string " + word(r.body()));
            };
            rules.add(new Rule(r.line(), text + condition(r.condition())));
        }
        rules.sort(Comparator.comparingInt(Rule::line));
        for (Rule r : rules) {
            line("http-request", r.text());
        }
    }

    private void stats(StatsSettings s) {
        if (!s.enabled()) {
            return;
        }
        line("stats", "enable");
        if (!s.uri().equals(StatsSettings.DEFAULT_URI)) {
            line("stats", "uri", word(s.uri()));
        }
        if (!s.realm().equals(StatsSettings.DEFAULT_REALM)) {
            line("stats", "realm", word(s.realm()));
        }
        for (String auth : s.auth()) {
            line("stats", "auth", word(auth));
        }
        if (s.hideVersion()) {
            line("stats", "hide-version");
        }
        if (s.refresh() != null) {
            line("stats", "refresh", TimeValue.format(s.refresh()));
        }
        if (s.admin() != null) {
            line("stats", "admin" + condition(s.admin()));
        }
    }

    private void server(Server s) {
        List<String> w = new ArrayList<>(List.of("server", s.name(), s.address()));
        if (s.check()) {
            w.add("check");
        }
        if (!s.inter().equals(Server.DEFAULT_INTER)) {
            w.addAll(List.of("inter", TimeValue.format(s.inter())));
        }
        if (!s.fastinter().equals(s.inter())) {
            w.addAll(List.of("fastinter", TimeValue.format(s.fastinter())));
        }
        if (!s.downinter().equals(s.inter())) {
            w.addAll(List.of("downinter", TimeValue.format(s.downinter())));
        }
        if (s.rise() != Server.DEFAULT_RISE) {
            w.addAll(List.of("rise", String.valueOf(s.rise())));
        }
        if (s.fall() != Server.DEFAULT_FALL) {
            w.addAll(List.of("fall", String.valueOf(s.fall())));
        }
        if (s.weight() != Server.DEFAULT_WEIGHT) {
            w.addAll(List.of("weight", String.valueOf(s.weight())));
        }
        if (s.backup()) {
            w.add("backup");
        }
        if (s.disabled()) {
            w.add("disabled");
        }
        if (s.checkPort() != null) {
            w.addAll(List.of("port", String.valueOf(s.checkPort())));
        }
        if (s.checkAddr() != null) {
            w.addAll(List.of("addr", s.checkAddr()));
        }
        if (s.maxconn() != null) {
            w.addAll(List.of("maxconn", String.valueOf(s.maxconn())));
        }
        if (s.observe() != null) {
            w.addAll(List.of("observe", s.observe()));
        }
        if (s.errorLimit() != Server.DEFAULT_ERROR_LIMIT) {
            w.addAll(List.of("error-limit", String.valueOf(s.errorLimit())));
        }
        if (!s.onError().equals(Server.DEFAULT_ON_ERROR)) {
            w.addAll(List.of("on-error", s.onError()));
        }
        line(words(w));
    }

    private static String condition(Condition c) {
        if (c == null) {
            return "";
        }
        return " " + (c.negate() ? "unless" : "if") + " " + words(c.words());
    }

    private static String words(List<String> words) {
        return String.join(" ", words.stream().map(ConfigWriter::word).toList());
    }

    /**
     * One word escaped so that the lexer reads it back unchanged (reference §6.1): backslash escapes rather than
     * quotes, so {@code $} stays literal and CR/LF survive.
     */
    static String word(String w) {
        if (w.isEmpty()) {
            return "''";
        }
        StringBuilder b = new StringBuilder();
        for (char c : w.toCharArray()) {
            switch (c) {
                case ' ' -> b.append("\\ ");
                case '#' -> b.append("\\#");
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '"' -> b.append("\\\"");
                case '\r' -> b.append("\\r");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
