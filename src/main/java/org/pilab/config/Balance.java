package org.pilab.config;

import java.util.List;

/**
 * A {@code balance} line: the algorithm and its arguments, e.g. {@code uri whole} or {@code hdr(host)}.
 *
 * @param algorithm one of HAProxy 2.6's names ({@code roundrobin}, {@code static-rr}, {@code leastconn},
 *                  {@code first}, {@code source}, {@code uri}, {@code url_param}, {@code hdr}, {@code rdp-cookie},
 *                  {@code random}, {@code hash})
 * @param arguments the remaining words
 */
public record Balance(String algorithm, List<String> arguments) {

    public Balance {
        arguments = List.copyOf(arguments);
    }

    public static Balance roundRobin() {
        return new Balance("roundrobin", List.of());
    }
}
