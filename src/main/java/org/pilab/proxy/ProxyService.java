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
     * Runs <config>: new backends first (keeping the counters of servers that stay), then the frontends. Old
     * frontends stop listening; requests already in flight finish. Blocks until the new listeners are bound.
     *
     * @throws IllegalStateException when a port cannot be bound (already in use, or not allowed)
     */
    public synchronized void start(HaproxyConfig config) {
        Map<String, BackendPool> oldPools = pools;
        Map<String, BackendPool> newPools = new LinkedHashMap<>();
        for (Proxy backend : config.backends()) {
            Map<String, ServerCounters> kept = oldPools.containsKey(backend.name())
                    ? oldPools.get(backend.name()).counters() : Map.of();
            newPools.put(backend.name(), new BackendPool(backend, kept, health::usable));
        }
        stopFrontends();
        pools = newPools;
        List<Frontend> started = new ArrayList<>();
        for (Proxy proxy : config.frontends()) {
            if (proxy.servesStats() && proxy.servers().isEmpty()) {
                Log.infof("Proxy '%s' only serves the stats page, which the built-in engine does not serve yet", proxy.name());
                continue;
            }
            Frontend frontend = new Frontend(proxy, vertx, client, rack, events, newPools::get);
            List<SocketAddress> addresses = proxy.binds().stream().map(this::listenAddress).toList();
            try {
                await(frontend.listen(addresses));
            } catch (RuntimeException e) {
                started.forEach(f -> await(f.close()));
                throw new IllegalStateException("Frontend '" + proxy.name() + "' cannot listen on "
                        + addresses.stream().map(a -> a.host() + ":" + a.port()).toList() + ": " + rootMessage(e)
                        + ". Another program (or another lab) may use that port: stop it, or change the bind port.", e);
            }
            started.add(frontend);
        }
        frontends = List.copyOf(started);
    }

    public synchronized void stop() {
        stopFrontends();
        pools = Map.of();
    }

    public List<FrontendView> findFrontends() {
        return frontends.stream().map(f -> {
            List<String> binds = f.proxy.binds().stream().map(b -> (b.address().isEmpty() ? "" : b.address()) + ":" + b.port()).toList();
            List<Integer> ports = f.ports();
            List<String> urls = ports.stream().map(p -> "http://localhost:" + p + "/").toList();
            String backend = f.proxy.kind().hasBackend() ? f.proxy.name() : f.proxy.defaultBackend();
            return new FrontendView(f.proxy.name(), binds, ports, urls, backend);
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
