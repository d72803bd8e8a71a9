package org.pilab.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks HAProxy 2.6 makes once the whole file is read ({@code check_config_validity()} and server address
 * initialisation). HAProxy only gets here when reading found no fatal error. It walks the proxies in declaration
 * order (checked on 2.6.12 with three missing default_backend targets), so findings come in that order.
 */
final class ValidityChecks {

    private static final String TIMEOUTS_TAIL = ".\n   | While not properly invalid, you will certainly encounter "
            + "various problems\n   | with such a configuration. To fix this, please ensure that all following\n"
            + "   | timeouts are set to a non-zero value: 'client', 'connect', 'server'.";

    private final String fileName;
    private final List<ProxyBuilder> proxies;
    private final Findings f;

    private ValidityChecks(String fileName, List<ProxyBuilder> proxies, Findings findings) {
        this.fileName = fileName;
        this.proxies = proxies;
        this.f = findings;
    }

    static void run(String fileName, List<ProxyBuilder> proxies, Findings findings) {
        new ValidityChecks(fileName, proxies, findings).run();
    }

    private void run() {
        for (int i = 0; i < proxies.size(); i++) {
            check(proxies.get(i));
        }
        for (int i = 0; i < proxies.size(); i++) {
            checkPorts(proxies.get(i));
        }
        if (f.hasErrors()) {
            return; // HAProxy exits before initialising server addresses
        }
        boolean unresolved = false;
        for (int i = 0; i < proxies.size(); i++) {
            ProxyBuilder p = proxies.get(i);
            for (Server s : p.servers) {
                unresolved |= checkAddress(p, s);
            }
        }
        if (unresolved) {
            f.error(null, "Some server addresses could not be used.", "Fix the addresses reported above.",
                    "Failed to initialize server(s) addr.");
        }
    }

