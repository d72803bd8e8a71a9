package org.pilab.proxy.balance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * URL parameter hashing load balancing algorithm ({@code balance url_param <param>}, HAProxy's
 * {@code get_server_ph}).
 *
 * <p>How it works: the query string is searched for {@code <param>=}; the value up to the next {@code &} is hashed
 * with sdbm and the server is {@code map[h % tot]}, so e.g. every request with {@code userid=42} reaches the same
 * server. Without the parameter the request falls back to round robin. Reference: haproxy-2.6.md §2.1.
 *
 * <p>Not thread-safe: callers synchronise.
 */
final class UrlParam<S> extends HashBalancer<S> {

    private final byte[] name;

    UrlParam(List<S> handles, ToIntFunction<S> weight, Predicate<S> backup, Predicate<S> initiallyUsable,
             boolean allBackups, ToIntFunction<S> activeConnections, ToIntFunction<S> maxconn, String param) {
        super(handles, weight, backup, initiallyUsable, allBackups, activeConnections, maxconn);
        this.name = param.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    OptionalLong hash(PickContext ctx) {
        if (ctx.query() == null) {
            return OptionalLong.empty();
        }
        byte[] q = ctx.query().getBytes(StandardCharsets.UTF_8);
        int plen = name.length;
        int params = 0;
        while (q.length - params > plen) {
            if (q[params + plen] == '=' && regionMatches(q, params)) {
                int start = params + plen + 1;
                int end = start;
                while (end < q.length && q[end] != '&') {
                    end++;
                }
                return OptionalLong.of(sdbm(q, start, end));
            }
            int amp = indexOf(q, (byte) '&', params); // skip to next parameter
            if (amp < 0) {
                return OptionalLong.empty();
            }
            params = amp + 1;
        }
        return OptionalLong.empty();
    }

    private boolean regionMatches(byte[] q, int at) {
        for (int i = 0; i < name.length; i++) {
            if (q[at + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte c, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
