package org.pilab.config;

import java.util.Set;

/**
 * Checks a log-format string (the value of {@code http-request set-header|add-header}, e.g.
 * {@code %[dst_port]}) like HAProxy 2.6's {@code parse_logformat_string()}: {@code %var}, {@code %{args}var},
 * {@code %[sample expression]} and {@code %%}. Only what can make {@code haproxy -c} fail is checked.
 */
final class LogFormat {

    private LogFormat() {
    }

    /** The log-format variables of HAProxy 2.6 ({@code logformat_keywords}). */
    private static final Set<String> VARIABLES = Set.of("o", "B", "CC", "CS", "H", "ID", "ST", "T", "Ta", "Tc",
            "Th", "Ti", "Tl", "Tq", "Tr", "TR", "Td", "Ts", "Tt", "Tu", "Tw", "U", "ac", "b", "bc", "bi", "bp", "bq",
            "ci", "cp", "f", "fc", "fi", "fp", "ft", "hr", "hrl", "hs", "hsl", "HM", "HP", "HPO", "HQ", "HU", "HV",
            "lc", "ms", "pid", "r", "rc", "rt", "s", "sc", "si", "sp", "sq", "sslc", "sslv", "t", "tr", "trg",
            "trl", "ts", "tsc");

    /**
     * What HAProxy says about <fmt> (the text after {@code ... rule : }, without the final dot), or null.
     */
    static String problem(String fmt) {
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            if (fmt.charAt(i) != '%') {
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i == n) {
                return "truncated line after '%'";
            }
            char c = fmt.charAt(i);
            String arg = null;
            if (c == '{') {
                int close = fmt.indexOf('}', i);
                if (close < 0) {
                    return "truncated line after '" + fmt.substring(i + 1) + "'";
                }
                arg = fmt.substring(i + 1, close);
                i = close + 1;
                if (i == n) {
                    return "truncated line after '" + arg + "'";
                }
                c = fmt.charAt(i);
                if (c != '[' && !Character.isLetterOrDigit(c)) {
                    return "parse argument modifier without variable name near '%{" + arg + "}'";
                }
            }
            if (c == '[') {
                String problem = sampleExpression(fmt, i + 1);
                if (problem != null) {
                    return problem;
                }
                i = fmt.indexOf(']', i) + 1;
            } else if (Character.isLetter(c) || (arg != null && Character.isLetterOrDigit(c))) {
                int end = i;
                while (end < n && Character.isLetterOrDigit(fmt.charAt(end))) {
                    end++;
                }
                String var = fmt.substring(i, end);
                if (!VARIABLES.contains(var)) {
                    return "no such format variable '" + var + "'. If you wanted to emit the '%' character "
                            + "verbatim, you need to use '%%'";
                }
                i = end;
            } else if (c == '%') {
                i++;
            } else if (Character.isDigit(c) || c == ' ' || c == '\t') {
                return "unexpected variable name near '" + c + "' at position " + (i + 1) + " line : '" + fmt
                        + "'. Maybe you want to write a single '%', use the syntax '%%'";
            } else {
                i = start + 1; // a literal '%'
            }
        }
        return null;
    }

    /** Checks the sample expression starting at <from> (after {@code %[}) up to its closing bracket. */
    private static String sampleExpression(String fmt, int from) {
        String rest = fmt.substring(from);
        int i = 0;
        while (i < rest.length() && (Character.isLetterOrDigit(rest.charAt(i)) || ".-_+:".indexOf(rest.charAt(i)) >= 0)) {
            i++;
        }
        String name = rest.substring(0, i);
        if (name.isEmpty()) {
            return "failed to parse sample expression <" + rest + "> : missing fetch method";
        }
        if (!SampleFetches.known(name)) {
            return "failed to parse sample expression <" + rest + "> : unknown fetch method '" + name + "'";
        }
        // skip arguments and converters: balanced parentheses, then ",conv(...)" parts, up to ']'
        int depth = 0;
        for (; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ']' && depth <= 0) {
                return null;
            }
        }
        return "missing ']' after '" + rest + "'";
    }
}
