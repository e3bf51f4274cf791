package org.annals.store.projection;

import java.util.List;

/**
 * The names of one set of projection tables. {@link #LIVE} is what queries read; a rebuild
 * fills {@link #REBUILD} beside it and swaps it in, so queries never see a half-built set.
 */
public record ProjectionTables(String documents, String editions, String tags, String text) {

    public static final ProjectionTables LIVE = withSuffix("");
    public static final ProjectionTables REBUILD = withSuffix("_rebuild");

    private static ProjectionTables withSuffix(String suffix) {
        return new ProjectionTables("documents" + suffix, "editions" + suffix, "tags_index" + suffix,
                "edition_text" + suffix);
    }

    public List<String> all() {
        return List.of(documents, editions, tags, text);
    }
}
