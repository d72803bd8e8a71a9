package org.pilab.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.pilab.config.HaproxyConfig;
import org.pilab.config.Proxy;
import org.pilab.config.Server;
import org.pilab.engine.LabService;
import org.pilab.health.HealthService;
import org.pilab.health.ServerHealthView;
import org.pilab.proxy.ProxyService;
import org.pilab.rack.Pi;
import org.pilab.rack.Rack;

import java.util.ArrayList;
import java.util.List;

/** Builds the read models that pages and the API share, from the rack, health and proxy services. */
@ApplicationScoped
public class LabView {

    private final Rack rack;
    private final HealthService health;
    private final ProxyService proxy;
    private final LabService lab;

    public LabView(Rack rack, HealthService health, ProxyService proxy, LabService lab) {
        this.rack = rack;
        this.health = health;
        this.proxy = proxy;
        this.lab = lab;
    }

    public RackView rack() {
        return new RackView(rack.simulated() ? "simulated" : "real", proxy.findFrontends(),
                rack.findAll().stream().map(this::pi).toList());
    }

    public RackView.PiView pi(Pi pi) {
        List<ServerHealthView> servers = new ArrayList<>();
        LabService.Running running = lab.running();
        if (running != null) {
            HaproxyConfig config = running.config();
            for (Proxy backend : config.backends()) {
                for (Server s : backend.servers()) {
                    if (s.address().equalsIgnoreCase(pi.address())) {
                        health.find(backend.name(), s.name()).ifPresent(servers::add);
                    }
                }
            }
        }
        return new RackView.PiView(pi.number(), pi.name(), pi.name(), pi.address(), pi.socket(), pi.model(),
                pi.power(), pi.served(), servers);
    }
}
