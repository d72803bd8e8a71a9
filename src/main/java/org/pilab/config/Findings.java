package org.pilab.config;

import java.util.ArrayList;
import java.util.List;

/** The diagnostics collected while reading one config, in the order {@code haproxy -c} would print them. */
final class Findings {

    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> notes = new ArrayList<>();

    void error(Integer line, String message, String hint, String haproxy) {
        errors.add(new Diagnostic(line, Diagnostic.Severity.ERROR, message, hint, haproxy));
    }

    void warning(Integer line, String message, String hint, String haproxy) {
        notes.add(new Diagnostic(line, Diagnostic.Severity.WARNING, message, hint, haproxy));
    }

    void info(Integer line, String message, String hint) {
        notes.add(new Diagnostic(line, Diagnostic.Severity.INFO, message, hint, null));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    boolean hasWarnings() {
        return notes.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING);
    }

    List<Diagnostic> errors() {
        return errors;
    }

    List<Diagnostic> notes() {
        return notes;
    }
}
