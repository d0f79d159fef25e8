package org.yishi.web.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where this node keeps its archive search index ({@code YISHI_SEARCH_INDEX}, by default {@code search-index} in the
 * data directory). Each node keeps its own; it is rebuilt from the events when missing, or at start with {@code
 * rebuild} ({@code YISHI_SEARCH_REBUILD=true}).
 */
@ConfigurationProperties("yishi.search")
public record SearchProperties(Path directory, boolean rebuild) {

    public SearchProperties {
        directory = directory == null ? Path.of("data", "search-index") : directory;
    }
}
