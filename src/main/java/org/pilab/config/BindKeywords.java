package org.pilab.config;

import java.util.Map;

/** {@code bind} options of HAProxy 2.6 and how many arguments each takes; none is simulated by the lab. */
final class BindKeywords {

    private BindKeywords() {
    }

    static final Map<String, Integer> ARGS = Map.ofEntries(
            Map.entry("accept-netscaler-cip", 1), Map.entry("accept-proxy", 0), Map.entry("allow-0rtt", 0),
            Map.entry("alpn", 1), Map.entry("backlog", 1), Map.entry("ca-file", 1), Map.entry("ca-ignore-err", 1),
            Map.entry("ca-sign-file", 1), Map.entry("ca-sign-pass", 1), Map.entry("ca-verify-file", 1),
            Map.entry("ciphers", 1), Map.entry("ciphersuites", 1), Map.entry("crl-file", 1), Map.entry("crt", 1),
            Map.entry("crt-ignore-err", 1), Map.entry("crt-list", 1), Map.entry("curves", 1),
            Map.entry("defer-accept", 0), Map.entry("ecdhe", 1), Map.entry("expose-fd", 1),
            Map.entry("force-sslv3", 0), Map.entry("force-tlsv10", 0), Map.entry("force-tlsv11", 0),
            Map.entry("force-tlsv12", 0), Map.entry("force-tlsv13", 0), Map.entry("generate-certificates", 0),
            Map.entry("gid", 1), Map.entry("group", 1), Map.entry("id", 1), Map.entry("interface", 1),
            Map.entry("level", 1), Map.entry("maxconn", 1), Map.entry("mode", 1), Map.entry("mss", 1),
            Map.entry("name", 1), Map.entry("namespace", 1), Map.entry("nbconn", 1), Map.entry("nice", 1),
            Map.entry("no-ca-names", 0), Map.entry("no-sslv3", 0), Map.entry("no-tls-tickets", 0),
            Map.entry("no-tlsv10", 0), Map.entry("no-tlsv11", 0), Map.entry("no-tlsv12", 0),
            Map.entry("no-tlsv13", 0), Map.entry("npn", 1), Map.entry("prefer-client-ciphers", 0),
            Map.entry("process", 1), Map.entry("proto", 1), Map.entry("shards", 1),
            Map.entry("quic-force-retry", 0), Map.entry("severity-output", 1), Map.entry("ssl", 0),
            Map.entry("ssl-max-ver", 1),
            Map.entry("ssl-min-ver", 1), Map.entry("strict-sni", 0), Map.entry("tcp-ut", 1), Map.entry("tfo", 0),
            Map.entry("thread", 1), Map.entry("tls-ticket-keys", 1), Map.entry("transparent", 0),
            Map.entry("uid", 1), Map.entry("user", 1), Map.entry("v4v6", 0), Map.entry("v6only", 0),
            Map.entry("verify", 1));

    /** What HAProxy says about the value of <keyword>, or null when it is fine (only the values the lab checks). */
    static String valueProblem(String keyword, String value) {
        String v = value == null ? "" : value;
        if (keyword.equals("mode") && (v.isEmpty() || !v.chars().allMatch(c -> c >= '0' && c <= '7'))) {
            return "'mode' : missing or invalid mode '" + v + "' (octal integer expected)";
        }
        if (keyword.equals("level") && v.isEmpty()) {
            return "'level' : missing level";
        }
        if (keyword.equals("level") && !java.util.Set.of("user", "operator", "admin").contains(v)) {
            return "'level' only supports 'user', 'operator', and 'admin' (got '" + v + "')";
        }
        return null;
    }
}
