package org.pilab.proxy;

import io.vertx.core.http.HttpServerResponse;

import java.util.Map;

/**
 * HAProxy 2.6's built-in error responses ({@code http_err_msgs[]} in src/http.c, reference §3.3): the same status
 * line, headers and bodies byte for byte, so a learner's curl shows what real HAProxy would show.
 */
final class HttpErrors {

    private record Message(String reason, String text) {
    }

    private static final Map<Integer, Message> MESSAGES = Map.of(
            400, new Message("Bad request", "Your browser sent an invalid request."),
            401, new Message("Unauthorized", "You need a valid user and password to access this content."),
            403, new Message("Forbidden", "Request forbidden by administrative rules."),
            408, new Message("Request Time-out", "Your browser didn't send a complete request in time."),
            500, new Message("Internal Server Error", "An internal server error occurred."),
            502, new Message("Bad Gateway", "The server returned an invalid or incomplete response."),
            503, new Message("Service Unavailable", "No server is available to handle this request."),
            504, new Message("Gateway Time-out", "The server didn't respond in time."));

    private HttpErrors() {
    }

    /** The body HAProxy sends for <status>: {@code <html><body><h1>503 Service Unavailable</h1>\n…</body></html>\n}. */
    static String body(int status) {
        Message m = MESSAGES.get(status);
        return "<html><body><h1>" + status + " " + m.reason() + "</h1>\n" + m.text() + "\n</body></html>\n";
    }

    static String reason(int status) {
        return MESSAGES.get(status).reason();
    }

    /** Sends the built-in error <status>; HTTP/1.1 keep-alive is kept, as HAProxy keeps it for 502/503/504. */
    static void send(HttpServerResponse response, int status) {
        if (response.ended() || response.headWritten()) {
            response.reset();
            return;
        }
        response.setStatusCode(status).setStatusMessage(reason(status));
        response.headers().clear();
        response.putHeader("content-length", String.valueOf(body(status).length()))
                .putHeader("cache-control", "no-cache")
                .putHeader("content-type", "text/html")
                .end(body(status));
    }
}
