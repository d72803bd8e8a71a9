package org.pilab.config;

import java.util.List;
import java.util.Set;

/**
 * Checks a {@code log <address> [len <n>] [format <f>] [sample <r>:<s>] <facility> [<level> [<minlevel>]]} line
 * the way HAProxy 2.6's {@code parse_logsrv()} does, in its order: the address itself is read last.
 */
final class LogLine {

    private LogLine() {
    }

    private static final Set<String> FACILITIES = Set.of("kern", "user", "mail", "daemon", "auth", "syslog", "lpr",
            "news", "uucp", "cron", "auth2", "ftp", "ntp", "audit", "alert", "cron2", "local0", "local1", "local2",
            "local3", "local4", "local5", "local6", "local7");
    private static final Set<String> LEVELS = Set.of("emerg", "alert", "crit", "err", "warning", "notice", "info",
            "debug");
    private static final Set<String> FORMATS = Set.of("local", "rfc3164", "rfc5424", "priority", "short", "timed",
            "iso", "raw");

    /** What HAProxy says after {@code log : } about <words> (a whole {@code log ...} statement), or null. */
    static String problem(List<String> words, boolean global) {
        if (global && words.size() == 2 && "global".equals(words.get(1))) {
            return "'global' is not supported for a global syslog server";
        }
        if (words.size() < 3 || words.get(1).isEmpty() || words.get(2).isEmpty()) {
            return "expects <address> and <facility> " + (global ? "" : "or global") + " as arguments";
        }
        int cur = 2;
        if (word(words, cur).equals("len")) {
            Integer len = ListenAddress.leadingNumber(word(words, cur + 1));
            if (len == null || len < 80 || len > 65535) {
                return "invalid log length '" + word(words, cur + 1) + "', must be between 80 and 65535";
            }
            cur += 2;
        }
        if (word(words, cur).equals("format")) {
            if (!FORMATS.contains(word(words, cur + 1))) {
                return "unknown log format '" + word(words, cur + 1) + "'";
            }
            cur += 2;
        }
        if (word(words, cur).equals("sample")) {
            cur += 2;
        }
        if (!FACILITIES.contains(word(words, cur))) {
            return "unknown log facility '" + word(words, cur) + "'";
        }
        cur++;
        if (!word(words, cur).isEmpty()) {
            if (!LEVELS.contains(word(words, cur))) {
                return "unknown optional log level '" + word(words, cur) + "'";
            }
            cur++;
            if (!word(words, cur).isEmpty() && !LEVELS.contains(word(words, cur))) {
                return "unknown optional minimum log level '" + word(words, cur) + "'";
            }
        }
        String address = words.get(1);
        if (address.startsWith("/") || address.contains("@") || address.equals("stdout")
                || address.equals("stderr")) {
            return null;
        }
        // an IP address with an optional port; names are resolved at once and the lab resolves none
        String host = address;
        int colon = address.lastIndexOf(':');
        if (colon >= 0 && !(address.contains("::") && !address.startsWith("["))) {
            host = address.substring(0, colon);
        }
        boolean usable = host.isEmpty() || host.equals("localhost") || ListenAddress.isIpv4(host)
                || host.startsWith("[") || ListenAddress.isIpv6(host);
        return usable ? null : "invalid address: '" + address + "' in '" + address + "'";
    }

    private static String word(List<String> words, int i) {
        return i < words.size() ? words.get(i) : "";
    }
}
