package org.pilab.proxy.balance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * HTTP header hashing load balancing algorithm ({@code balance hdr(<name>) [use_domain_only]}, HAProxy's
 * {@code get_server_hh}).
 *
 * <p>How it works: the header's first value (up to a comma, trimmed) is hashed with sdbm and the server is
 * {@code map[h % tot]}. With {@code use_domain_only} only the main domain label is hashed ({@code example} for
 * {@code www.example.com}), for Host headers. A missing header falls back to round robin.
 * Reference: haproxy-2.6.md §2.1.
 *
 * <p>Not thread-safe: callers synchronise.
 */
final class Hdr<S> extends HashBalancer<S> {

    private final String name;
    private final boolean domainOnly;

    Hdr(List<S> handles, ToIntFunction<S> weight, Predicate<S> backup, Predicate<S> initiallyUsable,
        boolean allBackups, ToIntFunction<S> activeConnections, ToIntFunction<S> maxconn, String name,
        boolean domainOnly) {
        super(handles, weight, backup, initiallyUsable, allBackups, activeConnections, maxconn);
        this.name = name;
        this.domainOnly = domainOnly;
    }

    @Override
    OptionalLong hash(PickContext ctx) {
        String value = ctx.headerValue(name);
        if (value == null) {
            return OptionalLong.empty();
        }
        int comma = value.indexOf(',');
        byte[] b = (comma >= 0 ? value.substring(0, comma) : value).strip().getBytes(StandardCharsets.UTF_8);
        if (!domainOnly) {
            return OptionalLong.of(sdbm(b, 0, b.length));
        }
        // going back from the end of string, start hashing at first dot, stop at next
        int p = b.length;
        int end = p;
        int remaining = b.length;
        boolean dohash = false;
        while (remaining > 0) {
            if (dohash) {
                if (b[p - 1] == '.') {
                    break;
                }
            } else if (p < b.length && b[p] == '.') {
                end = p;
                dohash = true;
            }
            p--;
            remaining--;
        }
        return OptionalLong.of(sdbm(b, p, end));
    }
}
