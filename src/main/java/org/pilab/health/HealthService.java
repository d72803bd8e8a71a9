package org.pilab.health;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.pilab.config.HaproxyConfig;
import org.pilab.config.Proxy;
import org.pilab.config.Server;
import org.pilab.config.Timeouts;
import org.pilab.events.LabEvent;
import org.pilab.events.LabEvents;
import org.pilab.rack.Rack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Active health checks for every server of the running config, and the read model of their state.
 * Check timing is per server (reference §1.1): the next check starts {@code inter}, {@code fastinter} or
 * {@code downinter} after the previous one finished, and at start-up checked server <i>i</i> of <i>n</i> begins
 * after {@code min_inter * i / n}. The proxy learns who is usable through {@link UsabilityListener}s: health
 * never calls the proxy.
 */
@ApplicationScoped
public class HealthService {

    /** Told when a server becomes usable or unusable for load balancing. */
    @FunctionalInterface
    public interface UsabilityListener {
        void usabilityChanged(String backend, String server, boolean usable);
    }

    private final Vertx vertx;
    private final Rack rack;
    private final LabEvents events;
    private final NetClient client;
    private final List<UsabilityListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, Entry> entries = Map.of();

    public HealthService(Vertx vertx, Rack rack, LabEvents events) {
        this.vertx = vertx;
        this.rack = rack;
        this.events = events;
        // Connect timeouts are enforced per check by CheckProbe's timers; this only bounds a stuck connect.
        this.client = vertx.createNetClient(new NetClientOptions().setConnectTimeout(60_000));
    }

    public void addListener(UsabilityListener listener) {
        listeners.add(listener);
    }

    /**
     * Starts checking every server of <config>'s backends, replacing what ran before. A server that exists
     * before and after with the same check settings keeps its state and counters (as HAProxy's
     * server-state-file would keep them across a reload).
     */
    public synchronized void start(HaproxyConfig config) {
        Map<String, Entry> old = entries;
        Map<String, Entry> fresh = new LinkedHashMap<>();
        long now = System.currentTimeMillis();
        for (Proxy backend : config.backends()) {
            for (Server server : backend.servers()) {
                String key = key(backend.name(), server.name());
                Entry previous = old.get(key);
                Entry entry;
                if (previous != null && previous.sameChecks(backend, server)) {
                    entry = previous.reconfigured(backend, server);
                } else {
                    entry = new Entry(backend, server, new ServerHealth(server.rise(), server.fall(), server.check(),
                            server.disabled(), now));
                }
                fresh.put(key, entry);
            }
        }
        old.forEach((key, entry) -> {
            if (fresh.get(key) != entry) {
                entry.stop();
            }
        });
        entries = fresh;
        List<Entry> checked = fresh.values().stream().filter(e -> e.server.check() && !e.running).toList();
        long minInter = checked.stream().mapToLong(e -> e.server.inter().toMillis()).min().orElse(0);
        for (int i = 0; i < checked.size(); i++) {
            // reference §1.1: spread the first checks over the smallest interval
            checked.get(i).schedule(checked.size() == 0 ? 0 : minInter * i / checked.size());
        }
    }

    /** Stops every check. */
    public synchronized void stop() {
        entries.values().forEach(Entry::stop);
        entries = Map.of();
    }

    public List<ServerHealthView> findAll() {
        return entries.values().stream().map(Entry::view).toList();
    }

    public Optional<ServerHealthView> find(String backend, String server) {
        return Optional.ofNullable(entries.get(key(backend, server))).map(Entry::view);
    }

