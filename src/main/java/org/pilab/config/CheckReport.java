package org.pilab.config;

import java.util.List;

/**
 * The verdict on a config, in the shape of {@code POST /api/config/check} (DESIGN.md, interface contract).
 * Mirrors {@code haproxy -c}: exit 0 valid (with or without warnings), 1 invalid, 2 no listener.
 *
 * @param verdict  the overall verdict
 * @param errors   errors, first one first (the one {@code haproxy -c} prints first)
 * @param warnings warnings and lab notes
 * @param config   the parsed model when there was no error, else null
 */
public record CheckReport(Verdict verdict, List<Diagnostic> errors, List<Diagnostic> warnings,
                          @com.fasterxml.jackson.annotation.JsonIgnore HaproxyConfig config) {

    public CheckReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public enum Verdict {
        VALID("valid"), WARNINGS("warnings"), INVALID("invalid"), NO_LISTENER("no-listener");

        private final String json;

        Verdict(String json) {
            this.json = json;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return json;
        }

        /** The exit code of {@code haproxy -c} for this verdict. */
        public int exitCode() {
            return switch (this) {
                case VALID, WARNINGS -> 0;
                case INVALID -> 1;
                case NO_LISTENER -> 2;
            };
        }
    }

    public boolean accepted() {
        return verdict == Verdict.VALID || verdict == Verdict.WARNINGS;
    }
}
