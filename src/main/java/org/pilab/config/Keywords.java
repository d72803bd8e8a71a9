package org.pilab.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keyword tables of HAProxy 2.6, used to accept what real HAProxy accepts and to offer the same "did you mean"
 * candidates as {@code haproxy -c} (reference §6.2, §6.5).
 */
final class Keywords {

    private Keywords() {
    }

    /** Section keywords the lab models. */
    static final Set<String> PROXY_SECTIONS = Set.of("defaults", "frontend", "backend", "listen");

    /** Sections HAProxy accepts that the lab does not simulate; their content is skipped. */
    static final Set<String> OTHER_SECTIONS = Set.of("userlist", "peers", "resolvers", "cache", "program",
            "mailers", "http-errors", "ring", "log-forward", "fcgi-app");

    /**
     * Global keywords of HAProxy 2.6.0 (its {@code common_kw_list} of cfgparse-global.c, which also names the
     * proxy sections, plus every keyword registered for the global section). None changes what the lab simulates.
     */
    static final List<String> GLOBAL = List.of(
            "global", "daemon", "master-worker", "noepoll", "nokqueue", "noevports", "nopoll", "busy-polling",
            "set-dumpable", "insecure-fork-wanted", "insecure-setuid-wanted", "nosplice", "nogetaddrinfo",
            "noreuseport", "quiet", "zero-warning", "tune.runqueue-depth", "tune.maxpollevents", "tune.maxaccept",
            "tune.recv_enough", "tune.buffers.limit", "tune.buffers.reserve", "tune.bufsize", "tune.maxrewrite",
            "tune.idletimer", "tune.rcvbuf.client", "tune.rcvbuf.server", "tune.sndbuf.client", "tune.sndbuf.server",
            "tune.pipesize", "tune.http.cookielen", "tune.http.logurilen", "tune.http.maxhdr", "tune.comp.maxlevel",
            "tune.pattern.cache-size", "uid", "gid", "external-check", "user", "group", "nbproc", "maxconn",
            "ssl-server-verify", "maxconnrate", "maxsessrate", "maxsslrate", "maxcomprate", "maxpipes", "maxzlibmem",
            "maxcompcpuusage", "ulimit-n", "chroot", "description", "node", "pidfile", "unix-bind", "log",
            "log-send-hostname", "server-state-base", "server-state-file", "log-tag", "spread-checks",
            "max-spread-checks", "cpu-map", "setenv", "presetenv", "unsetenv", "resetenv", "strict-limits",
            "localpeer", "numa-cpu-mapping", "defaults", "listen", "frontend", "backend", "peers", "resolvers",
            "cluster-secret", "profiling.memory", "profiling.tasks", "tune.quic.backend.max-idle-timeou",
            "tune.quic.frontend.conn-tx-buffers.limit", "tune.quic.frontend.max-streams-bidi",
            "tune.quic.frontend.max-idle-timeout", "tune.quic.retry-threshold", "ca-base", "crt-base",
            "issuers-chain-path", "maxsslconn", "ssl-default-bind-options", "ssl-default-server-options",
            "ssl-dh-param-file", "ssl-mode-async", "ssl-engine", "ssl-propquery", "ssl-provider",
            "ssl-provider-path", "ssl-skip-self-issued-ca", "tune.ssl.cachesize", "tune.ssl.default-dh-param",
            "tune.ssl.force-private-cache", "tune.ssl.lifetime", "tune.ssl.maxrecord", "tune.ssl.hard-maxrecord",
            "tune.ssl.ssl-ctx-cache-size", "tune.ssl.capture-cipherlist-size", "tune.ssl.capture-buffer-size",
            "tune.ssl.keylog", "ssl-default-bind-ciphers", "ssl-default-server-ciphers", "ssl-default-bind-curves",
            "ssl-default-bind-ciphersuites", "ssl-default-server-ciphersuites", "ssl-load-extra-files",
            "ssl-load-extra-del-ext", "default-path", "stats", "tune.zlib.memlevel", "tune.zlib.windowsize",
            "pp2-never-send-local", "tune.fd.edge-triggered", "lua-prepend-path", "lua-load", "lua-load-per-thread",
            "tune.lua.session-timeout", "tune.lua.task-timeout", "tune.lua.service-timeout", "tune.lua.forced-yield",
            "tune.lua.maxmem", "httpclient.resolvers.id", "httpclient.resolvers.prefer", "httpclient.ssl.verify",
            "httpclient.ssl.ca-file", "tune.listener.multi-queue", "h1-accept-payload-with-any-method",
            "h1-case-adjust", "h1-case-adjust-file", "tune.h2.header-table-size", "tune.h2.initial-window-size",
            "tune.h2.max-concurrent-streams", "tune.h2.max-frame-size", "mworker-max-reloads", "tune.fail-alloc",
            "no-memory-trimming", "grace", "hard-stop-after", "close-spread-time", "tune.idle-pool.shared",
            "tune.pool-high-fd-ratio", "tune.pool-low-fd-ratio", "tune.sched.low-latency", "nbthread",
            "thread-group", "thread-groups", "set-var", "set-var-fmt", "tune.vars.global-max-size",
            "tune.vars.proc-max-size", "tune.vars.sess-max-size", "tune.vars.txn-max-size",
            "tune.vars.reqres-max-size", "tune.vars.check-max-size");

