package org.pilab.proxy;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import org.pilab.config.HeaderRule;
import org.pilab.config.Proxy;
import org.pilab.events.LabEvent;
import org.pilab.events.LabEvents;
import org.pilab.proxy.balance.PickContext;
import org.pilab.rack.Rack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One running frontend: an HTTP server per {@code bind} and the request chain HAProxy applies
 * (reference §3): pick the backend, apply {@code http-request} header rules, append {@code X-Forwarded-For},
 * pick a server, connect with {@code retries} (and {@code redispatch}), relay the answer, or answer with
 * HAProxy's own error page (503 when no server is usable or every connect failed, 502 on a broken answer,
 * 504 after {@code timeout server}). Every path ends in exactly one response.
 */
final class Frontend {

    /** Hop-by-hop headers are never forwarded (RFC 9110 §7.6.1). */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "proxy-connection");
    /** Reference §3.2: before retrying the same server HAProxy waits min(timeout connect, 1 s). */
    private static final long TURNAROUND_MS = 1000;
    /** Per-request events let through each second (see {@link EventThrottle}). */
    private static final int EVENTS_PER_SECOND = 50;
    /** One server per event loop and bind line (created outside a verticle, each gets its own event loop). */
    private static final int INSTANCES = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /**
     * The section this frontend runs. An apply that keeps the bind lines swaps it here instead of closing the
     * listening sockets: clients' keep-alive connections stay open and no request is refused or cut. Each request
     * reads it once, so it runs under one config from start to end.
     */
    private final AtomicReference<Proxy> proxy;
    private final Vertx vertx;
    private final HttpClient client;
    private final Rack rack;
    private final LabEvents events;
    private final Function<String, BackendPool> backends;
    private final List<HttpServer> servers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Integer> ports = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Per-request events: every one of a learner's curls, not every one of a load test's. */
    private final EventThrottle throttle = new EventThrottle(EVENTS_PER_SECOND);
    /** Requests between arrival and their last byte sent, so a retired frontend closes only once they are done. */
    private final AtomicInteger inFlight = new AtomicInteger();

    Frontend(Proxy proxy, Vertx vertx, HttpClient client, Rack rack, LabEvents events,
             Function<String, BackendPool> backends) {
        this.proxy = new AtomicReference<>(proxy);
        this.vertx = vertx;
        this.client = client;
        this.rack = rack;
        this.events = events;
        this.backends = backends;
    }

    Proxy proxy() {
        return proxy.get();
    }

    /** Runs <next> on the sockets already listening. Requests in flight finish under the section they began with. */
    void reconfigure(Proxy next) {
        proxy.set(next);
    }

    int inFlight() {
        return inFlight.get();
    }

    /**
     * Listens on <addresses> (ports already shifted), one per bind line, on every event loop: Vert.x shares a port
     * between servers created on different event loops, so both cores serve the frontend. Vert.x shares by the
     * requested port, so an ephemeral port (0, in tests) gets a single instance.
     */
    Future<List<Integer>> listen(List<SocketAddress> addresses) {
        Future<Void> chain = Future.succeededFuture();
        for (SocketAddress address : addresses) {
            chain = chain.compose(v -> listenOne(address.host(), address.port())
                    .compose(first -> {
                        ports.add(first.actualPort());
                        List<Future<HttpServer>> more = new java.util.ArrayList<>();
                        for (int i = 1; i < (address.port() == 0 ? 1 : INSTANCES); i++) {
                            more.add(listenOne(address.host(), first.actualPort()));
                        }
                        return Future.all(more).<Void>mapEmpty();
                    }));
        }
        return chain.map(v -> List.copyOf(ports)).onFailure(err -> close());
    }

    private Future<HttpServer> listenOne(String host, int port) {
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setReuseAddress(true));
        server.requestHandler(this::handle);
        return server.listen(port, host).onSuccess(servers::add);
    }

    /**
     * Stops listening. Callers that want requests in flight to finish wait for {@link #inFlight()} to drop to zero
     * first (see {@code ProxyService}): closing a server may cut its open connections.
     */
    Future<Void> close() {
        List<Future<Void>> closing = servers.stream().map(HttpServer::close).toList();
        return Future.all(closing).mapEmpty();
    }

    List<Integer> ports() {
        return List.copyOf(ports);
    }

    private void handle(HttpServerRequest req) {
        req.pause();
        inFlight.incrementAndGet();
        AtomicBoolean counted = new AtomicBoolean();
        io.vertx.core.Handler<Void> done = v -> {
            if (counted.compareAndSet(false, true)) { // end and close can both fire
                inFlight.decrementAndGet();
            }
        };
        req.response().endHandler(done).closeHandler(done);
        Proxy proxy = this.proxy.get();
        long start = System.nanoTime();
        String backendName = proxy.kind().hasBackend() ? proxy.name() : proxy.defaultBackend();
        BackendPool pool = backendName == null ? null : backends.apply(backendName);
        if (pool == null) {
            fail(req, 503, backendName, null, start);
            return;
        }
        RequestContext ctx = new RequestContext(req, proxy.name(), pool.name());
        MultiMap headers = forwardedHeaders(req, proxy, ctx, pool.backend);
        PickContext pick = new PickContext(ctx.src(), req.path(), req.query(), req::getHeader);
        attempt(req, pool, headers, pick, pool.backend.retries(), null, start);
    }


    /** Copies the client's headers (names lower-cased as HAProxy 2.x does) and applies the rules (reference §3.1). */
    private static MultiMap forwardedHeaders(HttpServerRequest req, Proxy proxy, RequestContext ctx, Proxy backend) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (Map.Entry<String, String> h : req.headers()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name)) {
                headers.add(name, h.getValue());
            }
        }
        applyRules(proxy.requestRules(), headers, ctx);
        if (backend != proxy) {
            applyRules(backend.requestRules(), headers, ctx);
        }
        if (proxy.forwardFor() || backend.forwardFor()) {
            // option forwardfor appends a new header last, it does not merge (reference §3.1)
            headers.add("x-forwarded-for", ctx.src());
        }
        return headers;
    }

    private static void applyRules(List<HeaderRule> rules, MultiMap headers, RequestContext ctx) {
        for (HeaderRule rule : rules) {
            if (rule.condition() != null && SampleFetch.test(rule.condition().words(), ctx) == rule.condition().negate()) {
                continue;
            }
            String name = rule.name().toLowerCase(Locale.ROOT);
            switch (rule.action()) {
                case SET_HEADER -> {
                    String value = SampleFetch.format(rule.format(), ctx); // computed before the old one goes
                    headers.remove(name);
                    headers.add(name, value);
                }
                case ADD_HEADER -> headers.add(name, SampleFetch.format(rule.format(), ctx));
                case DEL_HEADER -> headers.remove(name);
            }
        }
    }

    /**
     * Sends the request to a server: <retriesLeft> more connection attempts are allowed. After a failed connect
     * the same server is retried after the turn-around delay, unless {@code option redispatch} lets roundrobin
     * pick another one at once (reference §3.2).
     */
    private void attempt(HttpServerRequest req, BackendPool pool, MultiMap headers, PickContext pick,
                         int retriesLeft, ServerSlot previous, long start) {
        if (req.response().closed()) {
            return;
        }
        ServerSlot slot = previous;
        if (slot == null || pool.backend.redispatch()) {
            slot = pool.pick(pick).orElse(null);
            if (slot != null && previous != null && slot != previous) {
                previous.counters.redispatches.increment();
            }
        }
        if (slot == null) {
            fail(req, 503, pool.name(), null, start);
            return;
        }
        ServerSlot chosen = slot;
        SocketAddress target;
        try {
            target = rack.resolve(chosen.server.host(), chosen.server.port() != null ? chosen.server.port()
                    : req.localAddress().port());
        } catch (RuntimeException refused) {
            connectFailed(req, pool, headers, pick, retriesLeft, chosen, start);
            return;
        }
        Duration connect = pool.backend.timeouts().connect();
        Duration serverTimeout = pool.backend.timeouts().server();
        RequestOptions options = new RequestOptions()
                .setServer(target)
                .setMethod(req.method())
                .setURI(req.uri())
                .setHeaders(headers)
                .setConnectTimeout(connect == null ? 0 : connect.toMillis())
                .setIdleTimeout(serverTimeout == null ? 0 : serverTimeout.toMillis());
        client.request(options).onComplete(ar -> {
            if (ar.failed()) {
                connectFailed(req, pool, headers, pick, retriesLeft, chosen, start);
                return;
            }
            chosen.counters.started();
            // A request without a body is sent without one: piping an empty stream would add
            // "transfer-encoding: chunked", which HAProxy does not (RealModeTest compares the bytes).
            boolean hasBody = req.headers().contains(HttpHeaders.CONTENT_LENGTH)
                    || req.headers().contains(HttpHeaders.TRANSFER_ENCODING);
            Future<HttpClientResponse> sent;
            if (hasBody) {
                sent = ar.result().send(req);
            } else {
                req.resume();
                sent = ar.result().send();
            }
            sent.onComplete(resp -> {
                if (resp.failed()) {
                    chosen.counters.responseErrors.increment();
                    int status = resp.cause() instanceof java.util.concurrent.TimeoutException
                            || String.valueOf(resp.cause().getMessage()).contains("timeout") ? 504 : 502;
                    chosen.counters.finished(status);
                    fail(req, status, pool.name(), chosen.server.name(), start);
                    return;
                }
                relay(req, resp.result(), pool, chosen, start);
            });
        });
    }

    private void connectFailed(HttpServerRequest req, BackendPool pool, MultiMap headers, PickContext pick,
                               int retriesLeft, ServerSlot slot, long start) {
        slot.counters.connectionErrors.increment();
        if (retriesLeft <= 0) {
            fail(req, 503, pool.name(), slot.server.name(), start);
            return;
        }
        slot.counters.retries.increment();
        Duration connect = pool.backend.timeouts().connect();
        long delay = pool.backend.redispatch() ? 0
                : Math.min(TURNAROUND_MS, connect == null ? TURNAROUND_MS : connect.toMillis());
        if (delay == 0) {
            attempt(req, pool, headers, pick, retriesLeft - 1, slot, start);
        } else {
            vertx.setTimer(delay, id -> attempt(req, pool, headers, pick, retriesLeft - 1, slot, start));
        }
    }

    private void relay(HttpServerRequest req, HttpClientResponse upstream, BackendPool pool, ServerSlot slot,
                       long start) {
        var response = req.response();
        response.setStatusCode(upstream.statusCode()).setStatusMessage(upstream.statusMessage());
        for (Map.Entry<String, String> h : upstream.headers()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name)) {
                response.headers().add(name, h.getValue());
            }
        }
        if (!upstream.headers().contains(HttpHeaders.CONTENT_LENGTH) && req.method() != io.vertx.core.http.HttpMethod.HEAD) {
            response.setChunked(true);
        }
        response.send(upstream).onComplete(done -> {
            slot.counters.finished(upstream.statusCode());
            slot.counters.bytesIn.add(req.bytesRead());
            slot.counters.bytesOut.add(response.bytesWritten());
            if (done.failed()) {
                slot.counters.responseErrors.increment();
            }
            routed(pool.name(), slot.server.name(), upstream.statusCode(), start);
        });
    }

    private void fail(HttpServerRequest req, int status, String backend, String server, long start) {
        req.resume();
        HttpErrors.send(req.response(), status);
        routed(backend, null, status, start);
    }

    private void routed(String backend, String server, int status, long start) {
        if (!throttle.tryAcquire(System.currentTimeMillis())) {
            return;
        }
        events.publish(new LabEvent.RequestRouted(Instant.now(), proxy.get().name(), backend, server, status,
                (System.nanoTime() - start) / 1_000_000));
    }
}
