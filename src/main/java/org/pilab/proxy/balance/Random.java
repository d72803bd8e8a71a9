package org.pilab.proxy.balance;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

/**
 * Random load balancing algorithm with power-of-N choices ({@code balance random[(<draws>)]}, HAProxy's
 * {@code get_server_rnd}).
 *
 * <p>How it works: a server is drawn at random with a probability proportional to its weight, {@code <draws>} times
 * (default 2), and the least loaded of the drawn servers wins: a later draw replaces the current choice only
 * when its active connections per unit of weight are lower. Two draws already avoid most hot spots.
 * HAProxy draws through a consistent-hash ring; a direct weighted draw gives the same distribution.
 * Reference: haproxy-2.6.md §2.1.
 *
 * <p>Not thread-safe: callers synchronise (the random generator is used unsynchronised).
 */
final class Random<S> extends AbstractBalancer<S> {

    private final ToIntFunction<S> activeConnections;
    private final RandomGenerator random;
    private final int draws;

    Random(List<S> handles, ToIntFunction<S> weight, Predicate<S> backup, Predicate<S> initiallyUsable,
           boolean allBackups, ToIntFunction<S> activeConnections, RandomGenerator random, int draws) {
        super(handles, weight, backup, initiallyUsable, allBackups);
        if (draws < 1) {
            throw new IllegalArgumentException("random draws must be at least 1, got " + draws);
        }
        this.activeConnections = activeConnections;
        this.random = random;
        this.draws = draws;
    }

    @Override
    public Optional<S> pick(PickContext ctx) {
        List<Srv<S>> group = candidates();
        long tot = 0;
        for (Srv<S> s : group) {
            tot += s.uweight;
        }
        if (tot == 0) {
            return Optional.empty();
        }
        Srv<S> curr = null;
        for (int d = 0; d < draws; d++) {
            Srv<S> prev = curr;
            curr = draw(group, random.nextLong(tot));
            // keep the previous choice when the new one serves more per unit of weight
            if (prev != null && prev != curr
                    && (long) load(curr) * prev.uweight > (long) load(prev) * curr.uweight) {
                curr = prev;
            }
        }
        return Optional.of(curr.server);
    }

    private static <S> Srv<S> draw(List<Srv<S>> group, long r) {
        for (Srv<S> s : group) {
            r -= s.uweight;
            if (r < 0) {
                return s;
            }
        }
        return group.get(group.size() - 1);
    }

    private int load(Srv<S> s) {
        return Math.max(0, activeConnections.applyAsInt(s.server));
    }

    @Override
    void usabilityChanged(Srv<S> s) {
        // candidates() is computed at each pick
    }
}