    /** Whether the balancer may pick <backend>/<server> right now (reference §2.2). */
    public boolean usable(String backend, String server) {
        Entry e = entries.get(key(backend, server));
        if (e == null) {
            return false;
        }
        synchronized (e.health) {
            return e.health.usable();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
        client.close();
    }

    private static String key(String backend, String server) {
        return backend + "/" + server;
    }

    /** Counts of usable active and backup servers in <backend>, for the log lines. */
    private int[] usableCounts(String backend) {
        int active = 0;
        int backup = 0;
        for (Entry e : entries.values()) {
            if (e.backend.name().equals(backend)) {
                boolean usable;
                synchronized (e.health) {
                    usable = e.health.usable();
                }
                if (usable && e.server.backup()) {
                    backup++;
                } else if (usable) {
                    active++;
                }
            }
        }
        return new int[] {active, backup};
    }

    /** One server's check loop and state. */
    private final class Entry {
        final Proxy backend;
        final Server server;
        final ServerHealth health;
        volatile boolean running;
        volatile boolean stopped;
        volatile long timerId = -1;

        Entry(Proxy backend, Server server, ServerHealth health) {
            this.backend = backend;
            this.server = server;
            this.health = health;
        }

        boolean sameChecks(Proxy otherBackend, Server other) {
            return server.check() == other.check() && server.rise() == other.rise() && server.fall() == other.fall()
                    && server.disabled() == other.disabled() && server.host().equals(other.host())
                    && java.util.Objects.equals(server.port(), other.port());
        }

        /** Keeps this entry's state and loop but picks up new intervals and request settings. */
        Entry reconfigured(Proxy newBackend, Server newServer) {
            if (newBackend.equals(backend) && newServer.equals(server)) {
                return this;
            }
            stop();
            return new Entry(newBackend, newServer, health);
        }

        void schedule(long delayMs) {
            if (stopped) {
                return;
            }
            running = true;
            if (delayMs <= 0) {
                vertx.runOnContext(v -> runCheck());
            } else {
                timerId = vertx.setTimer(delayMs, id -> runCheck());
            }
        }

        void stop() {
            stopped = true;
            running = false;
            if (timerId >= 0) {
                vertx.cancelTimer(timerId);
            }
        }

        void runCheck() {
            if (stopped) {
                return;
            }
            synchronized (health) {
                // reference §1.5: no checks in MAINT or with checks disabled; look again at the next interval
                if (!health.checked() || health.maint()) {
                    reschedule();
                    return;
                }
                health.setCheckInProgress(true);
            }
            long inter = server.inter().toMillis();
            Timeouts t = backend.timeouts();
            long connectTimeout = t.connect() == null ? inter : Math.min(t.connect().toMillis(), inter);
            // reference §1.1/§7: timeout = max(timeout check, min(timeout connect, inter)), or inter when unset
            long total = t.check() == null ? inter : Math.max(t.check().toMillis(), connectTimeout);
            Future<CheckOutcome> outcome;
            try {
                String host = server.checkAddr() != null ? server.checkAddr() : server.host();
                int port = server.checkPort() != null ? server.checkPort() : server.port();
                SocketAddress target = rack.resolve(host, port);
                outcome = CheckProbe.run(vertx, client, target, backend.httpCheck(), connectTimeout, total);
            } catch (RuntimeException e) {
                outcome = Future.succeededFuture(new CheckOutcome(CheckStatus.L4CON, null, e.getMessage(), 0));
            }
            outcome.onComplete(ar -> {
                CheckOutcome o = ar.succeeded() ? ar.result()
                        : new CheckOutcome(CheckStatus.SOCKERR, null, String.valueOf(ar.cause()), 0);
                apply(o);
                reschedule();
            });
        }

        private void reschedule() {
            long next;
            synchronized (health) {
                next = health.nextIntervalMillis(server.inter().toMillis(), server.fastinter().toMillis(),
                        server.downinter().toMillis());
            }
            if (!stopped) {
                timerId = vertx.setTimer(Math.max(1, next), id -> runCheck());
            }
        }

        private void apply(CheckOutcome o) {
            if (stopped) {
                return;
            }
            long now = System.currentTimeMillis();
            Transition transition;
            String state;
            boolean usableAfter;
            synchronized (health) {
                health.setCheckInProgress(false);
                transition = health.onCheckResult(o.status(), o.code(), o.info(), o.durationMs(), now);
                state = health.state();
                usableAfter = health.usable();
            }
            Instant at = Instant.ofEpochMilli(now);
            events.publish(new LabEvent.CheckCompleted(at, backend.name(), server.name(), o.status().name(), o.code(),
                    o.info(), o.durationMs(), state));
            if (!transition.fromState().equals(transition.toState())) {
                String logLine = transition.wentDown() || transition.wentUp() ? logLine(o, transition.wentUp()) : null;
                if (logLine != null) {
                    Log.info(logLine);
                }
                events.publish(new LabEvent.ServerStateChanged(at, backend.name(), server.name(),
                        transition.fromState(), transition.toState(), o.status().name(), o.code(), o.info(), logLine));
                listeners.forEach(l -> l.usabilityChanged(backend.name(), server.name(), usableAfter));
                int[] left = transition.wentDown() ? usableCounts(backend.name()) : null;
                if (left != null && left[0] + left[1] == 0) {
                    Log.errorf("backend '%s' has no server available!", backend.name());
                }
            }
        }

        /** HAProxy's log line for a server going UP or DOWN (reference §1.5, "Log lines"). */
        private String logLine(CheckOutcome o, boolean up) {
            int[] counts = usableCounts(backend.name());
            StringBuilder sb = new StringBuilder("Server ").append(backend.name()).append('/').append(server.name())
                    .append(up ? " is UP" : " is DOWN").append(", reason: ").append(o.status().description());
            if (o.code() != null) {
                sb.append(", code: ").append(o.code());
            }
            if (o.info() != null && !o.info().isEmpty()) {
                sb.append(", info: \"").append(o.info()).append('"');
            }
            sb.append(", check duration: ").append(o.durationMs()).append("ms. ");
            if (up) {
                sb.append(counts[0]).append(" active and ").append(counts[1])
                        .append(" backup servers online. 0 sessions requeued, 0 total in queue.");
            } else {
                sb.append(counts[0]).append(" active and ").append(counts[1])
                        .append(" backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.");
            }
            return sb.toString();
        }

        ServerHealthView view() {
            synchronized (health) {
                CheckStatus status = health.lastStatus();
                boolean showCheck = server.check() && !health.state().startsWith("MAINT") && health.checked();
                String statusText = !showCheck || status == null ? null
                        : (health.checking() ? "* " : "") + status.name();
                return new ServerHealthView(backend.name(), server.name(), health.state(), statusText,
                        showCheck ? health.lastCode() : null, showCheck && status != null ? status.description() : null,
                        showCheck && health.lastInfo() != null ? health.lastInfo() : "",
                        showCheck ? health.lastDurationMillis() : -1, health.health(), health.rise(), health.fall(),
                        health.chkfail(), health.chkdown(), health.lastChangeMillis(), health.usable(), server.backup());
            }
        }
    }
}
