package org.pilab.proxy.balance;

import java.util.Optional;

/**
 * A load-balancing algorithm: HAProxy's {@code balance} keyword (reference haproxy-2.6.md §2).
 *
 * <p>How it works: the balancer knows every server of one backend in declaration order, with its user weight, its
 * backup flag and whether it is usable. {@link #pick(PickContext)} applies the algorithm to the usable servers:
 * the active ones when at least one is usable, otherwise the first usable backup (or all usable backups with
 * {@code option allbackups}). A server is usable (§2.2) when the caller says so through
 * {@link #setUsable(Object, boolean)} (its health is UP, not NOLB, not MAINT, not DRAIN) and its weight is above 0.
 * Create instances with {@link Balancers#create}.
 *
 * <p>Implementations are not thread-safe: callers synchronise, e.g. {@code synchronized (balancer) {...}}.
 *
 * @param <S> the caller's server handle type
 */
public interface Balancer<S> {

    /** Picks the next server, or empty when none is usable (-> caller answers 503). */
    Optional<S> pick(PickContext ctx);

    /**
     * Server state changes, §2.3 "Server goes DOWN"/"comes back UP" (idempotent): call it whenever the server's
     * usability (§2.2) may have changed; calling it with an unchanged value does nothing.
     *
     * @throws IllegalArgumentException when {@code <server>} is not one of this balancer's servers
     */
    void setUsable(S server, boolean usable);

    /**
     * Sets the user weight ({@code set weight}), taking effect at once; 0 takes the server out of load balancing.
     *
     * @throws IllegalArgumentException when {@code <weight>} is outside 0..256 or {@code <server>} is unknown
     */
    void setWeight(S server, int weight);
}
