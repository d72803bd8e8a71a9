package org.pilab.proxy;

import java.util.List;

/**
 * A running frontend as pages and the API show it.
 *
 * @param name   frontend (or listen) name
 * @param binds  the bind lines as written, e.g. {@code *:80}
 * @param ports  the ports it really listens on, e.g. 10080 (privileged-port shift)
 * @param urls   where to point curl or a browser, e.g. {@code http://localhost:10080/}
 * @param backend the default backend, or the proxy itself for a listen section
 */
public record FrontendView(String name, List<String> binds, List<Integer> ports, List<String> urls, String backend) {
}
