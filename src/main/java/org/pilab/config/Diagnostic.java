package org.pilab.config;

/**
 * One finding about a config, as the API and the editor show it.
 *
 * @param line     1-based line, or null where HAProxy names none
 * @param severity error (the config is rejected), warning, or info ("not used by the lab")
 * @param message  what is wrong, in learner-friendly words
 * @param hint     how to fix it
 * @param haproxy  what real HAProxy 2.6 prints for it (the text after {@code config : }), or null when HAProxy
 *                 says nothing (lab-only notes)
 */
public record Diagnostic(Integer line, Severity severity, String message, String hint, String haproxy) {

    public enum Severity {
        ERROR, WARNING, INFO;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
