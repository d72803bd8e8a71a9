package org.pilab.config;

import java.util.List;

/**
 * What {@code option httpchk} (and {@code http-check send}) sends. Without httpchk a server with
 * {@code check} gets a plain TCP connect check (reference section 1.2).
 *
 * @param method  request method, {@code OPTIONS} by default
 * @param uri     request URI, {@code /} by default
 * @param version HTTP version, {@code HTTP/1.0} by default
 * @param headers headers in order, as name/value pairs; names are sent lower-cased
 */
public record HttpCheck(String method, String uri, String version, List<Header> headers) {

    public HttpCheck {
        headers = List.copyOf(headers);
    }

    public static HttpCheck defaults() {
        return new HttpCheck("OPTIONS", "/", "HTTP/1.0", List.of());
    }

    public record Header(String name, String value) {
    }
}
