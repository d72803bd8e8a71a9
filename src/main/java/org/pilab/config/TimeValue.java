package org.pilab.config;

import java.time.Duration;

/**
 * A time value as HAProxy 2.6's {@code parse_time_err()} reads it (reference §6.1, CFG 2.5): digits, then an
 * optional unit {@code us}, {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}; without a unit the keyword's
 * own unit applies (milliseconds for timeouts and check intervals, seconds for {@code stats refresh}). The result
 * is rounded up to that unit, like HAProxy ({@code 500us} is 1 ms).
 *
 * @param duration the value, or null when it could not be read
 * @param badChar  the character HAProxy stops at when the value is unreadable, or null
 * @param trailing a character after a valid unit ({@code 50sy}): HAProxy 2.6 only warns and keeps the value
 * @param overflow the value does not fit HAProxy's 31-bit timers
 */
record TimeValue(Duration duration, Character badChar, Character trailing, boolean overflow) {

    /** HAProxy's ha_warning text for a trailing character, with the value as written. */
    static String trailingWarning(char c, String text) {
        return "unexpected character '" + c + "' after the timer value '" + text + "', only "
                + "(us=microseconds,ms=milliseconds,s=seconds,m=minutes,h=hours,d=days) are supported."
                + " This will be reported as an error in next versions.";
    }

    static TimeValue parseMillis(String text) {
        return parse(text, 1_000_000L);
    }

    static TimeValue parseSeconds(String text) {
        return parse(text, 1_000_000_000L);
    }

    boolean valid() {
        return duration != null;
    }

    private static TimeValue parse(String text, long unitNanos) {
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return new TimeValue(null, text.isEmpty() ? '\0' : text.charAt(0), null, false);
        }
        int i = 0;
        long value = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            value = Math.min(value * 10 + (text.charAt(i) - '0'), 1L << 40); // larger overflows anyway
            i++;
        }
        long nanos;
        if (i == text.length()) {
            nanos = unitNanos;
        } else {
            char u = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
            switch (u) {
                case 's' -> nanos = 1_000_000_000L;
                case 'u' -> {
                    if (next != 's') {
                        return new TimeValue(null, u, null, false);
                    }
                    nanos = 1_000L;
                    i++;
                }
                case 'm' -> {
                    if (next == 's') {
                        nanos = 1_000_000L;
                        i++;
                    } else {
                        nanos = 60_000_000_000L;
                    }
                }
                case 'h' -> nanos = 3_600_000_000_000L;
                case 'd' -> nanos = 86_400_000_000_000L;
                default -> {
                    return new TimeValue(null, u, null, false);
                }
            }
            i++;
        }
        Character trailing = i < text.length() ? text.charAt(i) : null;
        if ((double) value * nanos / unitNanos >= 0x80000000L) {
            return new TimeValue(null, null, trailing, true);
        }
        long units = (value * nanos + unitNanos - 1) / unitNanos; // rounded up, like HAProxy
        return new TimeValue(Duration.ofNanos(units * unitNanos), null, trailing, false);
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
