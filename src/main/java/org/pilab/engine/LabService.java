package org.pilab.engine;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.pilab.config.CheckReport;
import org.pilab.config.ConfigChecker;
import org.pilab.config.Diagnostic;
import org.pilab.config.HaproxyConfig;
import org.pilab.config.Server;
import org.pilab.events.LabEvent;
import org.pilab.events.LabEvents;
import org.pilab.health.HealthService;
import org.pilab.proxy.ProxyService;
import org.pilab.rack.PiSpec;
import org.pilab.rack.Rack;
import org.pilab.rack.RackSpec;
import org.pilab.rack.Scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The running lab: which config runs, on which rack. At start it loads {@code lab.config} (or the built-in
 * scenario), starts the rack, the health checks and the built-in proxy, in that order, so the first request
 * already finds its Pis.
 */
@ApplicationScoped
public class LabService {

    private final LabSettings settings;
    private final Rack rack;
    private final HealthService health;
    private final ProxyService proxy;
    private final LabEvents events;
    private volatile Running running;

    /** The config that runs and what the checker said about it when it was loaded. */
    public record Running(HaproxyConfig config, CheckReport report, String scenario) {
    }

    public LabService(LabSettings settings, Rack rack, HealthService health, ProxyService proxy, LabEvents events) {
        this.settings = settings;
        this.rack = rack;
        this.health = health;
        this.proxy = proxy;
        this.events = events;
    }

    void onStart(@Observes StartupEvent event) {
        Scenario scenario = settings.config().map(Scenario::fromFile).orElseGet(() -> Scenario.builtIn(settings.scenario()));
        // The blog's own config uses 'listen stats *:1936', which HAProxy >= 1.6 rejects: the lab loads it
        // leniently with a warning, and the editor shows the strict verdict.
        CheckReport report = ConfigChecker.checkLenient(scenario.configName(), scenario.configText());
        if (report.config() == null) {
            throw new IllegalStateException("Cannot start the lab: " + scenario.configName() + " has errors:\n"
                    + describe(report.errors()) + "\nFix the file (or run it through 'haproxy -c -f') and start again.");
        }
        report.warnings().forEach(w -> {
            if (w.severity() == Diagnostic.Severity.WARNING) {
                Log.warnf("%s:%s: %s %s", scenario.configName(), w.line(), w.message(), w.hint() == null ? "" : w.hint());
            } else {
                Log.debugf("%s:%s: %s", scenario.configName(), w.line(), w.message());
            }
        });
        RackSpec spec = scenario.rack().orElseGet(() -> rackFromConfig(report.config()));
        rack.load(spec);
        run(new Running(report.config(), report, scenario.name()));
        Log.infof("Pi Cluster Lab: %d Pi(s) (%s mode), balancer at %s", spec.pis().size(),
                settings.mode().name().toLowerCase(), proxy.findFrontends().stream()
                        .flatMap(f -> f.urls().stream()).toList());
    }

    public Running running() {
        return running;
    }

    /**
     * Restarts the running config, as {@code systemctl reload haproxy} would: health checks keep their state, the
     * balancers start over (round robin from the first server again).
     */
    public synchronized void reload() {
        run(running);
    }

    private void run(Running next) {
        health.start(next.config());
        proxy.start(next.config());
        running = next;
        events.publish(new LabEvent.ConfigApplied(Instant.now(), next.config().fileName(), next.report().warnings().size()));
    }

    /** One Pi per distinct server address when the scenario has no rack file. */
    static RackSpec rackFromConfig(HaproxyConfig config) {
        Set<String> seen = new LinkedHashSet<>();
        List<PiSpec> pis = new ArrayList<>();
        for (var backend : config.backends()) {
            for (Server s : backend.servers()) {
                if (s.port() != null && seen.add(s.address())) {
                    pis.add(new PiSpec(s.name(), s.address(), PiSpec.DEFAULT_MODEL));
                }
            }
        }
        return new RackSpec(pis);
    }

    private static String describe(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            sb.append("  line ").append(d.line()).append(": ").append(d.message());
            if (d.hint() != null) {
                sb.append(" Fix: ").append(d.hint());
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
