package org.pilab.config;

import java.util.List;
import java.util.Optional;

/**
 * A parsed {@code haproxy.cfg}: the proxies in declaration order, with {@code defaults} already folded into
 * each of them. Sections the lab cannot act on (global settings such as {@code chroot}) are kept in
 * {@link #global()} only so they can be reported and exported.
 *
 * @param fileName the name used in messages ({@code parsing [haproxy.cfg:15]})
 * @param text     the exact source text
 * @param global   the {@code global} section, or an empty one
 * @param proxies  frontends, backends and listen sections, in the order they appear
 */
public record HaproxyConfig(String fileName, String text, Global global, List<Proxy> proxies) {

    public HaproxyConfig {
        proxies = List.copyOf(proxies);
    }

    /** Finds the proxy with backend capability called <name> (a {@code backend} or a {@code listen}). */
    public Optional<Proxy> findBackend(String name) {
        return proxies.stream().filter(p -> p.kind().hasBackend() && p.name().equals(name)).findFirst();
    }

    /** Every proxy with backend capability, in declaration order. */
    public List<Proxy> backends() {
        return proxies.stream().filter(p -> p.kind().hasBackend()).toList();
    }

    /** Every proxy with frontend capability, in declaration order. */
    public List<Proxy> frontends() {
        return proxies.stream().filter(p -> p.kind().hasFrontend()).toList();
    }
}
