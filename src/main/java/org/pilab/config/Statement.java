package org.pilab.config;

import java.util.List;

/**
 * One configuration line after HAProxy's lexical rules (section 6.1 of the reference): comments removed,
 * quotes and escapes resolved, so {@code HEAD / HTTP/1.1\r\nHost:localhost} is one word holding real CR LF.
 *
 * @param line  1-based line number
 * @param words the words, never empty
 * @param raw   the line as written, without its newline
 */
public record Statement(int line, List<String> words, String raw) {

    public Statement {
        words = List.copyOf(words);
    }

    public String keyword() {
        return words.get(0);
    }

    /** The word at <index>, or null past the end. */
    public String word(int index) {
        return index < words.size() ? words.get(index) : null;
    }
}