    /**
     * Proxy keywords HAProxy 2.6 knows (its {@code common_kw_list} plus the registered section keywords). Used as
     * "did you mean" candidates; only some of them are simulated.
     */
    static final List<String> PROXY = List.of(
            "listen", "frontend", "backend", "defaults", "server", "default-server", "server-template", "bind",
            "monitor-net", "monitor-uri", "mode", "id", "description", "disabled", "enabled", "bind-process", "acl",
            "dynamic-cookie-key", "cookie", "email-alert", "persist", "appsession", "load-server-state-from-file",
            "server-state-file-name", "max-session-srv-conns", "capture", "retries", "http-request", "http-response",
            "http-after-response", "http-send-name-header", "block", "redirect", "use_backend", "use-server",
            "force-persist", "ignore-persist", "stick-table", "stick", "stats", "option", "default_backend",
            "http-reuse", "monitor", "transparent", "maxconn", "backlog", "fullconn", "dispatch", "balance",
            "hash-type", "hash-balance-factor", "unique-id-format", "unique-id-header", "log-format",
            "log-format-sd", "log-tag", "log", "source", "usesrc", "error-log-format", "external-check",
            "use-fcgi-app", "filter", "compression", "errorloc", "errorloc302", "errorloc303", "errorfile",
            "errorfiles", "http-error", "timeout", "clitimeout", "contimeout", "srvtimeout", "rate-limit",
            "max-keep-alive-queue", "declare", "retry-on", "clitcpka-cnt", "srvtcpka-cnt", "clitcpka-idle",
            "srvtcpka-idle", "clitcpka-intvl", "srvtcpka-intvl", "tcp-request", "tcp-response", "http-check",
            "tcp-check");

    /**
     * Options HAProxy 2.6.0 offers as "did you mean" candidates: {@code cfg_opts}, {@code cfg_opts2} and the
     * {@code common_options} of cfgparse-listen.c, in that order.
     */
    static final List<String> OPTIONS = List.of(
            "abortonclose", "allbackups", "checkcache", "clitcpka", "contstats", "dontlognull",
            "http-buffer-request", "http-ignore-probes", "idle-close-on-response", "prefer-last-server", "logasap",
            "nolinger", "persist", "srvtcpka", "transparent", "splice-request", "splice-response", "splice-auto",
            "accept-invalid-http-request", "accept-invalid-http-response", "dontlog-normal", "log-separate-errors",
            "log-health-checks", "socket-stats", "tcp-smart-accept", "tcp-smart-connect", "independent-streams",
            "http-use-proxy-header", "http-pretend-keepalive", "http-no-delay", "h1-case-adjust-bogus-client",
            "h1-case-adjust-bogus-server", "disable-h2-upgrade", "httpclose", "http-server-close",
            "http-keep-alive", "redispatch", "httplog", "tcplog", "tcpka", "httpchk", "ssl-hello-chk", "smtpchk",
            "pgsql-check", "redis-check", "mysql-check", "ldap-check", "spop-check", "tcp-check", "external-check",
            "forwardfor", "original-to");

