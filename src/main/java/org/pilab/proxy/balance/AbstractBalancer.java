package org.pilab.proxy.balance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Server bookkeeping shared by every balancing algorithm: declaration order, user weights, backup flags and
 * usability, plus HAProxy's active/backup selection rule.
 *
 * <p>How it works: each server gets a {@link Srv} entry whose {@link Srv#id} is its declaration index (HAProxy's
 * server id order). A server is usable when the caller marked it so and its weight is above 0
 * ({@code srv_currently_usable}, §2.2). Subclasses are told when a server's usability or weight changes and keep
 * their own structures (trees, maps) up to date. Not thread-safe.
 */
abstract class AbstractBalancer<S> implements Balancer<S> {

    /** Highest user weight, HAProxy's {@code SRV_UWGHT_MAX}. */
    static final int MAX_WEIGHT = 256;

    /** One server as the balancer sees it. */
    static final class Srv<S> {
        final S server;        // the caller's handle
        final int id;          // declaration index, 0-based
        final boolean backup;  // only used when no active server is usable
        int uweight;           // user weight, 0..256
        boolean up;            // caller says: UP, not NOLB/MAINT/DRAIN

        Srv(S server, int id, boolean backup, int uweight, boolean up) {
            this.server = server;
            this.id = id;
            this.backup = backup;
            this.uweight = uweight;
            this.up = up;
        }

        @Override
        public String toString() {
            return String.valueOf(server);
        }
    }

    final List<Srv<S>> servers;
    private final Map<S, Srv<S>> byHandle = new HashMap<>();
    final boolean allBackups;

    AbstractBalancer(List<S> handles, ToIntFunction<S> weight, Predicate<S> backup, Predicate<S> initiallyUsable,
                     boolean allBackups) {
        this.allBackups = allBackups;
        List<Srv<S>> list = new ArrayList<>(handles.size());
        for (S handle : handles) {
            Srv<S> s = new Srv<>(handle, list.size(), backup.test(handle), checkWeight(weight.applyAsInt(handle)),
                    initiallyUsable.test(handle));
            if (byHandle.putIfAbsent(handle, s) != null) {
                throw new IllegalArgumentException("Server listed twice: " + handle);
            }
            list.add(s);
        }
        this.servers = List.copyOf(list);
    }

    @Override
    public final void setUsable(S server, boolean usable) {
        Srv<S> s = find(server);
        if (s.up == usable) {
            return;
        }
        boolean was = usable(s);
        s.up = usable;
        if (was != usable(s)) {
            usabilityChanged(s);
        }
    }

    @Override
    public final void setWeight(S server, int weight) {
        Srv<S> s = find(server);
        checkWeight(weight);
        int old = s.uweight;
        if (old == weight) {
            return;
        }
        boolean was = usable(s);
        s.uweight = weight;
        weightChanged(s, old, was);
    }

    /** Called after {@code <srv>} became usable or stopped being usable (state or weight). */
    abstract void usabilityChanged(Srv<S> s);

    /**
     * Called after the weight of {@code <srv>} changed from {@code <oldWeight>}; {@code <wasUsable>} tells its usability before. The default
     * treats it as a usability change when that changed, and otherwise does nothing.
     */
    void weightChanged(Srv<S> s, int oldWeight, boolean wasUsable) {
        if (wasUsable != usable(s)) {
            usabilityChanged(s);
        }
    }

    /** srv_currently_usable: marked up by the caller and weight above 0. */
    static boolean usable(Srv<?> s) {
        return s.up && s.uweight > 0;
    }

    /**
     * The servers an algorithm may choose from, in declaration order (§2.2):
     * <ul>
     *   <li>the usable active servers, when there is at least one;</li>
     *   <li>otherwise the first usable backup only ({@code fbck}), unless {@code allbackups} is set;</li>
     *   <li>with {@code allbackups}, every usable backup;</li>
     *   <li>empty when nothing is usable.</li>
     * </ul>
     */
    final List<Srv<S>> candidates() {
        List<Srv<S>> active = new ArrayList<>();
        List<Srv<S>> backups = new ArrayList<>();
        for (Srv<S> s : servers) {
            if (usable(s)) {
                (s.backup ? backups : active).add(s);
            }
        }
        if (!active.isEmpty()) {
            return active;
        }
        if (!allBackups && !backups.isEmpty()) {
            return List.of(backups.get(0));
        }
        return backups;
    }

    final Srv<S> find(S server) {
        Srv<S> s = byHandle.get(server);
        if (s == null) {
            throw new IllegalArgumentException("No such server: " + server);
        }
        return s;
    }

    static int checkWeight(int weight) {
        if (weight < 0 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("Absolute weight can only be between 0 and 256 inclusive.");
        }
        return weight;
    }
}