    /** {@code check_config_validity()}, in its order for one proxy (reference §6.5). */
    private void check(ProxyBuilder p) {
        if (p.hasFrontend() && p.binds.isEmpty()) {
            f.warning(p.line, p.typeWord() + " '" + p.name + "' listens nowhere: it has no 'bind' line.",
                    "Add e.g. 'bind *:80', or declare it as a backend.",
                    p.typeWord() + " '" + p.name + "' has no 'bind' directive. Please declare it as a backend if "
                            + "this was intended.");
        }
        if (p.hasBackend() && p.httpCheckRulesLine > 0 && p.httpCheck == null) {
            f.warning(p.httpCheckRulesLine, "'http-check' rules of '" + p.name + "' do nothing without "
                            + "'option httpchk'.", "Add 'option httpchk' to the backend.",
                    p.typeWord() + " '" + p.name + "' uses http-check rules without 'option httpchk', so the "
                            + "rules are ignored.");
        }
        if (p.defaultBackend != null && (p.hasFrontend() || p.kind == ProxyKind.BACKEND)) {
            ProxyBuilder target = findBackend(p.defaultBackend);
            if (target == p) {
                f.error(p.line, "'" + p.name + "' uses itself as its default_backend.",
                        "Point default_backend at another backend.",
                        "Proxy '" + p.name + "': loop detected for default_backend: '" + p.defaultBackend + "'.");
            } else if (target == null) {
                f.error(p.line, "default_backend '" + p.defaultBackend + "' of '" + p.name + "' does not exist.",
                        missingBackendHint(p.defaultBackend),
                        "Proxy '" + p.name + "': unable to find required default_backend: '" + p.defaultBackend
                                + "'.");
            } else if (incompatible(p, target)) {
                modeError(p, target, "as its default backend");
            }
        }
        for (UseBackend u : p.useBackends) {
            if (u.backend().contains("%[")) {
                continue; // chosen per request
            }
            ProxyBuilder target = findBackend(u.backend());
            if (target == null) {
                f.error(u.line(), "use_backend '" + u.backend() + "' of '" + p.name + "' does not exist.",
                        missingBackendHint(u.backend()),
                        "Proxy '" + p.name + "': unable to find required use_backend: '" + u.backend() + "'.");
            } else if (target == p) {
                f.error(u.line(), "'" + p.name + "' sends requests to itself with use_backend.",
                        "Point use_backend at another backend.",
                        "Proxy '" + p.name + "': loop detected for use_backend: '" + u.backend() + "'.");
            } else if (incompatible(p, target)) {
                modeError(p, target, "in a 'use_backend' rule");
            }
        }
        // a zero timeout is no timeout (HAProxy: infinite)
        boolean missing = (p.hasFrontend() && unset(p.client))
                || (p.hasBackend() && !p.servers.isEmpty() && (unset(p.connect) || unset(p.server)));
        if (missing) {
            f.warning(p.line, "'" + p.name + "' has no timeouts: idle connections would never be closed.",
                    "Set 'timeout connect 5s', 'timeout client 50s' and 'timeout server 50s' (e.g. in defaults).",
                    "missing timeouts for " + p.typeWord() + " '" + p.name + "'" + TIMEOUTS_TAIL);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Server s : p.servers) {
            Integer first = seen.putIfAbsent(s.name(), s.line());
            if (first != null) {
                f.error(s.line(), "Backend '" + p.name + "' already has a server named '" + s.name() + "' (line "
                                + first + ").",
                        "Give every server of a backend its own name, e.g. raspberrypi04.",
                        "parsing [" + fileName + ":" + s.line() + "] : " + p.typeWord() + " '" + p.name
                                + "', another server named '" + s.name() + "' was already defined at line " + first
                                + ", please use distinct names.");
            }
        }
        if (p.hasFrontend() && p.logFormat && !p.logTarget) {
            f.warning(p.line, "'" + p.name + "' sets a log format but logs nowhere.",
                    "Add 'log global' (with a 'log' line in global) or remove 'option httplog'.",
                    "log format ignored for " + p.typeWord() + " '" + p.name + "' since it has no log address.");
        }
        if (p.usesStats() && p.mode != ProxyMode.HTTP) {
            f.warning(p.line, "The stats page of '" + p.name + "' is off because the section is in TCP mode.",
                    "Add 'mode http' to the section (or to defaults).",
                    "'stats' statement ignored for " + p.typeWord() + " '" + p.name + "' as it requires HTTP mode.");
        }
        if (p.mode != ProxyMode.HTTP) {
            for (String kw : p.httpOnly) {
                String what = kw.equals("capture") ? "'capture' statement ignored for " : "'" + kw + "' rules ignored for ";
                String tail = kw.equals("capture") ? "' as it requires HTTP mode." : "' as they require HTTP mode.";
                f.warning(p.line, "'" + kw + "' does nothing in '" + p.name + "': it is in TCP mode.",
                        "Add 'mode http' to the section (or to defaults).",
                        what + p.typeWord() + " '" + p.name + tail);
            }
        }
        if (p.hasFrontend() && p.httpLogLine > 0 && p.mode != ProxyMode.HTTP) {
            f.warning(p.httpLogLine, "'option " + p.httpLogName + "' needs 'mode http'; '" + p.name + "' logs like "
                            + "'option tcplog' instead.", "Add 'mode http', or write 'option tcplog'.",
                    "parsing [" + fileName + ":" + p.httpLogLine + "] : 'option " + p.httpLogName
                            + "' not usable with " + p.typeWord() + " '" + p.name + "' (needs 'mode http'). Falling "
                            + "back to 'option tcplog'.");
        }
    }

    /** HAProxy's post-server-check hook {@code init_srv_check()}: a checked server needs a port. */
    private void checkPorts(ProxyBuilder p) {
        for (Server s : p.servers) {
            // an address still to be resolved is skipped here; its resolution fails later (srv_init_addr)
            if (s.check() && s.port() == null && s.checkPort() == null && resolvable(s.host())) {
                f.error(s.line(), "Server '" + s.name() + "' has 'check' but no port to check.",
                        "Add the port to the address (e.g. " + s.host() + ":8000) or add 'port <n>'.",
                        "config: " + p.typeWord() + " '" + p.name + "': server '" + s.name()
                                + "' has neither service port nor check port"
                                + (p.httpCheck != null ? " nor tcp_check rule 'connect' with port information." : "."));
            }
        }
    }

