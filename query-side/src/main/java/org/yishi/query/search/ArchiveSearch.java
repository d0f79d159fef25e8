package org.yishi.query.search;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.yishi.query.api.archive.ArchiveKind;
import org.yishi.query.api.archive.SearchArchive;
import org.yishi.query.api.archive.SearchResults;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a {@link SearchArchive} on the index. Every term the reader typed must match (words separated by spaces), as
 * {@link #term} has it (a phrase: 广场舞 matches 广场舞 and not 广场上跳舞); a match in the title adds three times more
 * than one in the body. The reader's audiences and the filters restrict the matches without scoring; the facet
 * counts are over all matches.
 */
final class ArchiveSearch {

    /** The calendar the archive's dates are given in. */
    static final ZoneId COMMUNITY_ZONE = ZoneId.of("Asia/Shanghai");
    /** How deep paging may go: beyond that, a narrower search serves the reader better. */
    static final int MAX_DEPTH = 10_000;
    static final int MAX_PAGE_SIZE = 100;

    private static final float TITLE_BOOST = 3f;

    private final SearchIndex index;
    private final QueryBuilder words = new QueryBuilder(Analyzers.words());
    private final QueryBuilder pairs = new QueryBuilder(Analyzers.pairs());
    private final QueryBuilder characters = new QueryBuilder(Analyzers.characters());

    ArchiveSearch(SearchIndex index) {
        this.index = index;
    }

    SearchResults search(SearchArchive request) {
        int pageSize = Math.max(1, Math.min(request.pageSize(), MAX_PAGE_SIZE));
        int page = Math.max(0, Math.min(request.page(), MAX_DEPTH / pageSize - 1));
        List<String> terms = SearchTerms.of(request.text());
        Query query = query(terms, request);
        boolean byRelevance = request.order() == SearchArchive.Order.RELEVANCE && !terms.isEmpty();
        long position = index.position();
        return index.search(searcher -> {
            int wanted = (page + 1) * pageSize;
            TopDocsCollector<?> top = byRelevance
                    ? TopScoreDocCollector.create(wanted, Integer.MAX_VALUE)
                    : TopFieldCollector.create(new Sort(new SortField(ArchiveDocument.DATE, SortField.Type.LONG, true),
                                                        SortField.FIELD_DOC), wanted, Integer.MAX_VALUE);
            FacetCounts facets = new FacetCounts();
            searcher.search(query, MultiCollector.wrap(top, facets));
            TopDocs docs = top.topDocs(page * pageSize, pageSize);
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (ScoreDoc hit : docs.scoreDocs) {
                hits.add(hit(searcher, hit, terms));
            }
            return new SearchResults(hits, facets.total(), page, pageSize, facets.facets(), position);
        });
    }

    private static SearchResults.Hit hit(IndexSearcher searcher, ScoreDoc hit, List<String> terms)
            throws IOException {
        ArchiveDocument document = ArchiveDocument.fromLucene(searcher.storedFields().document(hit.doc));
        return new SearchResults.Hit(document.id(), document.kind(), document.sourceId(), document.version(),
                                     document.communityId(), document.title(), Snippets.of(document.body(), terms),
                                     document.category(), document.status(), document.date(),
                                     Float.isNaN(hit.score) ? 0f : hit.score);
    }

    Query query(List<String> terms, SearchArchive request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (terms.isEmpty()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (String term : terms) {
            query.add(term(term), Occur.MUST);
        }
        query.add(anyOf(ArchiveDocument.AUDIENCE, Audience.of(request.reader())), Occur.FILTER);
        if (request.communityId() != null && !request.communityId().isBlank()) {
            query.add(new TermQuery(new Term(ArchiveDocument.COMMUNITY, request.communityId())), Occur.FILTER);
        }
        if (request.kinds() != null && !request.kinds().isEmpty()) {
            query.add(anyOf(ArchiveDocument.KIND, request.kinds().stream().map(ArchiveKind::name)
                                                         .collect(Collectors.toSet())),
                      Occur.FILTER);
        }
        if (request.category() != null && !request.category().isBlank()) {
            query.add(new TermQuery(new Term(ArchiveDocument.CATEGORY, request.category())), Occur.FILTER);
        }
        if (request.status() != null && !request.status().isBlank()) {
            query.add(new TermQuery(new Term(ArchiveDocument.STATUS, request.status())), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE
                    : request.from().atStartOfDay(COMMUNITY_ZONE).toInstant().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE
                    : request.to().plusDays(1).atStartOfDay(COMMUNITY_ZONE).toInstant().toEpochMilli() - 1;
            query.add(LongPoint.newRangeQuery(ArchiveDocument.DATE, from, to), Occur.FILTER);
        }
        return query.build();
    }

    /**
     * One typed term. A term with Chinese characters matches where its characters stand together in the title or body,
     * as a phrase of character pairs (or as the one character); the segmenter's words, which find a subset of those
     * documents, add to the score, as does a match in the title. Any other term (English, numbers) matches as the
     * segmenter's words, which are lower-cased and stemmed.
     */
    private Query term(String term) {
        boolean chinese = SearchTerms.chineseCharacters(term) > 0;
        boolean single = chinese && term.codePointCount(0, term.length()) == 1;
        Query required;
        Query title;
        if (single) {
            required = characters.createBooleanQuery(ArchiveDocument.TEXT_CHARS, term);
            title = characters.createBooleanQuery(ArchiveDocument.TITLE_CHARS, term);
        } else if (chinese) {
            required = pairs.createPhraseQuery(ArchiveDocument.TEXT_PAIRS, term);
            title = pairs.createPhraseQuery(ArchiveDocument.TITLE_PAIRS, term);
        } else {
            required = words.createPhraseQuery(ArchiveDocument.TEXT_WORDS, term);
            title = words.createPhraseQuery(ArchiveDocument.TITLE_WORDS, term);
        }
        if (required == null) {
            // a term every cut drops (a stop word, punctuation) matches nothing rather than everything
            return new TermQuery(new Term(ArchiveDocument.ID, ""));
        }
        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(required, Occur.MUST);
        if (title != null) {
            scored.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
        }
        if (chinese && !single) {
            // the segmenter's words score without positions: the required phrase has already placed them
            Query segmented = words.createBooleanQuery(ArchiveDocument.TEXT_WORDS, term, Occur.SHOULD);
            if (segmented != null) {
                scored.add(segmented, Occur.SHOULD);
            }
        }
        return scored.build();
    }

    private static Query anyOf(String field, Set<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
