package org.yishi.query.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The archive's Lucene index in a directory of this node. Changes made by the projection are held in memory and
 * written, made durable and shown to searches only in {@link #commit}, together with the commit data the projection's
 * token store keeps there: the index and the position it reflects are stored in one Lucene commit, so a crash
 * leaves them consistent and the events after that position are simply handled again.
 *
 * <p>A directory that is missing or empty starts an empty index, whose processor then replays the whole stream; an
 * index Lucene cannot open is moved aside and rebuilt the same way. The index is never the source of truth.
 */
public final class SearchIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** The commit data entry holding {@link #position()}. */
    static final String POSITION = "position";
    private static final int MAX_SIBLINGS = 16;

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Documents changed since the last commit, so that a batch reads its own writes. */
    private final Map<String, ArchiveDocument> pending = new HashMap<>();
    /** Whether everything was deleted since the last commit: the searchers still show what was there. */
    private boolean cleared;
    private Map<String, String> commitData;

    private SearchIndex(Path path, Directory directory, IndexWriter writer, Map<String, String> commitData)
            throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, true, true, new SearcherFactory());
        this.commitData = commitData;
    }

    public static SearchIndex open(Path path) {
        return open(path, false);
    }

    /**
     * Opens the index at {@code path}; with {@code rebuild}, empties it first, token included, so that its processor
     * replays the whole stream into it.
     */
    public static SearchIndex open(Path path, boolean rebuild) {
        SearchIndex index = openOrRecover(path);
        if (rebuild) {
            log.info("Rebuilding the search index at {} from the events", path);
            index.clear();
            index.commit(Map.of());
        }
        return index;
    }

    /**
     * A directory another node of this machine holds (its write lock is taken) is left to it: this node takes the
     * first free sibling ({@code search-index-2}, {@code -3}, …), any of which is a valid index with its own token.
     */
    private static SearchIndex openOrRecover(Path path) {
        for (int attempt = 1; attempt <= MAX_SIBLINGS; attempt++) {
            Path candidate = attempt == 1 ? path : path.resolveSibling(path.getFileName() + "-" + attempt);
            try {
                SearchIndex index = openOrMoveAside(candidate);
                if (attempt > 1) {
                    log.warn("The search index at {} is in use by another process; this node keeps its own at {}",
                             path, candidate);
                }
                return index;
            } catch (LockObtainFailedException taken) {
                // another node on this machine: try the next directory
            }
        }
        throw new IllegalStateException("No free search index directory next to " + path + " (" + MAX_SIBLINGS
                                        + " in use)");
    }

    private static SearchIndex openOrMoveAside(Path path) throws LockObtainFailedException {
        try {
            Files.createDirectories(path);
            try {
                return openAt(path);
            } catch (LockObtainFailedException taken) {
                throw taken;
            } catch (IOException | RuntimeException unreadable) {
                Path aside = path.resolveSibling(path.getFileName() + ".unreadable-" + Instant.now().toEpochMilli());
                log.warn("The search index at {} cannot be opened ({}); moving it to {} and rebuilding it from the "
                         + "events", path, unreadable.toString(), aside);
                Files.move(path, aside);
                Files.createDirectories(path);
                return openAt(path);
            }
        } catch (LockObtainFailedException taken) {
            throw taken;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    private static SearchIndex openAt(Path path) throws IOException {
        Directory directory = FSDirectory.open(path);
        Map<String, String> data = DirectoryReader.indexExists(directory)
                ? new LinkedHashMap<>(SegmentInfos.readLatestCommit(directory).getUserData())
                : new LinkedHashMap<>();
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        try {
            return new SearchIndex(path, directory, new IndexWriter(directory, config), data);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    synchronized Optional<ArchiveDocument> find(String id) {
        ArchiveDocument changed = pending.get(id);
        if (changed != null || cleared) {
            return Optional.ofNullable(changed);
        }
        return search(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(ArchiveDocument.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ArchiveDocument.fromLucene(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /** Held until the next commit, so that a document changed by several events of a batch is analysed once. */
    synchronized void put(ArchiveDocument document) {
        pending.put(document.id(), document);
    }

    /** Changes the document if the index holds it; nothing otherwise. */
    void change(String id, Function<ArchiveDocument, ArchiveDocument> change) {
        find(id).map(change).ifPresent(this::put);
    }

    synchronized void clear() {
        try {
            writer.deleteAll();
            pending.clear();
            cleared = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the last commit stored beside the documents (the token store's entries). */
    synchronized Map<String, String> commitData() {
        return Map.copyOf(commitData);
    }

    /**
     * Makes every change so far durable together with {@code data} (replacing the commit data), then shows them to
     * searches.
     */
    synchronized void commit(Map<String, String> data) {
        try {
            // the writer takes documents from several threads; analysing Chinese text is most of the work
            pending.values().parallelStream().forEach(this::write);
            Map<String, String> copy = new LinkedHashMap<>(data);
            writer.setLiveCommitData(copy.entrySet());
            writer.commit();
            commitData = copy;
            pending.clear();
            cleared = false;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the search index at " + path, e);
        }
    }

    private void write(ArchiveDocument document) {
        try {
            writer.updateDocument(new Term(ArchiveDocument.ID, document.id()), document.toLucene());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the search index at " + path, e);
        }
    }

    <T> T search(SearchWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index at " + path, e);
        }
    }

    /** The newest global position the committed index reflects (-1 before the first commit of a token). */
    public synchronized long position() {
        String position = commitData.get(POSITION);
        return position == null ? -1 : Long.parseLong(position);
    }

    /** The bytes the index takes on disk. */
    public long sizeOnDisk() {
        try {
            long size = 0;
            for (String file : directory.listAll()) {
                try {
                    size += directory.fileLength(file);
                } catch (IOException gone) {
                    // merged away meanwhile
                }
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.rollback();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface SearchWork<T> {
        T on(IndexSearcher searcher) throws IOException;
    }
}
