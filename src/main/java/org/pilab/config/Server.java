package org.pilab.config;

import java.time.Duration;

/**
 * A {@code server} line with {@code default-server} values applied. Defaults follow HAProxy 2.6
 * (reference section 1.1): inter 2s, rise 2, fall 3, weight 1.
 *
 * @param name      server name, unique in its backend
 * @param host      address as written (a label such as 192.168.1.200 in simulated mode)
 * @param port      port as written, or null when the line gives none
 * @param line      line of the statement
 * @param check     whether {@code check} is set
 * @param inter     interval between checks when fully UP
 * @param fastinter interval while going up or down; equals inter unless set
 * @param downinter interval while fully DOWN; equals inter unless set
 * @param rise      consecutive successes to become UP
 * @param fall      consecutive failures to become DOWN
 * @param weight    user weight, 0..256
 * @param backup    only used when no active server is usable
 * @param disabled  starts in MAINT
 * @param checkPort {@code port} parameter: where checks go instead of <port>, or null
 * @param checkAddr {@code addr} parameter: where checks go instead of <host>, or null
 * @param maxconn    {@code maxconn}: concurrent connections allowed, or null for no limit
 * @param observe    {@code observe}: {@code layer4}, {@code layer7}, or null when off (reference §1.7)
 * @param errorLimit {@code error-limit}: consecutive traffic errors before {@code on-error}, 10 by default
 * @param onError    {@code on-error}: {@code fail-check} (default), {@code fastinter}, {@code sudden-death},
 *                   {@code mark-down}
 */
public record Server(String name, String host, Integer port, int line, boolean check, Duration inter,
                     Duration fastinter, Duration downinter, int rise, int fall, int weight, boolean backup,
                     boolean disabled, Integer checkPort, String checkAddr, Integer maxconn, String observe,
                     int errorLimit, String onError) {

    public static final int DEFAULT_ERROR_LIMIT = 10;
    public static final String DEFAULT_ON_ERROR = "fail-check";

    /** The original 15-component form: no maxconn, no passive observation. */
    public Server(String name, String host, Integer port, int line, boolean check, Duration inter,
                  Duration fastinter, Duration downinter, int rise, int fall, int weight, boolean backup,
                  boolean disabled, Integer checkPort, String checkAddr) {
        this(name, host, port, line, check, inter, fastinter, downinter, rise, fall, weight, backup, disabled,
                checkPort, checkAddr, null, null, DEFAULT_ERROR_LIMIT, DEFAULT_ON_ERROR);
    }

    public static final Duration DEFAULT_INTER = Duration.ofMillis(2000);
    public static final int DEFAULT_RISE = 2;
    public static final int DEFAULT_FALL = 3;
    public static final int DEFAULT_WEIGHT = 1;

    /** {@code host:port} as written, e.g. {@code 192.168.1.200:8000}. */
    public String address() {
        return port == null ? host : host + ":" + port;
    }
}
