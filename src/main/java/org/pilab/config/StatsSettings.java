package org.pilab.config;

import java.time.Duration;
import java.util.List;

/**
 * The {@code stats *} keywords of one proxy (reference section 4.1).
 *
 * @param enabled     {@code stats enable}, or any stats keyword that implies it
 * @param uri         {@code stats uri}, {@code /haproxy?stats} by default
 * @param realm       {@code stats realm}, {@code HAProxy Statistics} by default
 * @param auth        {@code user:password} pairs from {@code stats auth}
 * @param hideVersion {@code stats hide-version}
 * @param refresh     {@code stats refresh}, or null
 * @param admin       condition of {@code stats admin}, or null
 */
public record StatsSettings(boolean enabled, String uri, String realm, List<String> auth, boolean hideVersion,
                            Duration refresh, Condition admin) {

    public static final String DEFAULT_URI = "/haproxy?stats";
    public static final String DEFAULT_REALM = "HAProxy Statistics";

    public StatsSettings {
        auth = List.copyOf(auth);
    }

    public static StatsSettings disabled() {
        return new StatsSettings(false, DEFAULT_URI, DEFAULT_REALM, List.of(), false, null, null);
    }
}
