package org.pilab.health.probe;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.pilab.engine.LabService;
import org.pilab.health.HealthService;
import org.pilab.health.ServerHealthView;

import java.util.List;

/**
 * {@code /q/health/ready}: the lab is ready when its config runs and every backend has a usable server. The
 * data lists, per backend, how many servers are usable out of how many ({@code nodes: 2/3 usable}).
 */
@Readiness
@ApplicationScoped
public class LabReadiness implements org.eclipse.microprofile.health.HealthCheck {

    private final LabService lab;
    private final HealthService health;

    public LabReadiness(LabService lab, HealthService health) {
        this.lab = lab;
        this.health = health;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("pi-cluster-lab");
        LabService.Running running = lab.running();
        if (running == null) {
            return builder.down().withData("error", "the lab has not started its config yet").build();
        }
        boolean up = true;
        List<ServerHealthView> all = health.findAll();
        for (var backend : running.config().backends()) {
            if (backend.servers().isEmpty()) {
                continue;
            }
            long usable = all.stream().filter(s -> s.backend().equals(backend.name()) && s.usable()).count();
            builder.withData(backend.name(), usable + "/" + backend.servers().size() + " usable");
            up &= usable > 0;
        }
        builder.withData("config", running.config().fileName());
        return builder.status(up).build();
    }
}
