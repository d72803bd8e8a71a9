package org.pilab.config;

import java.time.Duration;

/** {@code timeout connect|client|server|check|http-request|queue}; null means unset (HAProxy: infinite). */
public record Timeouts(Duration connect, Duration client, Duration server, Duration check, Duration httpRequest,
                       Duration queue) {

    public static Timeouts none() {
        return new Timeouts(null, null, null, null, null, null);
    }
}