    private static boolean unset(java.time.Duration d) {
        return d == null || d.isZero();
    }

    /** An HTTP frontend cannot hand requests to a TCP backend (the reverse is allowed). */
    private static boolean incompatible(ProxyBuilder from, ProxyBuilder to) {
        return from.mode != to.mode && !(from.mode == ProxyMode.TCP && to.mode == ProxyMode.HTTP);
    }

    private void modeError(ProxyBuilder p, ProxyBuilder target, String where) {
        String mode = p.mode == ProxyMode.HTTP ? "http" : "tcp";
        String targetMode = target.mode == ProxyMode.HTTP ? "http" : "tcp";
        f.error(p.line, "'" + p.name + "' is in " + mode + " mode but its backend '" + target.name + "' is in "
                        + targetMode + " mode.",
                "Give both sections the same 'mode' (e.g. 'mode http' in defaults).",
                mode + " " + p.typeWord() + " '" + p.name + "' (" + fileName + ":" + p.line + ") tries to use "
                        + "incompatible " + targetMode + " " + target.typeWord() + " '" + target.name + "' ("
                        + fileName + ":" + target.line + ") " + where + " (see 'mode').");
    }

    private static boolean resolvable(String host) {
        return host.isEmpty() || host.equals("*") || host.equals("localhost") || host.contains(":")
                || host.startsWith("/") || host.contains("@") || ListenAddress.isIpv4(host);
    }

    private String missingBackendHint(String name) {
        String best = DidYouMean.best(name, proxies.stream().filter(ProxyBuilder::hasBackend).map(b -> b.name)
                .toList());
        return best == null ? "Declare 'backend " + name + "', or fix the name." : "Did you mean '" + best + "'?";
    }

    private ProxyBuilder findBackend(String name) {
        return proxies.stream().filter(b -> b.hasBackend() && b.name.equals(name)).findFirst().orElse(null);
    }

    /** True when HAProxy could not use the address: a bad numeric one ({@code 999.1.1.1}) or a host name. */
    private boolean checkAddress(ProxyBuilder p, Server s) {
        String host = s.host();
        if (host.isEmpty() || host.equals("*") || host.equals("localhost") || host.startsWith("/")
                || host.contains("@")) {
            return false; // any address, a UNIX socket path or a prefixed address (unix@, ipv4@...)
        }
        if (host.contains(":")) {
            String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            if (ListenAddress.isIpv6(literal)) {
                return false;
            }
            f.error(s.line(), "'" + host + "' is not a usable address (server '" + s.name() + "').",
                    "Write an IPv6 address in brackets with its port, e.g. [::1]:8000.",
                    "[" + fileName + ":" + s.line() + "] : 'server " + p.name + "/" + s.name()
                            + "' : could not resolve address '" + host + "'.");
            return true;
        }
        if (ListenAddress.looksNumeric(host)) {
            if (ListenAddress.isIpv4(host)) {
                return false;
            }
            f.error(s.line(), "'" + host + "' is not a valid IPv4 address (server '" + s.name() + "').",
                    "Each of the four numbers must be between 0 and 255, e.g. 192.168.1.200.",
                    "[" + fileName + ":" + s.line() + "] : 'server " + p.name + "/" + s.name()
                            + "' : could not resolve address '" + host + "'.");
            return true;
        }
        // the lab resolves no names, like a Pi without DNS: haproxy -c on the lab machine rejects them too
        f.error(s.line(), "'" + host + "' is a host name; HAProxy must resolve it when it starts, and the lab "
                        + "cannot (server '" + s.name() + "').",
                "Use the Pi's IP address, e.g. 192.168.1.200 (or localhost).",
                "[" + fileName + ":" + s.line() + "] : 'server " + p.name + "/" + s.name()
                        + "' : could not resolve address '" + host + "'.");
        return true;
    }
}
