package org.pilab.proxy.balance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Map-based hashing load balancing algorithms ({@code hash-type map-based}, the 2.6 default; HAProxy's backend.c
 * {@code get_server_*h} functions).
 *
 * <p>How it works: a subclass turns the request into an unsigned 32-bit hash (or nothing when the request lacks the
 * data), and the server is {@code map[hash % tot]} on the map of {@link MapBalancer}. The same request data thus
 * always reaches the same server while the set of usable servers stays the same; a change rebuilds the map and
 * may move most keys. Missing data falls back to round robin over the map. With a single usable server no hash is
 * computed. Strings are hashed with sdbm ({@link #sdbm(byte[], int, int)}). Reference: haproxy-2.6.md §2.1, §2.4.
 *
 * <p>Not thread-safe: callers synchronise.
 */
abstract class HashBalancer<S> extends MapBalancer<S> {

    HashBalancer(List<S> handles, ToIntFunction<S> weight, Predicate<S> backup, Predicate<S> initiallyUsable,
                 boolean allBackups, ToIntFunction<S> activeConnections, ToIntFunction<S> maxconn) {
        super(handles, weight, backup, initiallyUsable, allBackups, activeConnections, maxconn);
    }

    /** The request's hash as an unsigned 32-bit value, or empty when the request lacks the data. */
    abstract OptionalLong hash(PickContext ctx);

    @Override
    public final Optional<S> pick(PickContext ctx) {
        if (map().isEmpty()) {
            return Optional.empty();
        }
        if (singleServer()) {
            return byHash(0); // note: we won't hash if there's only one server left
        }
        OptionalLong h = hash(ctx == null ? PickContext.none() : ctx);
        return h.isPresent() ? byHash(h.getAsLong()) : roundRobin();
    }

    /**
     * HAProxy's {@code hash_sdbm} over {@code <bytes>[<from>, <to>)}: {@code hash = c + (hash << 6) + (hash << 16) - hash}
     * in unsigned 32-bit arithmetic, with bytes read as signed chars like HAProxy on x86.
     */
    static long sdbm(byte[] bytes, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            int c = bytes[i];
            hash = c + (hash << 6) + (hash << 16) - hash;
        }
        return hash & 0xFFFF_FFFFL;
    }

    /** sdbm of a whole string's UTF-8 bytes. */
    static long sdbm(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return sdbm(b, 0, b.length);
    }
}
