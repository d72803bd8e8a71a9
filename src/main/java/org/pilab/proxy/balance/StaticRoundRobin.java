package org.pilab.proxy.balance;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Static weighted round robin load balancing algorithm ({@code balance static-rr}, HAProxy's lb_map.c).
 *
 * <p>How it works: requests walk the server map (see {@link MapBalancer}) cyclically from slot 0: 3/2/1 gives
 * {@code a a b a b c}, 2/5/3/1 gives {@code a b b c b a b c b c d}. A server going down or coming back rebuilds the
 * map at once, and the walk goes on from the same index. Servers whose maxconn is reached are skipped.
 * Reference: haproxy-2.6.md §2.4.
 *
 * <p>Not thread-safe: callers synchronise.
 */
final class StaticRoundRobin<S> extends MapBalancer<S> {

    StaticRoundRobin(List<S> handles, ToIntFunction<S> weight, Predicate<S> backup, Predicate<S> initiallyUsable,
                     boolean allBackups, ToIntFunction<S> activeConnections, ToIntFunction<S> maxconn) {
        super(handles, weight, backup, initiallyUsable, allBackups, activeConnections, maxconn);
    }

    /** Takes the next slot of the map; the context is not used. */
    @Override
    public Optional<S> pick(PickContext ctx) {
        return roundRobin();
    }
}
