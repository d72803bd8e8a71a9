package org.pilab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Line-based unified diff by longest common subsequence.
 *
 * <p>How it works: the common first and last lines are set aside, an LCS table over the rest says which lines
 * both texts keep, and a walk through the table emits kept, removed and added lines in order. Changes are then
 * grouped into hunks with {@value #CONTEXT} lines of context, as {@code diff -u} prints them. A config is a few
 * hundred lines at most; past {@link #MAX_CELLS} table cells the middle is shown as all removed then all added
 * rather than spending the memory.
 */
public final class LineDiff {

    /** Lines of context around each change, as {@code diff -u}. */
    public static final int CONTEXT = 3;
    /** The largest LCS table built (about 16 MB of ints). */
    static final long MAX_CELLS = 4_000_000;

    public enum Kind {
        SAME(" "), REMOVED("-"), ADDED("+");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /**
     * One line of the diff.
     *
     * @param oldLine 1-based line in the old text, or 0 for an added line
     * @param newLine 1-based line in the new text, or 0 for a removed line
     */
    public record Line(Kind kind, int oldLine, int newLine, String text) {
        /** CSS-friendly name: same, removed, added. */
        public String style() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One {@code @@ -a,b +c,d @@} block. */
    public record Hunk(String header, List<Line> lines) {
    }

    /** The whole comparison: every line, the hunks, and counts. */
    public record Result(List<Line> lines, List<Hunk> hunks, int added, int removed) {
        public boolean unchanged() {
            return added == 0 && removed == 0;
        }

        /** Unified diff text with {@code ---}/{@code +++} headers, empty when nothing changed. */
        public String unified(String oldName, String newName) {
            if (unchanged()) {
                return "";
            }
            StringBuilder sb = new StringBuilder("--- ").append(oldName).append("\n+++ ").append(newName).append('\n');
            for (Hunk h : hunks) {
                sb.append(h.header()).append('\n');
                for (Line l : h.lines()) {
                    sb.append(l.kind().prefix()).append(l.text()).append('\n');
                }
            }
            return sb.toString();
        }

        /**
         * One line for lists: counts and the first added line (what is new), else the first removed one, e.g.
         * {@code +1 −1: balance static-rr}, {@code +0 −2: removed retries 2}, or {@code no change}.
         */
        public String summary() {
            if (unchanged()) {
                return "no change";
            }
            String counts = "+" + added + " \u2212" + removed;
            String firstAdded = firstText(Kind.ADDED);
            if (!firstAdded.isEmpty()) {
                return counts + ": " + firstAdded;
            }
            String firstRemoved = firstText(Kind.REMOVED);
            return firstRemoved.isEmpty() ? counts : counts + ": removed " + firstRemoved;
        }

        private String firstText(Kind kind) {
            return lines.stream().filter(l -> l.kind() == kind).map(l -> l.text().strip())
                    .filter(t -> !t.isEmpty()).findFirst().orElse("");
        }
    }

    private LineDiff() {
    }

    /** Compares <oldText> with <newText> line by line. Null counts as empty. */
    public static Result diff(String oldText, String newText) {
        List<String> a = split(oldText);
        List<String> b = split(newText);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            lines.add(new Line(Kind.SAME, i + 1, i + 1, a.get(i)));
        }
        middle(a, b, prefix, a.size() - suffix, b.size() - suffix, lines);
        for (int k = suffix; k > 0; k--) {
            int i = a.size() - k;
            int j = b.size() - k;
            lines.add(new Line(Kind.SAME, i + 1, j + 1, a.get(i)));
        }
        int added = (int) lines.stream().filter(l -> l.kind() == Kind.ADDED).count();
        int removed = (int) lines.stream().filter(l -> l.kind() == Kind.REMOVED).count();
        return new Result(List.copyOf(lines), hunks(lines), added, removed);
    }

    /** Diffs a[from..aEnd) against b[from..bEnd) through the LCS table. */
    private static void middle(List<String> a, List<String> b, int from, int aEnd, int bEnd, List<Line> out) {
        int n = aEnd - from;
        int m = bEnd - from;
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int i = from; i < aEnd; i++) {
                out.add(new Line(Kind.REMOVED, i + 1, 0, a.get(i)));
            }
            for (int j = from; j < bEnd; j++) {
                out.add(new Line(Kind.ADDED, 0, j + 1, b.get(j)));
            }
            return;
        }
        // lcs[i][j]: length of the LCS of a[from+i..aEnd) and b[from+j..bEnd), so the walk can go forwards
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(from + i).equals(b.get(from + j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(from + i).equals(b.get(from + j))) {
                out.add(new Line(Kind.SAME, from + i + 1, from + j + 1, a.get(from + i)));
                i++;
                j++;
            } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                // on a tie, removed lines come before added ones, as diff -u prints a replaced line
                out.add(new Line(Kind.REMOVED, from + i + 1, 0, a.get(from + i)));
                i++;
            } else {
                out.add(new Line(Kind.ADDED, 0, from + j + 1, b.get(from + j)));
                j++;
            }
        }
    }

    /** Groups changes with {@link #CONTEXT} lines around them; changes closer than 2×CONTEXT share a hunk. */
    private static List<Hunk> hunks(List<Line> lines) {
        List<Hunk> hunks = new ArrayList<>();
        int k = 0;
        while (k < lines.size()) {
            if (lines.get(k).kind() == Kind.SAME) {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int sameRun = 0;
            for (int x = k; x < lines.size(); x++) {
                if (lines.get(x).kind() == Kind.SAME) {
                    sameRun++;
                    if (sameRun > 2 * CONTEXT) {
                        break;
                    }
                } else {
                    sameRun = 0;
                    end = x;
                }
            }
            int stop = Math.min(lines.size(), end + CONTEXT + 1);
            List<Line> body = lines.subList(start, stop);
            hunks.add(new Hunk(header(body, lines, start), List.copyOf(body)));
            k = stop;
        }
        return hunks;
    }

    private static String header(List<Line> body, List<Line> all, int start) {
        int oldCount = (int) body.stream().filter(l -> l.kind() != Kind.ADDED).count();
        int newCount = (int) body.stream().filter(l -> l.kind() != Kind.REMOVED).count();
        // the line numbers before the hunk: count what precedes it
        int oldBefore = 0;
        int newBefore = 0;
        for (int x = 0; x < start; x++) {
            if (all.get(x).kind() != Kind.ADDED) {
                oldBefore++;
            }
            if (all.get(x).kind() != Kind.REMOVED) {
                newBefore++;
            }
        }
        return "@@ -" + range(oldBefore, oldCount) + " +" + range(newBefore, newCount) + " @@";
    }

    /** diff -u's range: start,count, with start the line before when the range is empty. */
    private static String range(int before, int count) {
        int startLine = count == 0 ? before : before + 1;
        return count == 1 ? String.valueOf(startLine) : startLine + "," + count;
    }

    private static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1); // the final newline ends the last line, it does not start a new one
        }
        return out;
    }
}
