package org.yishi.query.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A short passage of a document's body around the reader's terms, as HTML: escaped, with {@code <mark>} around each
 * occurrence of a term. The passage is the window of {@link #LENGTH} characters holding the most occurrences (the
 * first such); a body without any starts at its beginning. Terms are found as written, ignoring case, which is how
 * the character-pair fallback matches them too.
 */
final class Snippets {

    static final int LENGTH = 90;

    private Snippets() {
    }

    static String of(String body, List<String> terms) {
        String text = body.replace('\n', ' ');
        List<int[]> found = occurrences(text, terms);
        int start = 0;
        int best = 0;
        for (int[] first : found) {
            int from = Math.max(0, first[0] - 10);
            int count = 0;
            for (int[] other : found) {
                if (other[0] >= from && other[1] <= from + LENGTH) {
                    count++;
                }
            }
            if (count > best) {
                best = count;
                start = from;
            }
        }
        int end = Math.min(text.length(), start + LENGTH);
        StringBuilder html = new StringBuilder();
        if (start > 0) {
            html.append('…');
        }
        int at = start;
        for (int[] occurrence : found) {
            if (occurrence[0] < at || occurrence[1] > end) {
                continue;
            }
            escape(html, text, at, occurrence[0]);
            html.append("<mark>");
            escape(html, text, occurrence[0], occurrence[1]);
            html.append("</mark>");
            at = occurrence[1];
        }
        escape(html, text, at, end);
        if (end < text.length()) {
            html.append('…');
        }
        return html.toString();
    }

    /** Where the terms occur, in order, without overlaps (the longer term first where two start together). */
    private static List<int[]> occurrences(String text, List<String> terms) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<int[]> all = new ArrayList<>();
        for (String term : terms) {
            for (int at = lower.indexOf(term); at >= 0 && !term.isEmpty(); at = lower.indexOf(term, at + term.length())) {
                all.add(new int[] {at, at + term.length()});
            }
        }
        all.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> disjoint = new ArrayList<>();
        int reached = -1;
        for (int[] occurrence : all) {
            if (occurrence[0] >= reached) {
                disjoint.add(occurrence);
                reached = occurrence[1];
            }
        }
        return disjoint;
    }

    private static void escape(StringBuilder html, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
