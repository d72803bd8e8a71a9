package org.pilab.config;

import java.util.Collection;
import java.util.Locale;

/**
 * HAProxy's "did you mean" suggestion (2.6 {@code make_word_fingerprint} / {@code word_fingerprint_distance}):
 * each word becomes a count of transitions between character classes (26 letters, digit, other, begin, end);
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

    private static int[] fingerprint(String word) {
        int[] fp = new int[1024];
        int from = 28;
        for (char ch : word.toLowerCase(Locale.ROOT).toCharArray()) {
            int to;
            if (ch >= 'a' && ch <= 'z') {
                to = ch - 'a';
            } else if (ch >= '0' && ch <= '9') {
                to = 26;
            } else {
                to = 27;
            }
            fp[32 * from + to]++;
            from = to;
        }
        fp[32 * from + 29]++;
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
