package org.pilab.proxy.balance;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Source IP hashing load balancing algorithm ({@code balance source}, HAProxy's {@code get_server_sh}).
 *
 * <p>How it works: the 32-bit words of the client address are XORed, so an IPv4 address hashes to itself as an
 * integer, and the server is {@code map[h % tot]}: 127.0.0.1 (2130706433) over 3 equal servers takes slot 2, the
 * 3rd server. A client keeps its server while the usable servers stay the same. A missing or non-IP address falls
 * back to round robin. Reference: haproxy-2.6.md §2.4.
 *
 * <p>Not thread-safe: callers synchronise.
 */
final class Source<S> extends HashBalancer<S> {

    Source(List<S> handles, ToIntFunction<S> weight, Predicate<S> backup, Predicate<S> initiallyUsable,
           boolean allBackups, ToIntFunction<S> activeConnections, ToIntFunction<S> maxconn) {
        super(handles, weight, backup, initiallyUsable, allBackups, activeConnections, maxconn);
    }

    @Override
    OptionalLong hash(PickContext ctx) {
        String addr = ctx.clientAddress();
        if (addr == null || addr.isBlank()) {
            return OptionalLong.empty();
        }
        addr = addr.strip();
        if (addr.startsWith("[") && addr.contains("]")) {
            addr = addr.substring(1, addr.indexOf(']')); // [v6]:port
        }
        int colon = addr.indexOf(':');
        if (colon > 0 && colon == addr.lastIndexOf(':')) {
            addr = addr.substring(0, colon); // v4:port
        }
        Long v4 = parseIpv4(addr);
        if (v4 != null) {
            return OptionalLong.of(v4);
        }
        if (addr.indexOf(':') >= 0) {
            return ipv6(addr);
        }
        return OptionalLong.empty();
    }

    /** Dotted-quad IPv4 literal to its unsigned 32-bit value, or null when it is not one. */
    static Long parseIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return null;
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return null;
            }
            v = (v << 8) | octet;
        }
        return v;
    }

    /** XOR of the four 32-bit words of an IPv6 literal (a literal is parsed without any name lookup). */
    private static OptionalLong ipv6(String literal) {
        if (!literal.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.' || c == '%')) {
            return OptionalLong.empty(); // not a literal: never resolve names
        }
        try {
            InetAddress a = InetAddress.getByName(literal);
            byte[] b = a.getAddress();
            if (!(a instanceof Inet6Address)) {
                return OptionalLong.of(parseIpv4(a.getHostAddress()));
            }
            long h = 0;
            for (int i = 0; i < 16; i += 4) {
                h ^= ((b[i] & 0xFFL) << 24) | ((b[i + 1] & 0xFFL) << 16) | ((b[i + 2] & 0xFFL) << 8) | (b[i + 3] & 0xFFL);
            }
            return OptionalLong.of(h);
        } catch (UnknownHostException e) {
            return OptionalLong.empty();
        }
    }
}
