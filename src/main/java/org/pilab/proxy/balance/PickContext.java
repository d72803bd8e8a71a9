package org.pilab.proxy.balance;

import java.util.function.Function;

/**
 * What the hash-based algorithms may look at in a request.
 *
 * @param clientAddress client IP literal ({@code 127.0.0.1}, {@code ::1}), used by {@code source}; may be null
 * @param path          request path without the query, used by {@code uri}; may be null
 * @param query         query string without the {@code ?}, used by {@code uri whole} and {@code url_param}; may be null
 * @param header        request header lookup by case-insensitive name, returning null when absent; used by
 *                      {@code hdr(<name>)}; null means "no headers"
 */
public record PickContext(String clientAddress, String path, String query, Function<String, String> header) {

    private static final PickContext NONE = new PickContext(null, null, null, null);

    /** A context with no request data: hash algorithms fall back to round robin. */
    public static PickContext none() {
        return NONE;
    }

    /** The header's value, or null when absent or when there is no header lookup. */
    public String headerValue(String name) {
        return header == null ? null : header.apply(name);
    }
}
