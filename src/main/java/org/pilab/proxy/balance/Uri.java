package org.pilab.proxy.balance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * URI hashing load balancing algorithm ({@code balance uri [whole] [len <n>] [depth <n>]}, HAProxy's
 * {@code get_server_uh}).
 *
 * <p>How it works: the request URI is hashed with sdbm up to the {@code ?} (or whole with {@code whole}), limited
 * to its first {@code len} characters and to {@code depth} directories, and the server is {@code map[h % tot]}:
 * {@code /a /b /c /d} over 3 equal servers go to a, b, c, a. Same URI, same server, which helps caches.
 * Reference: haproxy-2.6.md §2.1, §2.4.
 *
 * <p>Not thread-safe: callers synchronise.
 */
final class Uri<S> extends HashBalancer<S> {

    private final boolean whole;   // hash the query string too
    private final int len;         // only the first <len> characters, 0: all
    private final int depthPlus1;  // stop at the (depth+1)-th slash, 0: never

    Uri(List<S> handles, ToIntFunction<S> weight, Predicate<S> backup, Predicate<S> initiallyUsable,
        boolean allBackups, ToIntFunction<S> activeConnections, ToIntFunction<S> maxconn, List<String> args) {
        super(handles, weight, backup, initiallyUsable, allBackups, activeConnections, maxconn);
        boolean w = false;
        int l = 0;
        int d = 0;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "whole" -> w = true;
                case "len" -> l = Balancers.intArg(args, ++i, "len");
                case "depth" -> d = Balancers.intArg(args, ++i, "depth") + 1;
                default -> {
                    // "path-only" and unknown words do not change the hash of an origin-form URI
                }
            }
        }
        this.whole = w;
        this.len = l;
        this.depthPlus1 = d;
    }

    @Override
    OptionalLong hash(PickContext ctx) {
        if (ctx.path() == null) {
            return OptionalLong.empty();
        }
        String uri = ctx.query() == null ? ctx.path() : ctx.path() + "?" + ctx.query();
        byte[] b = uri.getBytes(StandardCharsets.UTF_8);
        int n = len > 0 ? Math.min(b.length, len) : b.length;
        int end = 0;
        int slashes = 0;
        while (end < n) {
            byte c = b[end];
            if (c == '/') {
                slashes++;
                if (slashes == depthPlus1) {
                    break;
                }
            } else if (c == '?' && !whole) {
                break;
            }
            end++;
        }
        return OptionalLong.of(sdbm(b, 0, end));
    }
}
