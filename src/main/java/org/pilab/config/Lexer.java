package org.pilab.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one configuration line into words the way HAProxy 2.6's {@code parse_line()} does (reference §6.1):
 * an unprotected {@code #} starts a comment, spaces and tabs separate words, double quotes are weak
 * (escapes and {@code $VAR} still work), single quotes are strong (nothing is interpreted), and outside single
 * quotes a backslash escapes {@code ' '}, {@code #}, {@code \}, {@code '}, {@code "} and encodes {@code \r},
 * {@code \n}, {@code \t} and {@code \xNN}. There is no line continuation: a trailing backslash is a word.
 */
final class Lexer {

    private Lexer() {
    }

    /**
     * The result of splitting one line.
     *
     * @param words             the words (may be empty for blank and comment lines)
     * @param unmatchedQuoteAt  1-based column of an opening quote that is never closed, or 0
     */
    record Line(List<String> words, int unmatchedQuoteAt) {

        boolean unmatchedQuote() {
            return unmatchedQuoteAt > 0;
        }
    }

    static Line split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        int quoteAt = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (quote == '\'') {
                // strong quote: everything literal up to the closing quote
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
                i++;
                continue;
            }
            if (quote == 0 && (c == ' ' || c == '\t')) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                i++;
                continue;
            }
            if (quote == 0 && c == '#') {
                break; // comment
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '\'' && quote == 0) {
                quote = '\'';
                quoteAt = i + 1;
                i++;
            } else if (c == '"') {
                if (quote == '"') {
                    quote = 0;
                } else {
                    quote = '"';
                    quoteAt = i + 1;
                }
                i++;
            } else if (c == '\\' && i + 1 < n) {
                i = escape(line, i, word);
            } else if (c == '$' && quote == '"') {
                i = expandVariable(line, i);
            } else {
                word.append(c);
                i++;
            }
        }
        if (quote != 0) {
            return new Line(words, quoteAt);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return new Line(words, 0);
    }

    /** Handles the backslash at <i>; returns the index after the escape. */
    private static int escape(String line, int i, StringBuilder word) {
        char next = line.charAt(i + 1);
        switch (next) {
            case ' ', '#', '\\', '\'', '"' -> word.append(next);
            case 'r' -> word.append('\r');
            case 'n' -> word.append('\n');
            case 't' -> word.append('\t');
            case 'x' -> {
                if (i + 3 < line.length() && isHex(line.charAt(i + 2)) && isHex(line.charAt(i + 3))) {
                    word.append((char) Integer.parseInt(line.substring(i + 2, i + 4), 16));
                    return i + 4;
                }
                word.append('\\');
                return i + 1;
            }
            default -> {
                // an unknown escape keeps its backslash, like HAProxy
                word.append('\\');
                return i + 1;
            }
        }
        return i + 2;
    }

    /**
     * {@code $NAME} or {@code ${NAME}} in weak quotes is replaced by HAProxy's environment. The lab has no such
     * environment, so it expands to an empty string (like an unset variable in HAProxy).
     */
    private static int expandVariable(String line, int i) {
        int j = i + 1;
        if (j < line.length() && line.charAt(j) == '{') {
            int close = line.indexOf('}', j);
            return close < 0 ? line.length() : close + 1;
        }
        while (j < line.length() && (Character.isLetterOrDigit(line.charAt(j)) || line.charAt(j) == '_')) {
            j++;
        }
        return j;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
