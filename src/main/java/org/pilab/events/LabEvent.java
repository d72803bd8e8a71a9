package org.pilab.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * Something that happened in the lab, as sent on {@code GET /api/events}. Every event is an immutable record
 * with a past-tense name; {@link #type()} is the SSE event name.
 */
public sealed interface LabEvent permits LabEvent.ServerStateChanged, LabEvent.CheckCompleted,
        LabEvent.PiPowerChanged, LabEvent.RequestRouted, LabEvent.ConfigApplied {

    @JsonProperty
    String type();

    Instant at();

    /**
     * A server's stats-page status changed, e.g. {@code UP} to {@code UP 2/3}.
     *
     * @param logLine the line HAProxy would log for a real transition (UP/DOWN), or null for intermediate steps
     */
    record ServerStateChanged(Instant at, String backend, String server, String from, String to, String checkStatus,
                              Integer checkCode, String checkInfo, String logLine) implements LabEvent {
        public String type() {
            return "server-state";
        }
    }

    /** A health check finished, whatever its outcome. */
    record CheckCompleted(Instant at, String backend, String server, String status, Integer code, String info,
                          long durationMs, String state) implements LabEvent {
        public String type() {
            return "check";
        }
    }

    /** A Pi was killed (stops listening: connection refused) or revived. */
    record PiPowerChanged(Instant at, String pi, String power) implements LabEvent {
        public String type() {
            return "pi-power";
        }
    }

    /** The balancer answered a request; <server> is null when no server could take it (503). */
    record RequestRouted(Instant at, String frontend, String backend, String server, int status, long timeMs)
            implements LabEvent {
        public String type() {
            return "request";
        }
    }

    /** A new haproxy.cfg is running. */
    record ConfigApplied(Instant at, String fileName, int warnings) implements LabEvent {
        public String type() {
            return "config-applied";
        }
    }
}
