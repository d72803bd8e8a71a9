package org.pilab.proxy.balance;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Fast Weighted Least Connection load balancing algorithm ({@code balance leastconn}, HAProxy's lb_fwlc.c).
 *
 * <p>How it works: each usable server gets a key from its active connections and weight,
 * {@code 0} when idle, else {@code (conns + 1) × 4096 / (weight × 16)}, and the lowest key wins, so a server with
 * twice the weight may hold about twice the connections. Among equal keys the server that was picked least
 * recently goes first (HAProxy requeues a picked server behind its equals), which gives round robin among ties:
 * sequential requests over 3 idle servers go {@code a b c a b c}. Connection counts are read from the caller at
 * each pick; HAProxy also requeues a server when a connection ends, which is not modelled.
 * Reference: haproxy-2.6.md §2.1, §2.4.
 *
 * <p>Not thread-safe: callers synchronise.
 */
final class LeastConn<S> extends AbstractBalancer<S> {

    private static final long SRV_EWGHT_MAX = 4096;

    private final ToIntFunction<S> activeConnections;
    private final long[] queuedAt; // tie-break order: last (re)queue sequence
    private long seq;

    LeastConn(List<S> handles, ToIntFunction<S> weight, Predicate<S> backup, Predicate<S> initiallyUsable,
              boolean allBackups, ToIntFunction<S> activeConnections) {
        super(handles, weight, backup, initiallyUsable, allBackups);
        this.activeConnections = activeConnections;
        this.queuedAt = new long[servers.size()];
        for (Srv<S> s : servers) {
            queuedAt[s.id] = seq++;
        }
    }

    /** fwlc_get_next_server: the lowest key, then the longest-waiting server; the context is not used. */
    @Override
    public Optional<S> pick(PickContext ctx) {
        Srv<S> best = null;
        long bestKey = 0;
        for (Srv<S> s : candidates()) {
            long key = key(s);
            if (best == null || key < bestKey || (key == bestKey && queuedAt[s.id] < queuedAt[best.id])) {
                best = s;
                bestKey = key;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        queuedAt[best.id] = seq++;
        return Optional.of(best.server);
    }

    /** fwlc_queue_srv's key: 0 when idle, else (inflight + 1) × SRV_EWGHT_MAX / eweight. */
    private long key(Srv<S> s) {
        long inflight = Math.max(0, activeConnections.applyAsInt(s.server));
        return inflight == 0 ? 0 : (inflight + 1) * SRV_EWGHT_MAX / (s.uweight * 16L);
    }

    /** A server coming back is queued behind its equals, like an eb32 insert. */
    @Override
    void usabilityChanged(Srv<S> s) {
        queuedAt[s.id] = seq++;
    }

    /** fwlc_update_server_weight: a new weight requeues the server behind its equals. */
    @Override
    void weightChanged(Srv<S> s, int oldWeight, boolean wasUsable) {
        queuedAt[s.id] = seq++;
    }
}
