package org.pilab.web;

import org.pilab.health.ServerHealthView;
import org.pilab.proxy.FrontendView;

import java.util.List;

/**
 * {@code GET /api/rack}: the mode, where the balancer listens, and every Pi with the state of each server
 * that points at it.
 */
public record RackView(String mode, List<FrontendView> frontends, List<PiView> pis) {

    /**
     * One Pi and, for each backend that uses it, its server state as the stats page writes it.
     *
     * @param id      the server name, also usable in {@code /api/rack/pis/{id}}
     * @param servers health of every server whose address is this Pi's
     */
    public record PiView(int number, String id, String name, String address, String socket, String model,
                         String power, long served, List<ServerHealthView> servers) {
    }
}
