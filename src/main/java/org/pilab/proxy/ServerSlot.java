package org.pilab.proxy;

import org.pilab.config.Server;

/** One server of a running backend: its config line and its traffic counters. */
final class ServerSlot {

    final Server server;
    final ServerCounters counters;
    volatile int weight;

    /** <kept> carries the counters of the same server from the config that ran before, or null. */
    ServerSlot(Server server, ServerCounters kept) {
        this.server = server;
        this.counters = kept != null ? kept : new ServerCounters();
        this.weight = server.weight();
    }

    @Override
    public String toString() {
        return server.name();
    }
}
