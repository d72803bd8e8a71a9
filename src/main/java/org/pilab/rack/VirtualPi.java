package org.pilab.rack;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulated Raspberry Pi: a real HTTP server on 127.0.0.1 that answers like the blog's
 * {@code basic_node_webserver.js} ({@code Hello from raspberry pi #1 at 192.168.1.200!}). Killing it closes the
 * listening socket, so connections are refused exactly as with a Pi whose web server stopped; reviving it listens
 * on the same port again.
 */
final class VirtualPi {

    private final int number;
    private final PiSpec spec;
    private final Vertx vertx;
    private final AtomicLong served = new AtomicLong();
    private HttpServer server;
    private volatile int port;
    private volatile boolean on;

    VirtualPi(int number, PiSpec spec, Vertx vertx) {
        this.number = number;
        this.spec = spec;
        this.vertx = vertx;
    }

    int number() {
        return number;
    }

    PiSpec spec() {
        return spec;
    }

    /** The loopback port it listens on (kept while killed, so a revived Pi is found at the same socket). */
    int port() {
        return port;
    }

    boolean on() {
        return on;
    }

    long served() {
        return served.get();
    }

    String greeting() {
        return "Hello from raspberry pi #" + number + " at " + spec.host() + "!\n";
    }

    /** Starts listening: on an ephemeral port the first time, then on the same port. */
    synchronized Future<Void> powerOn() {
        if (on) {
            return Future.succeededFuture();
        }
        HttpServer s = vertx.createHttpServer(new HttpServerOptions().setReuseAddress(true));
        s.requestHandler(req -> {
            served.incrementAndGet();
            req.response()
                    .putHeader("content-type", "text/plain; charset=utf-8")
                    .end(greeting());
        });
        return s.listen(port, "127.0.0.1").map(bound -> {
            synchronized (this) {
                server = bound;
                port = bound.actualPort();
                on = true;
            }
            return null;
        });
    }

    /** Stops listening and drops open connections: new connections are refused. Idempotent. */
    synchronized Future<Void> powerOff() {
        if (!on) {
            return Future.succeededFuture();
        }
        on = false;
        HttpServer s = server;
        server = null;
        return s.close();
    }
}
