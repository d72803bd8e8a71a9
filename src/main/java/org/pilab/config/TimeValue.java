package org.pilab.config;

import java.time.Duration;

/**
 * A time value as HAProxy reads it (reference §6.1, CFG 2.5): an unsigned integer followed by an optional unit
 * {@code us}, {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}. Without a unit the keyword's default
 * applies: milliseconds for timeouts and check intervals, seconds for {@code stats refresh}.
 *
 * @param duration the value, or null when it could not be read
 * @param badChar  the first character that is not part of a valid time value, or null
 */
record TimeValue(Duration duration, Character badChar) {

    static TimeValue parseMillis(String text) {
        return parse(text, 1_000_000L);
    }

    static TimeValue parseSeconds(String text) {
        return parse(text, 1_000_000_000L);
    }

    boolean valid() {
        return duration != null;
    }

    private static TimeValue parse(String text, long defaultUnitNanos) {
        int i = 0;
        long value = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            value = Math.min(value * 10 + (text.charAt(i) - '0'), Integer.MAX_VALUE);
            i++;
        }
        if (i == 0 && !text.isEmpty()) {
            return new TimeValue(null, text.charAt(0));
        }
        String unit = text.substring(i);
        long nanos = switch (unit) {
            case "" -> defaultUnitNanos;
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            case "d" -> 86_400_000_000_000L;
            default -> -1;
        };
        if (nanos < 0) {
            return new TimeValue(null, badCharOf(unit));
        }
        return new TimeValue(Duration.ofNanos(value * nanos), null);
    }

    /** HAProxy points at the first character that does not start a known unit (e.g. 'x' in {@code 5x}). */
    private static char badCharOf(String unit) {
        for (String known : new String[] {"us", "ms", "s", "m", "h", "d"}) {
            if (unit.startsWith(known) && unit.length() > known.length()) {
                return unit.charAt(known.length());
            }
        }
        return unit.charAt(0);
    }

    /** Formats a duration with the largest exact unit, the way a person would write it in haproxy.cfg. */
    static String format(Duration d) {
        long ms = d.toMillis();
        if (d.toNanos() % 1_000_000L != 0) {
            return (d.toNanos() / 1000) + "us";
        }
        if (ms != 0 && ms % 86_400_000L == 0) {
            return ms / 86_400_000L + "d";
        }
        if (ms != 0 && ms % 3_600_000L == 0) {
            return ms / 3_600_000L + "h";
        }
        if (ms != 0 && ms % 60_000L == 0) {
            return ms / 60_000L + "m";
        }
        if (ms != 0 && ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }
}
