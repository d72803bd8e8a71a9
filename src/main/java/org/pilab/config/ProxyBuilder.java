package org.pilab.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable state of one {@code defaults}, {@code frontend}, {@code backend} or {@code listen} section while it is
 * parsed. A proxy starts as a copy of the preceding {@code defaults} (reference §6.2), the way HAProxy 2.6 presets
 * a new proxy from its defaults proxy.
 */
final class ProxyBuilder {

    /** Null for a {@code defaults} section. */
    final ProxyKind kind;
    final String name;
    final int line;

    ProxyMode mode = ProxyMode.TCP;
    final List<Bind> binds = new ArrayList<>();
    String defaultBackend;
    Balance balance;
    final List<Server> servers = new ArrayList<>();
    ServerTemplate defaultServer = ServerTemplate.initial();
    HttpCheck httpCheck;
    HttpCheckExpect httpCheckExpect;
    /** {@code http-check send} parts, applied over {@code option httpchk} whichever comes first. */
    HttpCheckSend httpCheckSend;
    /** Line of the first {@code http-check} rule, for the "rules are ignored" warning. */
    int httpCheckRulesLine;
    boolean forwardFor;
    final List<HeaderRule> requestRules = new ArrayList<>();
    final List<AccessRule> accessRules = new ArrayList<>();
    Duration connect;
    Duration client;
    Duration server;
    Duration check;
    Duration httpRequest;
    Duration queue;
    int retries = Proxy.DEFAULT_RETRIES;
    boolean redispatch;
    boolean allBackups;
    boolean statsEnabled;
    String statsUri;
    String statsRealm;
    final List<String> statsAuth = new ArrayList<>();
    boolean statsHideVersion;
    Duration statsRefresh;
    Condition statsAdmin;
    final Map<Integer, String> errorFiles = new LinkedHashMap<>();
    final List<Acl> acls = new ArrayList<>();
    final List<UseBackend> useBackends = new ArrayList<>();
    final List<Statement> extra = new ArrayList<>();
    /** Lines of http-request rules the lab does not model (e.g. redirect), for the inheritance check. */
    final List<Integer> ruleLines = new ArrayList<>();
    /** A log format is set ({@code option httplog}, {@code tcplog}, {@code log-format}). */
    boolean logFormat;
    /** HTTP-only statements used here ({@code http-request}, {@code redirect}, ...): ignored in TCP mode. */
    final java.util.Set<String> httpOnly = new java.util.LinkedHashSet<>();
    /** Line of {@code option httplog|httpslog}, 0 when unset: they need HTTP mode. */
    int httpLogLine;
    String httpLogName;
    /** Which statement set the log format, as HAProxy names it ({@code option httplog}, {@code log-format}). */
    String logFormatName;
    /** A log address is set ({@code log <addr>}, or {@code log global} with a global {@code log}). */
    boolean logTarget;
    /** Addresses of 'bind' lines in a backend: ignored, yet HAProxy still counts them as listeners. */
    int ignoredBinds;
    /** Rule kinds seen so far, for HAProxy's "placed after ... will still be processed before" warnings. */
    boolean seenRedirect;
    boolean seenUseBackend;
    boolean seenUseServer;
    /** For a defaults section with rules: the kind of the first proxy that inherited it. */
    ProxyKind inheritedBy;

    ProxyBuilder(ProxyKind kind, String name, int line) {
        this.kind = kind;
        this.name = name;
        this.line = line;
    }

    boolean isDefaults() {
        return kind == null;
    }

    boolean hasFrontend() {
        return kind == null || kind.hasFrontend();
    }

    boolean hasBackend() {
        return kind == null || kind.hasBackend();
    }

    /** HAProxy's {@code proxy_type_str()}: a listen section is called "proxy" in messages. */
    String typeWord() {
        if (kind == null) {
            return "defaults";
        }
        return switch (kind) {
            case FRONTEND -> "frontend";
            case BACKEND -> "backend";
            case LISTEN -> "proxy";
        };
    }

    /** Starts a new proxy from the settings of <defaults>, like HAProxy's {@code init_new_proxy} + preset. */
    static ProxyBuilder from(ProxyBuilder defaults, ProxyKind kind, String name, int line) {
        ProxyBuilder p = new ProxyBuilder(kind, name, line);
        p.mode = defaults.mode;
        // default_backend from defaults only reaches sections that can use it (HAProxy 2.6 proxy preset)
        p.defaultBackend = kind != null && kind.hasFrontend() ? defaults.defaultBackend : null;
        p.balance = defaults.balance;
        p.defaultServer = defaults.defaultServer.copy();
        p.httpCheck = defaults.httpCheck;
        p.httpCheckExpect = defaults.httpCheckExpect;
        p.httpCheckSend = defaults.httpCheckSend;
        p.httpCheckRulesLine = defaults.httpCheckRulesLine;
        p.forwardFor = defaults.forwardFor;
        p.connect = defaults.connect;
        p.client = defaults.client;
        p.server = defaults.server;
        p.check = defaults.check;
        p.httpRequest = defaults.httpRequest;
        p.queue = defaults.queue;
        p.retries = defaults.retries;
        p.redispatch = defaults.redispatch;
        p.allBackups = defaults.allBackups;
        p.statsEnabled = defaults.statsEnabled;
        p.statsUri = defaults.statsUri;
        p.statsRealm = defaults.statsRealm;
        p.statsAuth.addAll(defaults.statsAuth);
        p.statsHideVersion = defaults.statsHideVersion;
        p.statsRefresh = defaults.statsRefresh;
        p.errorFiles.putAll(defaults.errorFiles);
        // named defaults may carry http-request rules (reference §6.2); they run before the proxy's own
        p.requestRules.addAll(defaults.requestRules);
        p.accessRules.addAll(defaults.accessRules);
        p.extra.addAll(defaults.extra);
        p.logFormat = defaults.logFormat;
        p.logFormatName = defaults.logFormatName;
        p.logTarget = defaults.logTarget;
        p.httpLogLine = defaults.httpLogLine;
        p.httpLogName = defaults.httpLogName;
        if (!defaults.requestRules.isEmpty() || !defaults.accessRules.isEmpty() || !defaults.ruleLines.isEmpty()) {
            p.httpOnly.add("http-request");
        }
        return p;
    }

    boolean usesStats() {
        return statsEnabled || statsUri != null || statsRealm != null || !statsAuth.isEmpty() || statsHideVersion
                || statsRefresh != null || statsAdmin != null;
    }

    Proxy build() {
        StatsSettings stats = usesStats()
                ? new StatsSettings(true, statsUri == null ? StatsSettings.DEFAULT_URI : statsUri,
                        statsRealm == null ? StatsSettings.DEFAULT_REALM : statsRealm, statsAuth, statsHideVersion,
                        statsRefresh, statsAdmin)
                : StatsSettings.disabled();
        boolean fe = kind.hasFrontend();
        boolean be = kind.hasBackend();
        return new Proxy(name, kind, line, mode, fe ? binds : List.of(), fe ? defaultBackend : null,
                balance == null ? Balance.roundRobin() : balance, be ? servers : List.of(),
                be ? httpCheck : null, forwardFor, requestRules,
                new Timeouts(be ? connect : null, fe ? client : null, be ? server : null, be ? check : null,
                        httpRequest, be ? queue : null),
                retries, redispatch, stats, errorFiles, acls, fe ? useBackends : List.of(), accessRules,
                be && httpCheck != null ? httpCheckExpect : null, allBackups, extra);
    }
}
