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
import org.pilab.proxy.PortUnavailableException;
import org.pilab.proxy.ProxyService;
import org.pilab.rack.Pi;
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
    private final ConfigHistory history;
    private volatile Running running;

    /** The config that runs and what the checker said about it when it was loaded. */
    public record Running(HaproxyConfig config, CheckReport report, String scenario) {
    }

    /**
     * What an apply did.
     *
     * @param report  the strict checker's report, plus lab notes (Pis added, history not saved)
     * @param applied whether the config now runs; false means nothing changed
     * @param version the saved history version, or null when not applied or not saved
     * @param added   virtual Pis added so that new servers exist
     */
    public record Applied(CheckReport report, boolean applied, ConfigHistory.Version version, List<Pi> added) {
    }

    public LabService(LabSettings settings, Rack rack, HealthService health, ProxyService proxy, LabEvents events,
                      ConfigHistory history) {
        this.settings = settings;
        this.rack = rack;
        this.health = health;
        this.proxy = proxy;
        this.events = events;
        this.history = history;
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
        saveBootConfig(scenario.configText());
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

    private synchronized void run(Running next) {
        health.start(next.config());
        proxy.start(next.config());
        running = next;
        events.publish(new LabEvent.ConfigApplied(Instant.now(), next.config().fileName(), next.report().warnings().size()));
    }

    /**
     * Checks <text> strictly (like {@code haproxy -c}) and, when it is valid (with or without warnings), runs it
     * in place of the running config, atomically:
     * <ul>
     *   <li>a config with errors, or with no listener, changes nothing;</li>
     *   <li>the new listening sockets are bound first: a port that cannot be bound changes nothing either
     *       ({@link PortUnavailableException});</li>
     *   <li>frontends with unchanged bind lines keep their sockets and connections; requests in flight finish;</li>
     *   <li>servers that stay keep their health state and counters (as HAProxy's server-state-file keeps them);</li>
     *   <li>in simulated mode a server address no Pi has gets a new virtual Pi; Pis are never removed.</li>
     * </ul>
     * The applied text is saved as a new history version. Applies run one at a time.
     */
    public synchronized Applied apply(String text) {
        CheckReport report = ConfigChecker.check("haproxy.cfg", text);
        if (!report.accepted()) {
            return new Applied(report, false, null, List.of());
        }
        HaproxyConfig config = report.config();
        ProxyService.PendingSwap pending = proxy.bind(config); // throws before anything changed
        Running previous = running;
        List<Pi> added = new ArrayList<>();
        try {
            if (rack.simulated()) {
                for (PiSpec spec : missingPis(config, rack.findAll())) {
                    added.add(rack.add(spec));
                }
            }
            health.start(config);
            proxy.swap(pending);
        } catch (RuntimeException e) {
            // put the previous config back; Pis already added stay (they are harmless and never removed)
            proxy.cancel(pending);
            if (previous != null) {
                health.start(previous.config());
            }
            throw e;
        }
        List<Diagnostic> notes = new ArrayList<>(report.warnings());
        for (Pi pi : added) {
            notes.add(new Diagnostic(lineOf(config, pi.address()), Diagnostic.Severity.INFO,
                    "The lab added virtual Pi #" + pi.number() + " '" + pi.name() + "' at " + pi.address()
                            + " so that this server exists.",
                    "Kill and revive it on the rack page like the others.", null));
        }
        ConfigHistory.Version version = null;
        try {
            version = history.save(text);
        } catch (RuntimeException e) {
            Log.warnf("The config runs but was not saved: %s", e.getMessage());
            notes.add(new Diagnostic(null, Diagnostic.Severity.WARNING, "The config runs but was not saved to the history: "
                    + e.getMessage(), "Copy it somewhere safe (Export) until the data folder is writable.", null));
        }
        CheckReport result = new CheckReport(report.verdict(), report.errors(), notes, config);
        running = new Running(config, result, previous == null ? "custom" : previous.scenario());
        events.publish(new LabEvent.ConfigApplied(Instant.now(), config.fileName(), report.warnings().size()));
        Log.infof("Applied a new haproxy.cfg (%s, %d warning(s)%s)", report.verdict().json(), report.warnings().size(),
                version == null ? "" : ", history version " + version.id());
        return new Applied(result, true, version, List.copyOf(added));
    }

    /** Keeps the config the lab started with as a version, unless it is already the latest one. */
    private void saveBootConfig(String text) {
        try {
            if (!history.findLatestText().map(text::equals).orElse(false)) {
                history.save(text);
            }
        } catch (RuntimeException e) {
            Log.warnf("History disabled for now: %s", e.getMessage());
        }
    }

    /**
     * The Pis a simulated rack lacks for <config>: one per server address (with a port, not loopback) that no Pi
     * has, numbered after the existing ones and named after the server (with the number added when another Pi
     * already has that name).
     */
    static List<PiSpec> missingPis(HaproxyConfig config, List<Pi> existing) {
        Set<String> addresses = new java.util.HashSet<>();
        Set<String> names = new java.util.HashSet<>();
        existing.forEach(pi -> {
            addresses.add(pi.address().toLowerCase(java.util.Locale.ROOT));
            names.add(pi.name());
        });
        List<PiSpec> out = new ArrayList<>();
        int number = existing.size();
        for (var backend : config.backends()) {
            for (Server s : backend.servers()) {
                if (s.port() == null || Rack.isLoopback(s.host())
                        || !addresses.add(s.address().toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                number++;
                String name = names.add(s.name()) ? s.name() : s.name() + "-" + number;
                names.add(name);
                out.add(new PiSpec(name, s.address(), PiSpec.DEFAULT_MODEL));
            }
        }
        return out;
    }

    private static Integer lineOf(HaproxyConfig config, String address) {
        for (var backend : config.backends()) {
            for (Server s : backend.servers()) {
                if (s.address().equalsIgnoreCase(address)) {
                    return s.line();
                }
            }
        }
        return null;
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
