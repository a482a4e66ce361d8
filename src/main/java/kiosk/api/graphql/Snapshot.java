package kiosk.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kiosk.catalog.CacheTags;
import kiosk.catalog.Catalog;
import kiosk.content.SiteConfig;
import kiosk.image.Renditions;

/**
 * The catalog a request runs on, and what the answer read of it. It is taken once per request and kept
 * in the request's GraphQLContext under {@code Snapshot.class}, so every field of one answer comes from
 * one snapshot. Fields reach the catalog only through {@link #read}, which notes the {@link CacheTags}
 * of what they read: the answer cache keeps the answer across reloads until a change set names one of
 * them. What a field reads of its source object (an article's title) needs no tag: the field that
 * produced the source noted it.
 */
final class Snapshot {

    private final Catalog catalog;
    private final Set<String> tags = ConcurrentHashMap.newKeySet();

    Snapshot(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The request's catalog, noting that the answer read what {@code tags} name. */
    static Catalog read(DataFetchingEnvironment environment, String... tags) {
        Snapshot snapshot = environment.getGraphQlContext().get(Snapshot.class);
        snapshot.tags.addAll(List.of(tags));
        return snapshot.catalog;
    }

    /** The site's settings; no tag: a change of site.yaml is a change of everything (see {@code ChangeSet#everything}). */
    static SiteConfig site(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().<Snapshot>get(Snapshot.class).catalog.site();
    }

    /** The image variants produced; no tag: new variants are a change of everything (see {@code ChangeFinder}). */
    static Renditions renditions(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().<Snapshot>get(Snapshot.class).catalog.renditions();
    }

    /** The tags of what the answer read. */
    Set<String> tags() {
        return Set.copyOf(tags);
    }
}
