package org.pilab.config;

/**
 * An {@code [addr]:port} word as {@code bind} reads it (reference §6.3): {@code *}, an empty address or
 * {@code 0.0.0.0} mean every IPv4 address. Port ranges and sockets other than IPv4/IPv6 are not simulated.
 */
final class ListenAddress {

    private ListenAddress() {
    }

    /** Why <word> is not a usable {@code [addr]:port} in the words of HAProxy's {@code 'bind' : ...}, or null. */
    static String problem(String word) {
        int colon = word.lastIndexOf(':');
        if (colon < 0) {
            return "missing port specification in '" + word + "'";
        }
        String host = word.substring(0, colon);
        String ports = word.substring(colon + 1);
        // str2sa_range() with a mandatory port and ranges allowed, as for bind
        if (ports.isEmpty()) {
            return "missing port specification in '" + word + "'";
        }
        char c = ports.charAt(0);
        if (c == '-' || c == '+') {
            return "port offset not permitted here in '" + word + "'";
        }
        if (!Character.isDigit(c)) {
            return "invalid character '" + c + "' in port number '" + ports + "' in '" + word + "'";
        }
        int dash = ports.indexOf('-');
        String firstText = dash < 0 ? ports : ports.substring(0, dash);
        String lastText = dash < 0 ? ports : ports.substring(dash + 1);
        int first = atoi(firstText);
        int last = atoi(lastText);
        if (first < 1 || first > 65535) {
            return "invalid port '" + firstText + "'";
        }
        if (last < 1 || last > 65535) {
            return "invalid port '" + lastText + "'";
        }
        if (first > last) {
            return "invalid port range '" + first + "-" + last + "'";
        }
        boolean usable = host.isEmpty() || host.equals("*") || host.equals("localhost") || host.startsWith("[")
                || host.contains("@") || (host.contains(":") && isIpv6(host)) || isIpv4(host);
        if (!usable) {
            // HAProxy resolves a bind name at once; the lab resolves none but localhost
            return "invalid address: '" + host + "' in '" + word + "'";
        }
        return null;
    }

    /** A legacy {@code listen name addr:port} address as a Bind, or null when it is not one. */
    static Bind parse(String word, int line) {
        if (word.contains(",") || problem(word) != null) {
            return null;
        }
        int colon = word.lastIndexOf(':');
        return new Bind(word.substring(0, colon), leadingNumber(word.substring(colon + 1)), line, true);
    }

    /** Like C's {@code atol}: the digits at the start (HAProxy accepts {@code 80a} as 80), or null when none. */
    static Integer leadingNumber(String s) {
        int i = 0;
        long v = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            v = Math.min(v * 10 + (s.charAt(i) - '0'), Integer.MAX_VALUE);
            i++;
        }
        return i == 0 ? null : (int) v;
    }

    static boolean looksNumeric(String host) {
        return !host.isEmpty() && host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    /** inet_aton-style IPv4 check for the dotted forms (HAProxy accepts {@code 1.2.3} too). */
    static boolean isIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length < 1 || parts.length > 4) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 10 || !parts[i].chars().allMatch(Character::isDigit)) {
                return false;
            }
            long v = Long.parseLong(parts[i]);
            long max = i == parts.length - 1 ? (1L << (8 * (4 - i))) - 1 : 255;
            if (v > max) {
                return false;
            }
        }
        return true;
    }

    /** Syntax check of an IPv6 literal: up to eight hex groups, at most one "::". */
    static boolean isIpv6(String host) {
        if (host.isEmpty() || host.indexOf("::") != host.lastIndexOf("::")) {
            return false;
        }
        String[] groups = host.split(":", -1);
        int filled = 0;
        for (String g : groups) {
            if (g.isEmpty()) {
                continue;
            }
            if (g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return false;
            }
            filled++;
        }
        boolean compressed = host.contains("::");
        if (!compressed && (host.startsWith(":") || host.endsWith(":"))) {
            return false;
        }
        return compressed ? filled < 8 : filled == 8;
    }

    /** C's {@code atoi}: optional leading spaces and sign, then digits; 0 when there are none. */
    static int atoi(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long v = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            v = Math.min(v * 10 + (s.charAt(i) - '0'), Integer.MAX_VALUE);
            i++;
        }
        return (int) (negative ? -v : v);
    }
}
