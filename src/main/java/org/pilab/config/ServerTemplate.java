package org.pilab.config;

import java.time.Duration;

/**
 * Server settings before the address is known: what {@code default-server} sets, and the starting point of each
 * {@code server} line (a copy of the proxy's template). Defaults are HAProxy 2.6's (reference §1.1).
 */
final class ServerTemplate {

    boolean check;
    Duration inter = Server.DEFAULT_INTER;
    Duration fastinter;
    Duration downinter;
    int rise = Server.DEFAULT_RISE;
    int fall = Server.DEFAULT_FALL;
    int weight = Server.DEFAULT_WEIGHT;
    boolean backup;
    boolean disabled;
    Integer checkPort;
    String checkAddr;
    Integer maxconn;
    String observe;
    int errorLimit = Server.DEFAULT_ERROR_LIMIT;
    String onError = Server.DEFAULT_ON_ERROR;

    static ServerTemplate initial() {
        return new ServerTemplate();
    }

    ServerTemplate copy() {
        ServerTemplate t = new ServerTemplate();
        t.check = check;
        t.inter = inter;
        t.fastinter = fastinter;
        t.downinter = downinter;
        t.rise = rise;
        t.fall = fall;
        t.weight = weight;
        t.backup = backup;
        t.disabled = disabled;
        t.checkPort = checkPort;
        t.checkAddr = checkAddr;
        t.maxconn = maxconn;
        t.observe = observe;
        t.errorLimit = errorLimit;
        t.onError = onError;
        return t;
    }

    Server toServer(String name, String host, Integer port, int line) {
        return new Server(name, host, port, line, check, inter, fastinter == null ? inter : fastinter,
                downinter == null ? inter : downinter, rise, fall, weight, backup, disabled, checkPort, checkAddr,
                maxconn, observe, errorLimit, onError);
    }
}
