package org.yishi.query.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The terms a reader typed: separated by spaces (also the full-width space) or by punctuation that cannot be part of
 * a term, lower-cased, each at most {@link #MAX_LENGTH} characters, at most {@link #MAX_TERMS} of them, each once.
 */
final class SearchTerms {

    static final int MAX_TERMS = 10;
    static final int MAX_LENGTH = 40;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000,，、;；:：.。!！?？\"“”'‘’()（）\\[\\]【】]+");

    private SearchTerms() {
    }

    static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(text.strip())) {
            if (!part.isEmpty() && terms.size() < MAX_TERMS) {
                String term = part.toLowerCase(Locale.ROOT);
                terms.add(term.length() > MAX_LENGTH ? term.substring(0, MAX_LENGTH) : term);
            }
        }
        return new ArrayList<>(terms);
    }

    static int chineseCharacters(String term) {
        return (int) term.codePoints()
                         .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }
}
