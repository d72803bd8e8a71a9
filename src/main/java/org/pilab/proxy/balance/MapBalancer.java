package org.pilab.proxy.balance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Map-based load balancing algorithm (HAProxy's lb_map.c): the base of {@code static-rr} and of the map-based hash
 * algorithms ({@code source}, {@code uri}, {@code url_param}, {@code hdr}).
 *
 * <p>How it works: weights are divided by the GCD of all configured weights, once, at creation. The map is an array
 * of tot = Σ weight slots over the usable servers ({@code recalc_server_map}): for each slot, every server adds its
 * weight to its score, the first server with the highest {@code (score + tot) / tot} takes the slot and pays tot
 * back. Requests then either walk the map cyclically ({@link #roundRobin()}, keeping the index across rebuilds) or
 * take {@code map[hash % tot]} ({@link #byHash(long)}). The map is rebuilt after every up/down or weight change.
 * Reference: haproxy-2.6.md §2.4.
 *
 * <p>Not thread-safe: callers synchronise.
 */
abstract class MapBalancer<S> extends AbstractBalancer<S> {

    private final int gcd;                       // GCD of the configured weights (wmult)
    private final ToIntFunction<S> activeConnections;
    private final ToIntFunction<S> maxconn;
    private List<Srv<S>> map = List.of();        // one entry per slot
    private boolean dirty = true;                // map must be rebuilt before use
    private int rrIdx;                           // next slot for round robin

    MapBalancer(List<S> handles, ToIntFunction<S> weight, Predicate<S> backup, Predicate<S> initiallyUsable,
                boolean allBackups, ToIntFunction<S> activeConnections, ToIntFunction<S> maxconn) {
        super(handles, weight, backup, initiallyUsable, allBackups);
        this.activeConnections = activeConnections;
        this.maxconn = maxconn;
        int g = 0;
        for (Srv<S> s : servers) {
            g = gcd(g, s.uweight);
        }
        this.gcd = g == 0 ? 1 : g;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Effective weight in the map: the user weight divided by the GCD, rounded up. */
    final int eweight(Srv<S> s) {
        return (s.uweight + gcd - 1) / gcd;
    }

    @Override
    void usabilityChanged(Srv<S> s) {
        dirty = true;
    }

    @Override
    void weightChanged(Srv<S> s, int oldWeight, boolean wasUsable) {
        dirty = true;
    }

    /** The current map, rebuilt first when a server changed (recalc_server_map). Package-private for tests. */
    final List<Srv<S>> map() {
        if (dirty) {
            map = recalc(candidates());
            dirty = false;
        }
        return map;
    }

    /**
     * recalc_server_map: spreads {@code <group>} over tot = Σ eweight slots, giving priority to the first declared server
     * at equal score so that declaration order is respected for equal weights.
     */
    private List<Srv<S>> recalc(List<Srv<S>> group) {
        int tot = 0;
        for (Srv<S> s : group) {
            tot += eweight(s);
        }
        List<Srv<S>> out = new ArrayList<>(tot);
        if (tot == 0) {
            return out;
        }
        long[] wscore = new long[group.size()];
        for (int o = 0; o < tot; o++) {
            int best = -1;
            long max = 0;
            for (int i = 0; i < group.size(); i++) {
                if (tot == 1) { // only one slot: avoid the divide overflow and take the first
                    best = i;
                    break;
                }
                wscore[i] += eweight(group.get(i));
                long v = (wscore[i] + tot) / tot; // result between 0 and 3
                if (best < 0 || v > max) {
                    max = v;
                    best = i;
                }
            }
            out.add(group.get(best));
            wscore[best] -= tot;
        }
        return out;
    }

    /**
     * map_get_server_rr: walks the map from the saved index, skipping servers whose maxconn is reached, and saves
     * the index after the chosen slot. Empty when the map is empty or every server is full.
     */
    final Optional<S> roundRobin() {
        List<Srv<S>> m = map();
        int tot = m.size();
        if (tot == 0) {
            return Optional.empty();
        }
        if (rrIdx < 0 || rrIdx >= tot) {
            rrIdx = 0;
        }
        int idx = rrIdx;
        do {
            Srv<S> s = m.get(idx++);
            if (hasFreeSlot(s)) {
                rrIdx = idx;
                return Optional.of(s.server);
            }
            if (idx == tot) {
                idx = 0;
            }
        } while (idx != rrIdx);
        return Optional.empty();
    }

    /** map_get_server_hash: {@code map[hash % tot]}, with {@code <hash>} an unsigned 32-bit value; empty when no server. */
    final Optional<S> byHash(long hash) {
        List<Srv<S>> m = map();
        if (m.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(m.get((int) ((hash & 0xFFFF_FFFFL) % m.size())).server);
    }

    /** HAProxy's {@code tot_used == 1}: a single usable server is taken without hashing. */
    final boolean singleServer() {
        List<Srv<S>> m = map();
        return !m.isEmpty() && m.stream().allMatch(s -> s == m.get(0));
    }

    private boolean hasFreeSlot(Srv<S> s) {
        int max = maxconn.applyAsInt(s.server);
        return max <= 0 || activeConnections.applyAsInt(s.server) < max;
    }
}
