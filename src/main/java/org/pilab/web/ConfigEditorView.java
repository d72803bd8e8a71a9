package org.pilab.web;

import org.pilab.config.CheckReport;
import org.pilab.config.Diagnostic;
import org.pilab.engine.ConfigHistory;
import org.pilab.engine.LineDiff;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code /config} shows: the text in the editor, the last check or apply, the running config's strict
 * verdict when the lab runs it leniently, and the history.
 *
 * @param text      the text in the editor
 * @param result    the outcome of the last action
 * @param lenient   the banner for a running config that real HAProxy rejects, or null
 * @param history   the newest applied versions
 */
public record ConfigEditorView(String text, Result result, Lenient lenient, HistoryView history) {

    /**
     * The outcome of Check, Apply or Restore.
     *
     * @param action   {@code checked}, {@code applied}, {@code rejected} or {@code conflict}
     * @param headline one sentence: what happened, with the verdict in words
     * @param verdict  the checker's verdict ({@code valid} …), null for a port conflict
     * @param items    errors first, then warnings and notes
     * @param diff     what Apply would change (after a check) or changed (after an apply)
     * @param diffTitle the heading over the diff
     */
    public record Result(String action, String headline, String verdict, List<Item> items, LineDiff.Result diff,
                         String diffTitle) {

        public boolean hasItems() {
            return !items.isEmpty();
        }

        /** The verdict's symbol, so it never depends on colour alone. */
        public String symbol() {
            if (verdict == null) {
                return "\u2716";
            }
            return switch (verdict) {
                case "valid" -> "\u2714";
                case "warnings" -> "\u26A0";
                default -> "\u2716";
            };
        }

        /** CSS class: ok, warn or bad. */
        public String style() {
            if (verdict == null) {
                return "bad";
            }
            return switch (verdict) {
                case "valid" -> "ok";
                case "warnings" -> "warn";
                default -> "bad";
            };
        }
    }

    /**
     * One error, warning or note, ready to show: severity as text and symbol, the line to jump to.
     *
     * @param haproxy real HAProxy's own words, or null
     */
    public record Item(Integer line, String severity, String symbol, String label, String message, String hint,
                       String haproxy) {

        static Item of(Diagnostic d) {
            String severity = d.severity().json();
            String symbol = switch (d.severity()) {
                case ERROR -> "\u2716";
                case WARNING -> "\u26A0";
                case INFO -> "\u2139";
            };
            String label = switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "note";
            };
            return new Item(d.line(), severity, symbol, label, d.message(), d.hint(), d.haproxy());
        }
    }

    /**
     * The running config loaded leniently: real HAProxy 2.6 rejects it, the lab runs it as written.
     *
     * @param error the strict checker's first error
     * @param fixed the config with the legacy form rewritten, or null when the lab knows no textual fix
     */
    public record Lenient(Item error, String fixed) {
    }

    static List<Item> items(CheckReport report) {
        List<Item> out = new ArrayList<>();
        report.errors().forEach(d -> out.add(Item.of(d)));
        report.warnings().forEach(d -> out.add(Item.of(d)));
        return out;
    }
}
