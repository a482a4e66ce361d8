package kiosk.testing;

import java.nio.file.Path;
import java.time.Instant;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.load.ContentLoader;
import kiosk.content.load.LoadResult;

/**
 * The sample magazine in {@code content/}, loaded once per test JVM. Publication is judged at the
 * fixed instant {@link #NOW}, so the sample's draft and scheduled articles stay hidden whatever day
 * the tests run.
 */
public final class SampleContent {

    /** 2026-11-25 12:00 in Tokyo: after every sample article but the scheduled one. */
    public static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    private static LoadResult loaded;
    private static Catalog catalog;

    private SampleContent() {
    }

    public static Path folder() {
        return Path.of("content").toAbsolutePath();
    }

    public static synchronized LoadResult load() {
        if (loaded == null) {
            loaded = ContentLoader.load(folder());
        }
        return loaded;
    }

    /** The published catalog at {@link #NOW}. */
    public static synchronized Catalog catalog() {
        if (catalog == null) {
            catalog = new CatalogBuilder().published(load().content(), NOW);
        }
        return catalog;
    }
}
