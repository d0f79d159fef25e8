package org.yishi.query.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Map;

/**
 * How the archive's text is cut into terms. The Chinese word segmenter (smartcn, which also lower-cases and stems
 * English) gives the ranking its words; it splits some short community terms badly (a name, a place, 遛狗), so the
 * same text is also indexed as overlapping character pairs (CJK bigrams), which match any run of two or more
 * characters as a phrase, and as single characters, for a one-character query such as 狗.
 */
final class Analyzers {

    private Analyzers() {
    }

    static Analyzer words() {
        return new SmartChineseAnalyzer();
    }

    /** Pairs only: a lone character between non-Chinese text is kept as itself. */
    static Analyzer pairs() {
        return new CJKAnalyzer(CharArraySet.EMPTY_SET);
    }

    static Analyzer characters() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(new CJKWidthFilter(source));
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** The index's analyzer: each text field by its own cut, keyword fields are not analysed. */
    static Analyzer perField() {
        Analyzer words = words();
        Analyzer pairs = pairs();
        Analyzer characters = characters();
        return new PerFieldAnalyzerWrapper(words, Map.of(
                ArchiveDocument.TITLE_WORDS, words, ArchiveDocument.TEXT_WORDS, words,
                ArchiveDocument.TITLE_PAIRS, pairs, ArchiveDocument.TEXT_PAIRS, pairs,
                ArchiveDocument.TITLE_CHARS, characters, ArchiveDocument.TEXT_CHARS, characters));
    }
}
