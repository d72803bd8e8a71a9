package org.pilab.web;

import io.quarkus.qute.TemplateExtension;
import org.pilab.health.ServerHealthView;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** View-only helpers for templates: state styles, symbols and the LastChk text, kept out of the records. */
@TemplateExtension
public class ViewExtensions {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    /**
     * CSS class for a server state, after HAProxy's row classes (reference §4.3): up, going-down (UP 2/3),
     * going-up (DOWN 1/2), down, maint, drain, nolb, no-check.
     */
    static String style(ServerHealthView s) {
        String state = s.state();
        if (state.startsWith("MAINT")) {
            return "maint";
        }
        if (state.startsWith("DRAIN")) {
            return "drain";
        }
        if (state.startsWith("NOLB")) {
            return "nolb";
        }
        if (state.equals("no check")) {
            return "no-check";
        }
        if (state.startsWith("DOWN")) {
            return state.equals("DOWN") ? "down" : "going-up";
        }
        return state.equals("UP") ? "up" : "going-down";
    }

    /** A symbol that tells states apart without colour. */
    static String symbol(ServerHealthView s) {
        return switch (style(s)) {
            case "up" -> "▲";
            case "going-down" -> "◢";
            case "going-up" -> "◣";
            case "down" -> "▼";
            case "maint" -> "■";
            case "drain", "nolb" -> "◆";
            default -> "●";
        };
    }

    /** The stats page's LastChk cell text, e.g. {@code L7OK/200 in 1ms} (reference §1.6). */
    static String lastCheck(ServerHealthView s) {
        if (s.checkStatus() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.checkStatus());
        if (s.checkCode() != null) {
            sb.append('/').append(s.checkCode());
        }
        if (s.checkDurationMs() >= 0 && !s.checkStatus().equals("INI") && !s.checkStatus().equals("* INI")) {
            sb.append(" in ").append(s.checkDurationMs()).append("ms");
        }
        return sb.toString();
    }

    /** The LastChk tooltip text: description and info, e.g. {@code Layer4 connection problem: Connection refused}. */
    static String checkDetail(ServerHealthView s) {
        if (s.checkDesc() == null) {
            return "";
        }
        return s.checkInfo() == null || s.checkInfo().isEmpty() ? s.checkDesc() : s.checkDesc() + ": " + s.checkInfo();
    }

    /** HAProxy's human time since the last change: {@code 19s}, {@code 2m44s}, {@code 1h5m} (reference §4.3). */
    static String since(ServerHealthView s) {
        long secs = Math.max(0, Duration.between(Instant.ofEpochMilli(s.lastChangeMs()), Instant.now()).toSeconds());
        long d = secs / 86400, h = secs % 86400 / 3600, m = secs % 3600 / 60, sec = secs % 60;
        if (d > 0) {
            return d + "d" + h + "h";
        }
        if (h > 0) {
            return h + "h" + m + "m";
        }
        if (m > 0) {
            return m + "m" + sec + "s";
        }
        return sec + "s";
    }

    static String clock(Instant at) {
        return CLOCK.format(at);
    }
}
