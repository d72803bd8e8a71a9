package org.pilab.health;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.SocketAddress;
import org.pilab.config.HttpCheck;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one health check against one socket: a TCP connect, then for {@code option httpchk} the HTTP request
 * and the status line of the answer. Outcomes and their texts follow reference §1.2-1.4:
 * <ul>
 *   <li>connect refused: {@code L4CON}, info {@code Connection refused};</li>
 *   <li>no connect before the timeout: {@code L4TOUT}; connected but no status line in time: {@code L7TOUT};</li>
 *   <li>plain TCP check connected: {@code L4OK};</li>
 *   <li>2xx/3xx: {@code L7OK}; other status: {@code L7STS} with the reason phrase; garbage or close: {@code L7RSP}.</li>
 * </ul>
 */
final class CheckProbe {

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/\\d\\.\\d (\\d{3})(?: (.*))?");
    private static final int MAX_STATUS_LINE = 8192;

    private CheckProbe() {
    }

    /**
     * Checks <target>. <httpCheck> null means a layer-4 check. <connectTimeoutMs> bounds the connect phase and
     * <totalTimeoutMs> the whole check. Never fails: every problem is an outcome.
     */
    static Future<CheckOutcome> run(Vertx vertx, NetClient client, SocketAddress target, HttpCheck httpCheck,
                                    long connectTimeoutMs, long totalTimeoutMs) {
        long start = System.nanoTime();
        Promise<CheckOutcome> promise = Promise.promise();
        AtomicBoolean done = new AtomicBoolean();
        AtomicBoolean connected = new AtomicBoolean();
        NetSocket[] socket = new NetSocket[1];

        Runnable timeout = () -> {
            CheckStatus status = connected.get() ? CheckStatus.L7TOUT : CheckStatus.L4TOUT;
            finish(done, promise, socket[0], new CheckOutcome(status, null, "", millisSince(start)));
        };
        long connectTimer = vertx.setTimer(Math.max(1, connectTimeoutMs), id -> {
            if (!connected.get()) {
                timeout.run();
            }
        });
        long totalTimer = vertx.setTimer(Math.max(1, totalTimeoutMs), id -> timeout.run());
        promise.future().onComplete(r -> {
            vertx.cancelTimer(connectTimer);
            vertx.cancelTimer(totalTimer);
        });

        client.connect(target).onComplete(ar -> {
            if (ar.failed()) {
                finish(done, promise, null, connectFailure(ar.cause(), start));
                return;
            }
            NetSocket s = ar.result();
            socket[0] = s;
            connected.set(true);
            if (done.get()) {
                s.close();
                return;
            }
            if (httpCheck == null) {
                finish(done, promise, s, new CheckOutcome(CheckStatus.L4OK, null, "", millisSince(start)));
                return;
            }
            Buffer received = Buffer.buffer();
            s.handler(chunk -> {
                received.appendBuffer(chunk);
                CheckOutcome outcome = parse(received, start, false);
                if (outcome != null) {
                    finish(done, promise, s, outcome);
                }
            });
            s.closeHandler(v -> finish(done, promise, null, parse(received, start, true)));
            s.exceptionHandler(err -> finish(done, promise, s,
                    new CheckOutcome(CheckStatus.L7RSP, null, "", millisSince(start))));
            s.write(Buffer.buffer(request(httpCheck)));
        });
        return promise.future();
    }

    /** The bytes HAProxy 2.6 sends for <check> (reference §1.2, §7): lower-case header names, connection: close on HTTP/1.1. */
    static String request(HttpCheck check) {
        StringBuilder sb = new StringBuilder();
        sb.append(check.method()).append(' ').append(check.uri()).append(' ').append(check.version()).append("\r\n");
        boolean hasConnection = false;
        for (HttpCheck.Header h : check.headers()) {
            if (h.name().equalsIgnoreCase("connection")) {
                hasConnection = true; // §7: a configured Connection header is dropped, and none is added
                continue;
            }
            sb.append(h.name().toLowerCase(Locale.ROOT)).append(": ").append(h.value()).append("\r\n");
        }
        if (!hasConnection && check.version().equals("HTTP/1.1")) {
            sb.append("connection: close\r\n");
        }
        return sb.append("\r\n").toString();
    }

    /** Reads the status line from <received>; null when more bytes are needed and the peer has not closed. */
    static CheckOutcome parse(Buffer received, long start, boolean closed) {
        String text = received.toString(StandardCharsets.ISO_8859_1);
        int eol = text.indexOf("\r\n");
        if (eol < 0) {
            eol = text.indexOf('\n');
        }
        if (eol < 0) {
            boolean couldBeStatusLine = "HTTP/".startsWith(text) || text.startsWith("HTTP/");
            if (!closed && couldBeStatusLine && text.length() < MAX_STATUS_LINE) {
                return null;
            }
            return new CheckOutcome(CheckStatus.L7RSP, null, "", millisSince(start));
        }
        Matcher m = STATUS_LINE.matcher(text.substring(0, eol));
        if (!m.matches()) {
            return new CheckOutcome(CheckStatus.L7RSP, null, "", millisSince(start));
        }
        int code = Integer.parseInt(m.group(1));
        String reason = m.group(2) == null ? "" : m.group(2).trim();
        // reference §1.3: without http-check expect, 2xx and 3xx pass
        if (code >= 200 && code < 400) {
            return new CheckOutcome(CheckStatus.L7OK, code, "", millisSince(start));
        }
        return new CheckOutcome(CheckStatus.L7STS, code, reason, millisSince(start));
    }

    private static CheckOutcome connectFailure(Throwable cause, long start) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (cause instanceof org.pilab.rack.RefusedDestinationException) {
            return new CheckOutcome(CheckStatus.L4CON, null, cause.getMessage(), millisSince(start));
        }
        if (root instanceof ConnectException || String.valueOf(root.getMessage()).contains("Connection refused")) {
            // reference §7: HAProxy 2.6 reports check_duration 0 for L4CON
            return new CheckOutcome(CheckStatus.L4CON, null, "Connection refused", 0);
        }
        if (root instanceof io.netty.channel.ConnectTimeoutException) {
            return new CheckOutcome(CheckStatus.L4TOUT, null, "", millisSince(start));
        }
        return new CheckOutcome(CheckStatus.SOCKERR, null, String.valueOf(root.getMessage()), millisSince(start));
    }

    private static void finish(AtomicBoolean done, Promise<CheckOutcome> promise, NetSocket socket, CheckOutcome outcome) {
        if (done.compareAndSet(false, true)) {
            if (socket != null) {
                socket.close();
            }
            promise.complete(outcome);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