    /** Options that are plain flags ({@code cfg_opts}, {@code cfg_opts2}): an argument after them is fatal. */
    static final Set<String> SIMPLE_OPTIONS = Set.copyOf(OPTIONS.subList(0, OPTIONS.indexOf("httpclose")));

    /** Options that {@code no option} may negate: the plain flags plus a few parsed on their own. */
    static final Set<String> NEGATABLE_OPTIONS = java.util.stream.Stream.concat(SIMPLE_OPTIONS.stream(),
            java.util.stream.Stream.of("httpclose", "http-keep-alive", "http-server-close", "redispatch"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Options HAProxy accepts although it does not offer them as suggestions. */
    static final Set<String> MORE_OPTIONS = Set.of("httpslog", "originalto", "http-restrict-req-hdr-names");

    /** Extra server "did you mean" candidates (HAProxy 2.6 {@code extra_kw_list}: values of some keywords). */
    static final List<String> SERVER_EXTRA = List.of("ipv4", "ipv6", "legacy", "octet-count", "fail-check",
            "sudden-death", "mark-down");

    /** Server keywords of HAProxy 2.6; the map gives how many arguments each takes. */
    static final Map<String, Integer> SERVER = Map.ofEntries(
            Map.entry("addr", 1), Map.entry("agent-addr", 1), Map.entry("agent-check", 0),
            Map.entry("agent-inter", 1), Map.entry("agent-port", 1), Map.entry("agent-send", 1),
            Map.entry("allow-0rtt", 0), Map.entry("alpn", 1), Map.entry("backup", 0), Map.entry("ca-file", 1),
            Map.entry("check", 0), Map.entry("check-alpn", 1), Map.entry("check-proto", 1),
            Map.entry("check-send-proxy", 0), Map.entry("check-sni", 1), Map.entry("check-ssl", 0),
            Map.entry("check-via-socks4", 0), Map.entry("ciphers", 1), Map.entry("ciphersuites", 1),
            Map.entry("cookie", 1), Map.entry("crl-file", 1), Map.entry("crt", 1), Map.entry("disabled", 0),
            Map.entry("downinter", 1), Map.entry("enabled", 0), Map.entry("error-limit", 1), Map.entry("fall", 1),
            Map.entry("fastinter", 1), Map.entry("force-sslv3", 0), Map.entry("force-tlsv10", 0),
            Map.entry("force-tlsv11", 0), Map.entry("force-tlsv12", 0), Map.entry("force-tlsv13", 0),
            Map.entry("id", 1), Map.entry("init-addr", 1), Map.entry("inter", 1), Map.entry("log-proto", 1),
            Map.entry("maxconn", 1), Map.entry("maxqueue", 1), Map.entry("max-reuse", 1), Map.entry("minconn", 1),
            Map.entry("namespace", 1), Map.entry("no-agent-check", 0), Map.entry("no-backup", 0),
            Map.entry("no-check", 0), Map.entry("no-check-ssl", 0), Map.entry("no-send-proxy", 0),
            Map.entry("no-send-proxy-v2", 0), Map.entry("no-send-proxy-v2-ssl", 0),
            Map.entry("no-send-proxy-v2-ssl-cn", 0), Map.entry("no-ssl", 0), Map.entry("no-ssl-reuse", 0),
            Map.entry("no-sslv3", 0), Map.entry("no-tls-tickets", 0), Map.entry("no-tlsv10", 0),
            Map.entry("no-tlsv11", 0), Map.entry("no-tlsv12", 0), Map.entry("no-tlsv13", 0),
            Map.entry("no-tfo", 0), Map.entry("non-stick", 0), Map.entry("npn", 1),
            Map.entry("observe", 1), Map.entry("on-error", 1), Map.entry("on-marked-down", 1),
            Map.entry("on-marked-up", 1), Map.entry("pool-low-conn", 1), Map.entry("pool-max-conn", 1),
            Map.entry("pool-purge-delay", 1), Map.entry("port", 1), Map.entry("proto", 1), Map.entry("redir", 1),
            Map.entry("resolve-net", 1), Map.entry("resolve-opts", 1), Map.entry("resolve-prefer", 1),
            Map.entry("resolvers", 1), Map.entry("rise", 1), Map.entry("send-proxy", 0),
            Map.entry("send-proxy-v2", 0), Map.entry("send-proxy-v2-ssl", 0), Map.entry("send-proxy-v2-ssl-cn", 0),
            Map.entry("slowstart", 1),
            Map.entry("sni", 1), Map.entry("socks4", 1), Map.entry("source", 1), Map.entry("ssl", 0),
            Map.entry("ssl-max-ver", 1), Map.entry("ssl-min-ver", 1), Map.entry("ssl-reuse", 0),
            Map.entry("stick", 0), Map.entry("tcp-ut", 1), Map.entry("tfo", 0), Map.entry("tls-tickets", 0),
            Map.entry("track", 1), Map.entry("verify", 1), Map.entry("verifyhost", 1), Map.entry("weight", 1),
            Map.entry("ws", 1), Map.entry("no-check-send-proxy", 0), Map.entry("proxy-v2-options", 1),
            Map.entry("usesrc", 1));

    /** The actions HAProxy 2.6.12 lists when an {@code http-request} action is unknown, in its order. */
    static final List<String> HTTP_REQUEST_ACTIONS = List.of(
            "wait-for-handshake", "ot-group", "set-log-level", "set-nice", "use-service", "sc-inc-gpc(*)",
            "sc-inc-gpc0(*)", "sc-inc-gpc1(*)", "sc-set-gpt(*)", "sc-set-gpt0(*)", "send-spoe-group",
            "do-resolve(*)", "cache-use", "add-acl(*)", "add-header", "allow", "auth", "capture", "del-acl(*)",
            "del-header", "del-map(*)", "deny", "disable-l7-retry", "early-hint", "normalize-uri", "redirect",
            "reject", "replace-header", "replace-path", "replace-pathq", "replace-uri", "replace-value", "return",
            "set-header", "set-map(*)", "set-method", "set-path", "set-pathq", "set-query", "set-uri",
            "strict-mode", "tarpit", "track-sc(*)", "set-timeout", "wait-for-body", "set-var-fmt(*)", "set-var(*)",
            "unset-var(*)", "set-dst", "set-dst-port", "set-mark", "set-src", "set-src-port", "set-tos",
            "silent-drop", "set-priority-class", "set-priority-offset");

    /**
     * Most arguments some keywords take; more is fatal (HAProxy's {@code alertif_too_many_args}). Proxy sections.
     */
    static final Map<String, Integer> PROXY_MAX_ARGS = Map.ofEntries(Map.entry("mode", 1), Map.entry("retries", 1),
            Map.entry("default_backend", 1), Map.entry("maxconn", 1), Map.entry("fullconn", 1),
            Map.entry("backlog", 1), Map.entry("id", 1), Map.entry("disabled", 0), Map.entry("enabled", 0),
            Map.entry("persist", 1), Map.entry("transparent", 0), Map.entry("dispatch", 1),
            Map.entry("monitor-uri", 1), Map.entry("server-state-file-name", 1));

    /** The same for the global section. */
    static final Map<String, Integer> GLOBAL_MAX_ARGS = Map.ofEntries(Map.entry("daemon", 0),
            Map.entry("master-worker", 1), Map.entry("noepoll", 0), Map.entry("nokqueue", 0),
            Map.entry("noevports", 0), Map.entry("nopoll", 0), Map.entry("busy-polling", 0),
            Map.entry("set-dumpable", 0), Map.entry("insecure-fork-wanted", 0),
            Map.entry("insecure-setuid-wanted", 0), Map.entry("nosplice", 0), Map.entry("nogetaddrinfo", 0),
            Map.entry("noreuseport", 0), Map.entry("quiet", 0), Map.entry("zero-warning", 0),
            Map.entry("tune.runqueue-depth", 1), Map.entry("tune.maxpollevents", 1), Map.entry("tune.maxaccept", 1),
            Map.entry("tune.recv_enough", 1), Map.entry("tune.buffers.limit", 1),
            Map.entry("tune.buffers.reserve", 1), Map.entry("tune.bufsize", 1), Map.entry("tune.maxrewrite", 1),
            Map.entry("tune.idletimer", 1), Map.entry("tune.rcvbuf.client", 1), Map.entry("tune.rcvbuf.server", 1),
            Map.entry("tune.sndbuf.client", 1), Map.entry("tune.sndbuf.server", 1), Map.entry("tune.pipesize", 1),
            Map.entry("tune.http.cookielen", 1), Map.entry("tune.http.logurilen", 1),
            Map.entry("tune.http.maxhdr", 1), Map.entry("tune.comp.maxlevel", 1), Map.entry("cluster-secret", 1),
            Map.entry("uid", 1), Map.entry("gid", 1), Map.entry("external-check", 0), Map.entry("user", 1),
            Map.entry("group", 1), Map.entry("maxconn", 1), Map.entry("ssl-server-verify", 1),
            Map.entry("maxconnrate", 1), Map.entry("maxsessrate", 1), Map.entry("maxsslrate", 1),
            Map.entry("maxcomprate", 1), Map.entry("maxpipes", 1), Map.entry("maxzlibmem", 1),
            Map.entry("maxcompcpuusage", 1), Map.entry("fd-hard-limit", 1), Map.entry("ulimit-n", 1),
            Map.entry("chroot", 1), Map.entry("node", 1), Map.entry("pidfile", 1), Map.entry("log-tag", 1),
            Map.entry("spread-checks", 1), Map.entry("max-spread-checks", 1), Map.entry("strict-limits", 0),
            Map.entry("localpeer", 1));

    /**
     * Global keywords that need an argument, with HAProxy's message when it is missing (after
     * {@code parsing [f:N] : }, or {@code parsing [f:N]: } when the flag is false).
     */
    static final Map<String, Map.Entry<Boolean, String>> GLOBAL_ARG_MESSAGES = Map.ofEntries(
            Map.entry("tune.runqueue-depth", Map.entry(true, "'tune.runqueue-depth' expects an integer argument.")),
            Map.entry("tune.maxpollevents", Map.entry(true, "'tune.maxpollevents' expects an integer argument.")),
            Map.entry("tune.maxaccept", Map.entry(true, "'tune.maxaccept' expects an integer argument.")),
            Map.entry("tune.recv_enough", Map.entry(true, "'tune.recv_enough' expects an integer argument.")),
            Map.entry("tune.buffers.limit", Map.entry(true, "'tune.buffers.limit' expects an integer argument.")),
            Map.entry("tune.buffers.reserve", Map.entry(true, "'tune.buffers.reserve' expects an integer argument.")),
            Map.entry("tune.bufsize", Map.entry(true, "'tune.bufsize' expects an integer argument.")),
            Map.entry("tune.maxrewrite", Map.entry(true, "'tune.maxrewrite' expects an integer argument.")),
            Map.entry("tune.idletimer", Map.entry(true, "'tune.idletimer' expects a timer value between 0 and 65535 ms.")),
            Map.entry("tune.rcvbuf.client", Map.entry(true, "'tune.rcvbuf.client' expects an integer argument.")),
            Map.entry("tune.rcvbuf.server", Map.entry(true, "'tune.rcvbuf.server' expects an integer argument.")),
            Map.entry("tune.sndbuf.client", Map.entry(true, "'tune.sndbuf.client' expects an integer argument.")),
            Map.entry("tune.sndbuf.server", Map.entry(true, "'tune.sndbuf.server' expects an integer argument.")),
            Map.entry("tune.pipesize", Map.entry(true, "'tune.pipesize' expects an integer argument.")),
            Map.entry("tune.http.cookielen", Map.entry(true, "'tune.http.cookielen' expects an integer argument.")),
            Map.entry("tune.http.logurilen", Map.entry(true, "'tune.http.logurilen' expects an integer argument.")),
            Map.entry("tune.http.maxhdr", Map.entry(true, "'tune.http.maxhdr' expects an integer argument.")),
            Map.entry("cluster-secret", Map.entry(true, "expects an ASCII string argument.")),
            Map.entry("uid", Map.entry(true, "'uid' expects an integer argument.")),
            Map.entry("gid", Map.entry(true, "'gid' expects an integer argument.")),
            Map.entry("maxconn", Map.entry(true, "'maxconn' expects an integer argument.")),
            Map.entry("ssl-server-verify", Map.entry(true, "'ssl-server-verify' expects an integer argument.")),
            Map.entry("maxconnrate", Map.entry(true, "'maxconnrate' expects an integer argument.")),
            Map.entry("maxsessrate", Map.entry(true, "'maxsessrate' expects an integer argument.")),
            Map.entry("maxsslrate", Map.entry(true, "'maxsslrate' expects an integer argument.")),
            Map.entry("maxcomprate", Map.entry(true, "'maxcomprate' expects an integer argument in kb/s.")),
            Map.entry("maxpipes", Map.entry(true, "'maxpipes' expects an integer argument.")),
            Map.entry("maxzlibmem", Map.entry(true, "'maxzlibmem' expects an integer argument.")),
            Map.entry("maxcompcpuusage", Map.entry(true, "'maxcompcpuusage' expects an integer argument between 0 and 100.")),
            Map.entry("fd-hard-limit", Map.entry(true, "'fd-hard-limit' expects an integer argument.")),
            Map.entry("ulimit-n", Map.entry(true, "'ulimit-n' expects an integer argument.")),
            Map.entry("chroot", Map.entry(true, "'chroot' expects a directory as an argument.")),
            Map.entry("pidfile", Map.entry(true, "'pidfile' expects a file name as an argument.")),
            Map.entry("log-tag", Map.entry(true, "'log-tag' expects a tag for use in syslog.")),
            Map.entry("spread-checks", Map.entry(false, "'spread-checks' expects an integer argument (0..50).")),
            Map.entry("max-spread-checks", Map.entry(false, "'max-spread-checks' expects an integer argument (0..50).")),
            Map.entry("unsetenv", Map.entry(false, "'unsetenv' expects at least one variable name.")),
            Map.entry("localpeer", Map.entry(true, "'localpeer' expects a name as an argument.")));

    /**
     * Keywords a defaults section may not hold, with whether HAProxy's message has a space before the colon
     * ({@code parsing [f:N] : } rather than {@code parsing [f:N]: }).
     */
    static final Map<String, Boolean> NOT_IN_DEFAULTS = Map.ofEntries(Map.entry("bind", true),
            Map.entry("redirect", true), Map.entry("use_backend", true), Map.entry("use-server", true),
            Map.entry("force-persist", true), Map.entry("ignore-persist", true), Map.entry("stick", true),
            Map.entry("monitor", true), Map.entry("dispatch", true), Map.entry("id", false),
            Map.entry("description", false));

    /** Predefined ACLs of HAProxy 2.6 (CFG 7.4). */
    static final Set<String> PREDEFINED_ACLS = Set.of("FALSE", "HTTP", "HTTP_1.0", "HTTP_1.1", "HTTP_2.0",
            "HTTP_CONTENT", "HTTP_URL_ABS", "HTTP_URL_SLASH", "HTTP_URL_STAR", "LOCALHOST", "METH_CONNECT",
            "METH_DELETE", "METH_GET", "METH_HEAD", "METH_OPTIONS", "METH_POST", "METH_PUT", "METH_TRACE",
            "RDP_COOKIE", "REQ_CONTENT", "TRUE", "WAIT_END");

    /** Accepted proxy keywords and options that need frontend capability (HAProxy warns and ignores them). */
    static final Set<String> FRONTEND_ONLY = Set.of("monitor-uri", "backlog", "capture", "monitor", "rate-limit",
            "option clitcpka", "option http-ignore-probes", "option socket-stats", "option tcp-smart-accept",
            "option accept-invalid-http-request", "option disable-h2-upgrade", "option dontlognull",
            "option contstats", "option log-separate-errors", "option h1-case-adjust-bogus-client");

    /** Accepted proxy keywords and options that need backend capability. */
    static final Set<String> BACKEND_ONLY = Set.of("hash-type", "fullconn", "cookie", "dispatch", "http-reuse",
            "use-server", "stick", "http-send-name-header", "persist", "hash-balance-factor",
            "option http-pretend-keepalive", "option prefer-last-server", "option checkcache", "option srvtcpka",
            "option transparent", "option abortonclose", "option log-health-checks", "option persist",
            "option tcp-smart-connect", "option accept-invalid-http-response", "option h1-case-adjust-bogus-server");

    /**
     * Which capability a statement the lab keeps as written needs: 'F' frontend, 'B' backend, or ' ' either
     * (reference §6.2 matrix). Lets the writer drop what HAProxy would only warn about.
     */
    static char capability(List<String> words) {
        String kw = words.get(0);
        String key = kw.equals("option") && words.size() > 1 ? "option " + words.get(1) : kw;
        if (FRONTEND_ONLY.contains(key) || Set.of("option httplog", "option tcplog", "option httpslog", "maxconn",
                "log-format", "timeout client", "timeout client-fin").contains(key)) {
            return 'F';
        }
        if (kw.equals("timeout") && words.size() > 1) {
            String t = words.get(1);
            if (t.equals("client") || t.equals("client-fin")) {
                return 'F';
            }
            if (Set.of("server", "connect", "check", "queue", "tunnel", "server-fin").contains(t)) {
                return 'B';
            }
        }
        return BACKEND_ONLY.contains(key) ? 'B' : ' ';
    }

    /** Global settings HAProxy takes once (a second one gets "already specified. Continuing."). */
    static final Set<String> GLOBAL_SINGLE = Set.of("tune.runqueue-depth", "tune.maxpollevents", "tune.maxaccept",
            "tune.rcvbuf.client", "tune.rcvbuf.server", "tune.sndbuf.client", "tune.sndbuf.server", "cluster-secret",
            "maxconn", "maxconnrate", "maxsessrate", "maxsslrate", "maxpipes", "fd-hard-limit", "ulimit-n", "chroot",
            "pidfile", "log-send-hostname", "server-state-base", "server-state-file");

    /** Accounts a Debian machine with the haproxy package has, for {@code user} and {@code group}. */
    static final Set<String> SYSTEM_ACCOUNTS = Set.of("haproxy", "root", "nobody", "nogroup", "daemon",
            "www-data");

    /** The error pages Debian's haproxy package installs (the tutorial's errorfile lines use them). */
    static final Set<String> DEBIAN_ERROR_FILES = Set.of("/etc/haproxy/errors/400.http",
            "/etc/haproxy/errors/403.http", "/etc/haproxy/errors/408.http", "/etc/haproxy/errors/500.http",
            "/etc/haproxy/errors/502.http", "/etc/haproxy/errors/503.http", "/etc/haproxy/errors/504.http");

    /** Status codes {@code errorfile} accepts in 2.6. */
    static final Set<Integer> ERRORFILE_CODES = Set.of(200, 400, 401, 403, 404, 405, 407, 408, 410, 413, 425, 429,
            500, 501, 502, 503, 504);
}
