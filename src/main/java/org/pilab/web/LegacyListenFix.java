package org.pilab.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the blog's {@code listen stats *:1936} into the form HAProxy 1.6+ accepts ({@code listen stats} then
 * {@code bind *:1936} on the next line), keeping every other line, comment and blank as the learner wrote it.
 * The editor offers the result; nothing is applied without the learner pressing Apply.
 */
final class LegacyListenFix {

    /** {@code listen <name> <addr>:<port>[,...]} with nothing after the address. */
    private static final Pattern LEGACY = Pattern.compile("(?m)^([ \\t]*)listen([ \\t]+)(\\S+)[ \\t]+(\\S*:\\d+(?:,\\S*:\\d+)*)[ \\t]*$");

    private LegacyListenFix() {
    }

    /** <text> with every legacy listen line rewritten, or null when it has none. */
    static String fix(String text) {
        Matcher m = LEGACY.matcher(text);
        if (!m.find()) {
            return null;
        }
        m.reset();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String indent = m.group(1);
            StringBuilder replacement = new StringBuilder(indent).append("listen").append(m.group(2)).append(m.group(3));
            for (String address : m.group(4).split(",")) {
                replacement.append('\n').append(indent).append("    bind ").append(address);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
