package org.pilab.proxy.balance;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * RDP cookie hashing load balancing algorithm ({@code balance rdp-cookie}), as it behaves for HTTP traffic.
 *
 * <p>How it works: HAProxy hashes the {@code mstshash} cookie of an RDP connection request. HTTP requests never
 * carry one, so every request takes the "missing data" path: round robin over the server map.
 * Reference: haproxy-2.6.md §2.1.
 *
 * <p>Not thread-safe: callers synchronise.
 */
final class RdpCookie<S> extends HashBalancer<S> {

    RdpCookie(List<S> handles, ToIntFunction<S> weight, Predicate<S> backup, Predicate<S> initiallyUsable,
              boolean allBackups, ToIntFunction<S> activeConnections, ToIntFunction<S> maxconn) {
        super(handles, weight, backup, initiallyUsable, allBackups, activeConnections, maxconn);
    }

    @Override
    OptionalLong hash(PickContext ctx) {
        return OptionalLong.empty();
    }
}
