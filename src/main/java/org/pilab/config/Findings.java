package org.pilab.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The diagnostics collected while reading one config, in the order {@code haproxy -c} would print them. A
 * non-fatal ALERT (e.g. {@code 'chroot' already specified}) is a note while the file is accepted, but joins the
 * errors in its place when something else makes the file invalid, since HAProxy prints it first.
 */
final class Findings {

    private enum Kind { ERROR, NON_FATAL_ALERT, NOTE }

    private record Entry(Kind kind, Diagnostic diagnostic) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void error(Integer line, String message, String hint, String haproxy) {
        entries.add(new Entry(Kind.ERROR, new Diagnostic(line, Diagnostic.Severity.ERROR, message, hint, haproxy)));
    }

    void warning(Integer line, String message, String hint, String haproxy) {
        entries.add(new Entry(Kind.NOTE, new Diagnostic(line, Diagnostic.Severity.WARNING, message, hint, haproxy)));
    }

    void info(Integer line, String message, String hint) {
        entries.add(new Entry(Kind.NOTE, new Diagnostic(line, Diagnostic.Severity.INFO, message, hint, null)));
    }

    /** A non-fatal HAProxy ALERT: HAProxy prints it but still accepts the file when nothing else is wrong. */
    void nonFatalAlert(Integer line, String message, String hint, String haproxy) {
        entries.add(new Entry(Kind.NON_FATAL_ALERT,
                new Diagnostic(line, Diagnostic.Severity.INFO, message, hint, haproxy)));
    }

    boolean hasErrors() {
        return entries.stream().anyMatch(e -> e.kind() == Kind.ERROR);
    }

    boolean hasWarnings() {
        return entries.stream().anyMatch(e -> e.diagnostic().severity() == Diagnostic.Severity.WARNING);
    }

    /** Errors in order; with non-fatal alerts among them (as errors) once the file is invalid anyway. */
    List<Diagnostic> errors() {
        boolean invalid = hasErrors();
        List<Diagnostic> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.kind() == Kind.ERROR) {
                out.add(e.diagnostic());
            } else if (e.kind() == Kind.NON_FATAL_ALERT && invalid) {
                Diagnostic d = e.diagnostic();
                out.add(new Diagnostic(d.line(), Diagnostic.Severity.ERROR, d.message(), d.hint(), d.haproxy()));
            }
        }
        return out;
    }

    /** Warnings and notes in order (non-fatal alerts too while the file is valid). */
    List<Diagnostic> notes() {
        boolean invalid = hasErrors();
        return entries.stream()
                .filter(e -> e.kind() == Kind.NOTE || (e.kind() == Kind.NON_FATAL_ALERT && !invalid))
                .map(Entry::diagnostic).toList();
    }
}
