package org.pilab.proxy.balance;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * First Available Server load balancing algorithm ({@code balance first}, HAProxy's lb_fas.c).
 *
 * <p>How it works: the first usable server in declaration order (lowest id) whose connection slots are not all
 * taken gets the request; the next one is used only once its maxconn is reached. Weights are ignored, except that
 * weight 0 still takes a server out. Without maxconn the first server takes everything: sequential requests with
 * maxconn 1 always go to {@code a}. When every server is full HAProxy queues the request; here the pick is empty.
 * Reference: haproxy-2.6.md §2.1, §2.4.
 *
 * <p>Not thread-safe: callers synchronise.
 */
final class First<S> extends AbstractBalancer<S> {

    private final ToIntFunction<S> activeConnections;
    private final ToIntFunction<S> maxconn;

    First(List<S> handles, ToIntFunction<S> weight, Predicate<S> backup, Predicate<S> initiallyUsable,
          boolean allBackups, ToIntFunction<S> activeConnections, ToIntFunction<S> maxconn) {
        super(handles, weight, backup, initiallyUsable, allBackups);
        this.activeConnections = activeConnections;
        this.maxconn = maxconn;
    }

    /** fas_get_next_server: the lowest-id server with a free slot (maxconn 0 = unlimited); the context is not used. */
    @Override
    public Optional<S> pick(PickContext ctx) {
        for (Srv<S> s : candidates()) {
            int max = maxconn.applyAsInt(s.server);
            if (max <= 0 || activeConnections.applyAsInt(s.server) < max) {
                return Optional.of(s.server);
            }
        }
        return Optional.empty();
    }

    @Override
    void usabilityChanged(Srv<S> s) {
        // candidates() is computed at each pick
    }
}
