package org.pilab.proxy;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.pilab.config.Bind;
import org.pilab.config.HaproxyConfig;
import org.pilab.config.Proxy;
import org.pilab.engine.LabSettings;
import org.pilab.events.LabEvents;
import org.pilab.health.HealthService;
import org.pilab.rack.Rack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The built-in data plane: one {@link Frontend} per proxy with frontend capability, one {@link BackendPool} per
 * backend, all on the Quarkus-managed Vert.x. Health tells it who is usable through a listener; it never reaches
 * into health's internals.
 */
@ApplicationScoped
public class ProxyService {

    private final Vertx vertx;
    private final Rack rack;
    private final LabEvents events;
    private final HealthService health;
    private final LabSettings settings;
    /** The longest a retired frontend waits for its requests in flight before it closes. */
    static final long DRAIN_TIMEOUT_MS = 5_000;
    private static final long DRAIN_POLL_MS = 20;

    private final HttpClient client;
    private volatile Map<String, BackendPool> pools = Map.of();
    private volatile List<Frontend> frontends = List.of();

    public ProxyService(Vertx vertx, Rack rack, LabEvents events, HealthService health, LabSettings settings) {
        this.vertx = vertx;
        this.rack = rack;
        this.events = events;
        this.health = health;
        this.settings = settings;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(64));
        health.addListener((backend, server, usable) -> {
            BackendPool pool = pools.get(backend);
            if (pool != null) {
                pool.setUsable(server, usable);
            }
        });
    }

    /**
     * Runs <config> at once: {@link #bind} then {@link #swap}. Used at start-up, where there is nothing to keep.
     *
     * @throws PortUnavailableException when a port cannot be bound; nothing changed then
     */
    public synchronized void start(HaproxyConfig config) {
        swap(bind(config));
    }

    /**
     * First half of an apply: binds the listening sockets <config> needs that are not already open, and changes
     * nothing else. A frontend whose bind lines are unchanged keeps its sockets (they are reused by {@link #swap});
     * the others get new sockets next to the old ones, so a port that cannot be bound fails here, before the
     * running lab is touched. Call {@link #swap} or {@link #cancel} with the result, under the same caller lock.
     *
     * @throws PortUnavailableException when a port is in use or not allowed; the sockets bound so far are closed
     */
    public synchronized PendingSwap bind(HaproxyConfig config) {
        Map<List<String>, Frontend> running = new LinkedHashMap<>();
        frontends.forEach(f -> running.putIfAbsent(bindKey(f.proxy()), f));
        List<Frontend> reused = new ArrayList<>();
        List<Proxy> reusedAs = new ArrayList<>();
        List<Frontend> fresh = new ArrayList<>();
        for (Proxy proxy : config.frontends()) {
            if (proxy.servesStats() && proxy.servers().isEmpty()) {
                Log.infof("Proxy '%s' only serves the stats page, which the built-in engine does not serve yet", proxy.name());
                continue;
            }
            Frontend same = running.remove(bindKey(proxy));
            if (same != null) {
                reused.add(same);
                reusedAs.add(proxy);
                continue;
            }
            // The pools are looked up per request, so a socket bound now serves the new backends once swapped.
            Frontend frontend = new Frontend(proxy, vertx, client, rack, events, name -> pools.get(name));
            List<SocketAddress> addresses = proxy.binds().stream().map(this::listenAddress).toList();
            try {
                await(frontend.listen(addresses));
            } catch (RuntimeException e) {
                fresh.forEach(f -> await(f.close()));
                SocketAddress first = addresses.isEmpty() ? null : addresses.get(0);
                throw new PortUnavailableException(proxy.name(), addresses.stream().map(a -> a.host() + ":" + a.port()).toList(),
                        first == null ? 0 : first.port(), rootMessage(e), e);
            }
            fresh.add(frontend);
        }
        return new PendingSwap(config, reused, reusedAs, fresh, List.copyOf(running.values()));
    }

    /**
     * Second half of an apply: new backend pools (keeping the counters of servers that stay), the reused frontends
     * switched to their new sections, the newly bound ones added, and the frontends that are gone closed once their
     * requests in flight are done (bounded by {@link #DRAIN_TIMEOUT_MS}). Call after health runs the new config, so
     * the new pools start with the right servers usable.
     */
    public synchronized void swap(PendingSwap pending) {
        Map<String, BackendPool> oldPools = pools;
        Map<String, BackendPool> newPools = new LinkedHashMap<>();
        for (Proxy backend : pending.config.backends()) {
            Map<String, ServerCounters> kept = oldPools.containsKey(backend.name())
                    ? oldPools.get(backend.name()).counters() : Map.of();
            newPools.put(backend.name(), new BackendPool(backend, kept, health::usable));
        }
        pools = newPools;
        for (int i = 0; i < pending.reused.size(); i++) {
            pending.reused.get(i).reconfigure(pending.reusedAs.get(i));
        }
        List<Frontend> next = new ArrayList<>(pending.reused);
        next.addAll(pending.fresh);
        frontends = List.copyOf(next);
        pending.retired.forEach(this::drainAndClose);
    }

    /** Gives up a {@link #bind}: closes the sockets it opened. The running lab never saw them. */
    public synchronized void cancel(PendingSwap pending) {
        pending.fresh.forEach(f -> await(f.close()));
    }

    /** What {@link #bind} prepared: the sockets to reuse, the ones newly bound, and the ones to retire. */
    public static final class PendingSwap {
        final HaproxyConfig config;
        final List<Frontend> reused;
        final List<Proxy> reusedAs;
        final List<Frontend> fresh;
        final List<Frontend> retired;

        PendingSwap(HaproxyConfig config, List<Frontend> reused, List<Proxy> reusedAs, List<Frontend> fresh,
                    List<Frontend> retired) {
            this.config = config;
            this.reused = reused;
            this.reusedAs = reusedAs;
            this.fresh = fresh;
            this.retired = retired;
        }
    }

    /** Stops every frontend and forgets the backends (shutdown). */
    public synchronized void stop() {
        stopFrontends();
        pools = Map.of();
    }

    public List<FrontendView> findFrontends() {
        return frontends.stream().map(f -> {
            List<String> binds = f.proxy().binds().stream().map(b -> (b.address().isEmpty() ? "" : b.address()) + ":" + b.port()).toList();
            List<Integer> ports = f.ports();
            List<String> urls = ports.stream().map(p -> "http://localhost:" + p + "/").toList();
            String backend = f.proxy().kind().hasBackend() ? f.proxy().name() : f.proxy().defaultBackend();
            return new FrontendView(f.proxy().name(), binds, ports, urls, backend);
        }).toList();
    }

    /** Counters of <backend>/<server>, if it runs. */
    public Optional<ServerCounters> findCounters(String backend, String server) {
        BackendPool pool = pools.get(backend);
        return pool == null ? Optional.empty() : Optional.ofNullable(pool.counters().get(server));
    }

    /**
     * Where a bind line really listens: ports below 1024 move up by {@code lab.privileged-port-shift}
     * (DESIGN.md, "Ports and addresses"); {@code *}, empty and {@code 0.0.0.0} mean every IPv4 address.
     */
    SocketAddress listenAddress(Bind bind) {
        int port = bind.port();
        if (settings.ephemeralPorts()) {
            port = 0;
        } else if (port < 1024 && settings.privilegedPortShift() > 0) {
            port += settings.privilegedPortShift();
        }
        String host = bind.address();
        if (host == null || host.isEmpty() || host.equals("*")) {
            host = "0.0.0.0";
        } else if (rack.simulated() && !host.equals("0.0.0.0") && !host.equals("::") && !host.startsWith("127.")
                && !host.equalsIgnoreCase("localhost")) {
            host = "127.0.0.1"; // a display address such as 192.168.1.10 is a label in simulated mode
        }
        return SocketAddress.inetSocketAddress(port, host);
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /**
     * The identity of a frontend's listening sockets: its bind lines as written. Two sections with the same bind
     * lines share sockets across an apply, whatever their names.
     */
    private static List<String> bindKey(Proxy proxy) {
        return proxy.binds().stream().map(b -> b.address() + ":" + b.port()).sorted().toList();
    }

    /**
     * Closes a frontend that the new config no longer has, once its requests in flight are done or after
     * {@link #DRAIN_TIMEOUT_MS}, whichever comes first: closing at once could cut answers still being relayed.
     */
    private void drainAndClose(Frontend retired) {
        drainAndClose(retired, System.currentTimeMillis() + DRAIN_TIMEOUT_MS);
    }

    private void drainAndClose(Frontend retired, long deadline) {
        if (retired.inFlight() == 0 || System.currentTimeMillis() >= deadline) {
            retired.close();
        } else {
            vertx.setTimer(DRAIN_POLL_MS, id -> drainAndClose(retired, deadline));
        }
    }

    private void stopFrontends() {
        frontends.forEach(f -> await(f.close()));
        frontends = List.of();
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return String.valueOf(e.getMessage());
    }

    private static <T> T await(Future<T> future) {
        return future.toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }
}
