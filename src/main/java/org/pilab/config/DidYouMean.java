package org.pilab.config;

import java.util.Collection;
import java.util.Locale;

/**
 * HAProxy's "did you mean" suggestion (2.6 {@code make_word_fingerprint} / {@code word_fingerprint_distance}):
 * each word becomes the set of its character classes plus a count of transitions between them;
 * the candidate with the smallest difference wins, unless the difference exceeds twice the length of either word.
 * Using the same measure as HAProxy makes the lab suggest the same word as {@code haproxy -c}.
 */
final class DidYouMean {

    private DidYouMean() {
    }

    /** The closest candidate to <word>, or null when none is close enough. First best wins on ties. */
    static String best(String word, Collection<String> candidates) {
        int[] sig = fingerprint(word);
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int dist = distance(sig, fingerprint(candidate));
            if (dist < bestDist) {
                bestDist = dist;
                best = candidate;
            }
        }
        if (best == null || bestDist > 2 * word.length() || bestDist > 2 * best.length()) {
            return null;
        }
        return best;
    }

    /**
     * Row 0 marks which character classes occur; row <from> counts transitions to <to>. Classes: letters 1..26,
     * digit 27, anything else 28; the word's begin and end are also 28 (exactly as HAProxy 2.6 does).
     */
    private static int[] fingerprint(String word) {
        int[] fp = new int[1024];
        int from = 28;
        for (char ch : word.toLowerCase(Locale.ROOT).toCharArray()) {
            int to;
            if (ch >= 'a' && ch <= 'z') {
                to = ch - 'a' + 1;
            } else if (ch >= '0' && ch <= '9') {
                to = 27;
            } else {
                to = 28;
            }
            fp[to] = 1;
            fp[32 * from + to]++;
            from = to;
        }
        fp[32 * from + 28]++;
        return fp;
    }

    private static int distance(int[] a, int[] b) {
        int dist = 0;
        for (int i = 0; i < a.length; i++) {
            dist += Math.abs(a[i] - b[i]);
        }
        return dist;
    }
}
