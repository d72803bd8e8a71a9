package org.pilab.config;

/**
 * {@code http-check expect [!] <match> <pattern>}. Without it a check passes on 2xx and 3xx (reference §1.3).
 *
 * @param negate  whether the pattern was prefixed with {@code !}
 * @param match   {@code status}, {@code rstatus}, {@code string}, {@code rstring}, ...
 * @param pattern the pattern as written
 */
public record HttpCheckExpect(boolean negate, String match, String pattern) {
}
