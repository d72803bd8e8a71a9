package org.pilab.events;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The recent notable events (state changes, kills and revivals, applied configs) as log lines, newest first,
 * so a page opened late still shows what just happened.
 */
@ApplicationScoped
public class EventLog {

    static final int CAPACITY = 50;

    /** One log line. <kind> is the event type, used by pages to pick a style. */
    public record Line(Instant at, String kind, String text) {
    }

    private final LabEvents events;
    private final Deque<Line> lines = new ArrayDeque<>();

    public EventLog(LabEvents events) {
        this.events = events;
    }

    void onStart(@Observes @jakarta.annotation.Priority(1) StartupEvent event) {
        events.stream().subscribe().with(this::record);
    }

    public synchronized List<Line> recent() {
        return new ArrayList<>(lines);
    }

    synchronized void record(LabEvent event) {
        String text = null;
        if (event instanceof LabEvent.ServerStateChanged s) {
            text = s.logLine() != null ? s.logLine()
                    : "Server " + s.backend() + "/" + s.server() + " is " + s.to() + " (was " + s.from()
                    + "), last check " + s.checkStatus()
                    + (s.checkInfo() == null || s.checkInfo().isEmpty() ? "" : ": " + s.checkInfo());
        } else if (event instanceof LabEvent.PiPowerChanged p) {
            text = p.pi() + (p.power().equals("off")
                    ? " was killed: its web server stopped, connections are refused."
                    : " was revived: its web server listens again.");
        } else if (event instanceof LabEvent.ConfigApplied c) {
            text = "Config " + c.fileName() + " is running (" + c.warnings() + " warning(s)).";
        }
        if (text == null) {
            return;
        }
        lines.addFirst(new Line(event.at(), event.type(), text));
        while (lines.size() > CAPACITY) {
            lines.removeLast();
        }
    }
}
