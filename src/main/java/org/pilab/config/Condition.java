package org.pilab.config;

import java.util.List;

/**
 * A rule condition: {@code if}/{@code unless} followed by terms ({@code { ssl_fc }}, {@code TRUE},
 * an ACL name, optionally negated with {@code !}). Terms are ANDed; {@code or}/{@code ||} separate OR groups.
 *
 * @param negate true for {@code unless}
 * @param words  the words after if/unless, as written
 */
public record Condition(boolean negate, List<String> words) {

    public Condition {
        words = List.copyOf(words);
    }
}
