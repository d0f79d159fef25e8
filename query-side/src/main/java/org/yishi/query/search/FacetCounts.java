package org.yishi.query.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.yishi.query.api.archive.SearchResults;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts every match by kind, category, status and community from their doc values, as ordinals per index segment,
 * turned into values once at the end; it also counts the matches in all.
 */
final class FacetCounts extends SimpleCollector {

    private static final String[] FIELDS = {
            ArchiveDocument.KIND, ArchiveDocument.CATEGORY, ArchiveDocument.STATUS, ArchiveDocument.COMMUNITY};

    private final List<Leaf> leaves = new ArrayList<>();
    private Leaf current;
    private long total;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        current = new Leaf(context);
        leaves.add(current);
    }

    @Override
    public void setScorer(Scorable scorer) {
        // counts need no scores
    }

    @Override
    public void collect(int doc) throws IOException {
        total++;
        for (int field = 0; field < FIELDS.length; field++) {
            SortedDocValues values = current.values[field];
            if (values.advanceExact(doc)) {
                current.counts[field][values.ordValue()]++;
            }
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    long total() {
        return total;
    }

    SearchResults.Facets facets() throws IOException {
        List<Map<String, Long>> byField = new ArrayList<>();
        for (int field = 0; field < FIELDS.length; field++) {
            Map<String, Long> counts = new HashMap<>();
            for (Leaf leaf : leaves) {
                int[] ords = leaf.counts[field];
                for (int ord = 0; ord < ords.length; ord++) {
                    if (ords[ord] > 0) {
                        counts.merge(leaf.values[field].lookupOrd(ord).utf8ToString(), (long) ords[ord], Long::sum);
                    }
                }
            }
            byField.add(counts);
        }
        return new SearchResults.Facets(sorted(byField.get(0)), sorted(byField.get(1)), sorted(byField.get(2)),
                                        sorted(byField.get(3)));
    }

    private static List<SearchResults.Count> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream()
                     .map(entry -> new SearchResults.Count(entry.getKey(), entry.getValue()))
                     .sorted(Comparator.comparingLong(SearchResults.Count::count).reversed()
                                       .thenComparing(SearchResults.Count::value))
                     .toList();
    }

    /** One index segment's doc values (read afresh: they are iterators) and counts per ordinal. */
    private static final class Leaf {
        final SortedDocValues[] values = new SortedDocValues[FIELDS.length];
        final int[][] counts = new int[FIELDS.length][];

        Leaf(LeafReaderContext context) throws IOException {
            for (int field = 0; field < FIELDS.length; field++) {
                values[field] = DocValues.getSorted(context.reader(), FIELDS[field]);
                counts[field] = new int[values[field].getValueCount()];
            }
        }
    }
}
