package org.pilab.proxy;

import org.pilab.config.Proxy;
import org.pilab.config.Server;
import org.pilab.proxy.balance.Balancer;
import org.pilab.proxy.balance.Balancers;
import org.pilab.proxy.balance.PickContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The servers of one running backend and its balancing algorithm. The balancer is not thread-safe, so every
 * call into it holds this pool's lock; requests from both event loops meet here only for the pick itself.
 */
final class BackendPool {

    final Proxy backend;
    private final Map<String, ServerSlot> slots = new LinkedHashMap<>();
    private final Balancer<ServerSlot> balancer;

    BackendPool(Proxy backend, Map<String, ServerCounters> keptCounters, java.util.function.BiPredicate<String, String> usable) {
        this.backend = backend;
        for (Server s : backend.servers()) {
            ServerSlot slot = new ServerSlot(s, keptCounters.get(s.name()));
            slots.put(s.name(), slot);
        }
        List<ServerSlot> list = List.copyOf(slots.values());
        // HAProxy starts the round robin with the usable servers only (not "all, then some marked down")
        this.balancer = Balancers.create(backend.balance().algorithm(), backend.balance().arguments(), list,
                slot -> slot.weight, slot -> slot.server.backup(), slot -> slot.counters.current.get(),
                Balancers.Options.<ServerSlot>defaults()
                        .withInitiallyUsable(slot -> usable.test(backend.name(), slot.server.name())));
    }

    String name() {
        return backend.name();
    }

    /** Picks a server for a request, or empty when none is usable (the caller answers 503). */
    Optional<ServerSlot> pick(PickContext ctx) {
        Optional<ServerSlot> picked;
        synchronized (this) {
            picked = balancer.pick(ctx);
        }
        picked.ifPresent(s -> s.counters.lbTotal.increment());
        return picked;
    }

    /** Tells the balancer that <server> became usable or not; unknown names are ignored. */
    void setUsable(String server, boolean usable) {
        ServerSlot slot = slots.get(server);
        if (slot != null) {
            synchronized (this) {
                balancer.setUsable(slot, usable);
            }
        }
    }

    Map<String, ServerCounters> counters() {
        Map<String, ServerCounters> out = new LinkedHashMap<>();
        slots.forEach((name, slot) -> out.put(name, slot.counters));
        return out;
    }
}
