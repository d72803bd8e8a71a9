package org.pilab.rack;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.ShutdownEvent;
import org.pilab.engine.LabSettings;
import org.pilab.events.LabEvent;
import org.pilab.events.LabEvents;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rack of Pis and the one outbound connector of the lab. In simulated mode every Pi is a {@link VirtualPi}
 * and {@link #resolve} maps display addresses to their loopback sockets, refusing anything else; in real mode
 * addresses are dialled as written.
 */
@ApplicationScoped
public class Rack {

    private static final Duration POWER_TIMEOUT = Duration.ofSeconds(10);

    private final Vertx vertx;
    private final LabSettings settings;
    private final LabEvents events;
    private volatile List<VirtualPi> pis = List.of();

    public Rack(Vertx vertx, LabSettings settings, LabEvents events) {
        this.vertx = vertx;
        this.settings = settings;
        this.events = events;
    }

    public boolean simulated() {
        return settings.mode() == LabSettings.Mode.SIMULATED;
    }

    /** Replaces the rack with <spec>: old virtual Pis stop, new ones start listening. Blocks until done. */
    public synchronized void load(RackSpec spec) {
        List<VirtualPi> old = pis;
        old.forEach(pi -> await(pi.powerOff()));
        List<VirtualPi> fresh = new ArrayList<>();
        for (int i = 0; i < spec.pis().size(); i++) {
            VirtualPi pi = new VirtualPi(i + 1, spec.pis().get(i), vertx);
            if (simulated()) {
                await(pi.powerOn());
            }
            fresh.add(pi);
        }
        pis = List.copyOf(fresh);
    }

    /**
     * Adds a Pi for <spec> as the next number; in simulated mode its web server starts at once. The caller
     * makes sure the name and address are new. Blocks until the Pi listens.
     */
    public synchronized Pi add(PiSpec spec) {
        VirtualPi pi = new VirtualPi(pis.size() + 1, spec, vertx);
        if (simulated()) {
            await(pi.powerOn());
        }
        List<VirtualPi> grown = new ArrayList<>(pis);
        grown.add(pi);
        pis = List.copyOf(grown);
        return view(pi);
    }

    public List<Pi> findAll() {
        return pis.stream().map(this::view).toList();
    }

    /** Finds a Pi by server name ({@code raspberrypi01}) or number ({@code 1}). */
    public Pi find(String id) {
        return view(lookup(id));
    }

    /** Stops the Pi's web server: new connections are refused. Idempotent. */
    public Pi kill(String id) {
        VirtualPi pi = switchable(id);
        boolean wasOn = pi.on();
        await(pi.powerOff());
        if (wasOn) {
            events.publish(new LabEvent.PiPowerChanged(Instant.now(), pi.spec().name(), "off"));
        }
        return view(pi);
    }

    /** Starts the Pi's web server again on the same socket. Idempotent. */
    public Pi revive(String id) {
        VirtualPi pi = switchable(id);
        boolean wasOn = pi.on();
        await(pi.powerOn());
        if (!wasOn) {
            events.publish(new LabEvent.PiPowerChanged(Instant.now(), pi.spec().name(), "on"));
        }
        return view(pi);
    }

    /**
     * The outbound connector: where to connect for the server address <host>:<port> written in the config.
     * Simulated mode never leaves loopback: a virtual Pi's display address maps to its loopback socket, a
     * 127.0.0.0/8 address is dialled as is, and anything else is refused (DESIGN.md).
     *
     * @throws RefusedDestinationException in simulated mode for an address that is neither
     */
    public SocketAddress resolve(String host, int port) {
        if (!simulated()) {
            return SocketAddress.inetSocketAddress(port, host);
        }
        for (VirtualPi pi : pis) {
            if (pi.spec().port() == port && pi.spec().host().equalsIgnoreCase(host)) {
                return SocketAddress.inetSocketAddress(pi.port(), "127.0.0.1");
            }
        }
        if (isLoopback(host)) {
            return SocketAddress.inetSocketAddress(port, host);
        }
        throw new RefusedDestinationException(host + ":" + port);
    }

    /** Only literal loopback addresses and "localhost" count: no name is ever looked up. */
    public static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|[0-9a-fA-F:\\[\\]]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        for (VirtualPi pi : pis) {
            try {
                await(pi.powerOff());
            } catch (RuntimeException e) {
                io.quarkus.logging.Log.debugf("Pi %s did not stop cleanly: %s", pi.spec().name(), e.getMessage());
            }
        }
    }

    private VirtualPi switchable(String id) {
        VirtualPi pi = lookup(id);
        if (!simulated()) {
            throw new RealPiException(pi.spec().name());
        }
        return pi;
    }

    private VirtualPi lookup(String id) {
        List<VirtualPi> current = pis;
        for (VirtualPi pi : current) {
            if (pi.spec().name().equals(id) || String.valueOf(pi.number()).equals(id)) {
                return pi;
            }
        }
        throw new UnknownPiException(id);
    }

    private Pi view(VirtualPi pi) {
        String socket = simulated() ? "127.0.0.1:" + pi.port() : pi.spec().address();
        String power = !simulated() ? "external" : pi.on() ? "on" : "off";
        return new Pi(pi.number(), pi.spec().name(), pi.spec().address(), socket, pi.spec().model(), power, pi.served());
    }

    private static <T> T await(Future<T> future) {
        return future.toCompletionStage().toCompletableFuture()
                .orTimeout(POWER_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).join();
    }
}
