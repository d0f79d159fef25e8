package org.yishi.query.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.yishi.query.api.archive.ArchiveKind;

import java.time.Instant;

/**
 * One document of the archive index as the projection knows it: every field is stored, so the projection can read a
 * document back, change it and write it again (Lucene replaces whole documents). {@code audience} says who may find
 * it ({@link Audience}); {@code category} is null where the document has none.
 */
record ArchiveDocument(String id, ArchiveKind kind, String sourceId, int version, String communityId, String title,
                       String body, String category, String status, String audience, Instant date, long position) {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String COMMUNITY = "community";
    static final String CATEGORY = "category";
    static final String STATUS = "status";
    static final String AUDIENCE = "audience";
    static final String DATE = "date";
    /** Title and body together as cut by the Chinese word segmenter ({@link Analyzers#words()}). */
    static final String TEXT_WORDS = "text.words";
    /** Title and body together as overlapping pairs of Chinese characters ({@link Analyzers#pairs()}). */
    static final String TEXT_PAIRS = "text.pairs";
    /** Title and body together as single characters, for one-character terms. */
    static final String TEXT_CHARS = "text.chars";
    /** The title alone, in the same three cuts, so that a match in the title can weigh more. */
    static final String TITLE_WORDS = "title.words";
    static final String TITLE_PAIRS = "title.pairs";
    static final String TITLE_CHARS = "title.chars";

    private static final String SOURCE = "source";
    private static final String VERSION = "version";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final String POSITION = "position";

    ArchiveDocument withStatus(String newStatus, long atPosition) {
        return new ArchiveDocument(id, kind, sourceId, version, communityId, title, body, category, newStatus,
                                   audience, date, Math.max(position, atPosition));
    }

    ArchiveDocument withText(String newTitle, String newBody, long atPosition) {
        return new ArchiveDocument(id, kind, sourceId, version, communityId, newTitle, newBody, category, status,
                                   audience, date, Math.max(position, atPosition));
    }

    ArchiveDocument findableBy(String newAudience, String newStatus, Instant newDate, long atPosition) {
        return new ArchiveDocument(id, kind, sourceId, version, communityId, title, body, category, newStatus,
                                   newAudience, newDate, Math.max(position, atPosition));
    }

    ArchiveDocument withCategory(String newCategory) {
        return new ArchiveDocument(id, kind, sourceId, version, communityId, title, body, newCategory, status,
                                   audience, date, position);
    }

    Document toLucene() {
        Document document = new Document();
        document.add(new StringField(ID, id, Field.Store.YES));
        keyword(document, KIND, kind.name());
        document.add(new StoredField(SOURCE, sourceId));
        document.add(new StoredField(VERSION, version));
        keyword(document, COMMUNITY, communityId);
        if (category != null) {
            keyword(document, CATEGORY, category);
        }
        keyword(document, STATUS, status);
        document.add(new StringField(AUDIENCE, audience, Field.Store.YES));
        long millis = date.toEpochMilli();
        document.add(new LongPoint(DATE, millis));
        document.add(new NumericDocValuesField(DATE, millis));
        document.add(new StoredField(DATE, millis));
        document.add(new StoredField(TITLE, title));
        document.add(new StoredField(BODY, body));
        document.add(new StoredField(POSITION, position));
        for (String field : new String[] {TITLE_WORDS, TITLE_PAIRS, TITLE_CHARS}) {
            document.add(new TextField(field, title, Field.Store.NO));
        }
        String text = title + "\n" + body;
        for (String field : new String[] {TEXT_WORDS, TEXT_PAIRS, TEXT_CHARS}) {
            document.add(new TextField(field, text, Field.Store.NO));
        }
        return document;
    }

    static ArchiveDocument fromLucene(Document stored) {
        return new ArchiveDocument(stored.get(ID), ArchiveKind.valueOf(stored.get(KIND)), stored.get(SOURCE),
                                   stored.getField(VERSION).numericValue().intValue(), stored.get(COMMUNITY),
                                   stored.get(TITLE), stored.get(BODY), stored.get(CATEGORY), stored.get(STATUS),
                                   stored.get(AUDIENCE),
                                   Instant.ofEpochMilli(stored.getField(DATE).numericValue().longValue()),
                                   stored.getField(POSITION).numericValue().longValue());
    }

    /** Indexed as one term for filtering, stored, and kept as doc values for the facet counts. */
    private static void keyword(Document document, String field, String value) {
        document.add(new StringField(field, value, Field.Store.YES));
        document.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
