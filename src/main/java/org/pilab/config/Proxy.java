package org.pilab.config;

import java.util.List;
import java.util.Map;

/**
 * A {@code frontend}, {@code backend} or {@code listen} section with the preceding {@code defaults} applied.
 * Fields that need the other capability are empty when the kind lacks it (e.g. no servers in a frontend).
 *
 * @param name           proxy name
 * @param kind           which section keyword declared it
 * @param line           line of the section keyword
 * @param mode           tcp or http
 * @param binds          listening addresses (frontend capability)
 * @param defaultBackend {@code default_backend}, or null
 * @param balance        {@code balance} algorithm and arguments, {@code roundrobin} by default
 * @param servers        servers in declaration order (backend capability)
 * @param httpCheck      {@code option httpchk} settings, or null when unset (TCP checks)
 * @param forwardFor     {@code option forwardfor}
 * @param requestRules   {@code http-request} header rules in order
 * @param timeouts       timeouts
 * @param retries        {@code retries}, 3 by default
 * @param redispatch     {@code option redispatch}
 * @param stats          {@code stats *} settings
 * @param errorFiles     {@code errorfile} status to path
 */
public record Proxy(String name, ProxyKind kind, int line, ProxyMode mode, List<Bind> binds, String defaultBackend,
                    Balance balance, List<Server> servers, HttpCheck httpCheck, boolean forwardFor,
                    List<HeaderRule> requestRules, Timeouts timeouts, int retries, boolean redispatch,
                    StatsSettings stats, Map<Integer, String> errorFiles) {

    public static final int DEFAULT_RETRIES = 3;

    public Proxy {
        binds = List.copyOf(binds);
        servers = List.copyOf(servers);
        requestRules = List.copyOf(requestRules);
        errorFiles = Map.copyOf(errorFiles);
    }

    /** Whether this proxy serves the stats page rather than traffic (HTTP mode and {@code stats enable}). */
    public boolean servesStats() {
        return mode == ProxyMode.HTTP && stats.enabled();
    }
}
