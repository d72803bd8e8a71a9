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
 * @param acls           {@code acl} lines in order
 * @param useBackends    {@code use_backend} switching rules in order (frontend capability)
 * @param accessRules    {@code http-request allow|deny|return} rules in order
 * @param httpCheckExpect {@code http-check expect}, or null (2xx/3xx pass)
 * @param allBackups     {@code option allbackups}: use every backup server at once, not only the first
 * @param extra          statements accepted but not simulated (e.g. {@code option httplog}, {@code log global}),
 *                       kept as written so they can be exported
 */
public record Proxy(String name, ProxyKind kind, int line, ProxyMode mode, List<Bind> binds, String defaultBackend,
                    Balance balance, List<Server> servers, HttpCheck httpCheck, boolean forwardFor,
                    List<HeaderRule> requestRules, Timeouts timeouts, int retries, boolean redispatch,
                    StatsSettings stats, Map<Integer, String> errorFiles, List<Acl> acls,
                    List<UseBackend> useBackends, List<AccessRule> accessRules, HttpCheckExpect httpCheckExpect,
                    boolean allBackups, List<Statement> extra) {

    public static final int DEFAULT_RETRIES = 3;

    public Proxy {
        binds = List.copyOf(binds);
        servers = List.copyOf(servers);
        requestRules = List.copyOf(requestRules);
        errorFiles = Map.copyOf(errorFiles);
        acls = List.copyOf(acls);
        useBackends = List.copyOf(useBackends);
        accessRules = List.copyOf(accessRules);
        extra = List.copyOf(extra);
    }

    /** The original 16-component form: no ACLs, switching rules, access rules or extra statements. */
    public Proxy(String name, ProxyKind kind, int line, ProxyMode mode, List<Bind> binds, String defaultBackend,
                 Balance balance, List<Server> servers, HttpCheck httpCheck, boolean forwardFor,
                 List<HeaderRule> requestRules, Timeouts timeouts, int retries, boolean redispatch,
                 StatsSettings stats, Map<Integer, String> errorFiles) {
        this(name, kind, line, mode, binds, defaultBackend, balance, servers, httpCheck, forwardFor, requestRules,
                timeouts, retries, redispatch, stats, errorFiles, List.of(), List.of(), List.of(), null, false,
                List.of());
    }

    /** Whether this proxy serves the stats page rather than traffic (HTTP mode and {@code stats enable}). */
    public boolean servesStats() {
        return mode == ProxyMode.HTTP && stats.enabled();
    }
}
