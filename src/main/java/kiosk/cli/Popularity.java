package kiosk.cli;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kiosk.api.graphql.Rankings;
import kiosk.api.http.ViewCounting;
import kiosk.catalog.Catalog;
import kiosk.ranking.Period;
import kiosk.ranking.RankedArticle;
import kiosk.ranking.Ranking;
import kiosk.ranking.ViewRecorder;
import kiosk.ranking.ViewStore;
import kiosk.ranking.ViewStoreConfig;
import kiosk.ranking.ViewStoreException;
import kiosk.site.bake.MostRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The popularity ranking as {@code kiosk serve} wires it: one view store, the recorder that writes into
 * it and the cached ranking, which judges publication on the catalog being served; adapted to what
 * the API ({@link ViewCounting}, {@link Rankings}) and the baker ({@link MostRead}) ask for.
 */
final class Popularity implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Popularity.class);

    private final ViewStore store;
    private final ViewRecorder recorder;
    private final Ranking ranking;
    private final Clock clock;

    private Popularity(ViewStore store, Clock clock, Supplier<Catalog> served) {
        this.store = store;
        this.recorder = new ViewRecorder(store);
        this.ranking = new Ranking(store, slug -> served.get().article(slug).map(article -> article.section().slug()));
        this.clock = clock;
    }

    /** Opens the store {@code config} names; {@code served} is the catalog being served when asked. */
    static Popularity open(ViewStoreConfig config, Clock clock, Supplier<Catalog> served) {
        return new Popularity(config.open(), clock, served);
    }

    ViewCounting counting(double viewsPerSecond) {
        return new ViewCounting(recorder, clock, viewsPerSecond, ViewCounting.DEFAULT_BURST);
    }

    Rankings rankings() {
        return (period, first, section) -> ranking.ranking(period, first, section, clock.instant());
    }

    /** For the baker: a store that cannot be read leaves the boxes as the script will fill them, not the bake failed. */
    MostRead mostRead() {
        return first -> {
            Map<MostRead.Window, List<String>> slugs = new EnumMap<>(MostRead.Window.class);
            try {
                for (MostRead.Window window : MostRead.Window.values()) {
                    slugs.put(window, ranking.ranking(Period.valueOf(window.name()), first, null, clock.instant())
                            .stream().map(RankedArticle::slug).toList());
                }
            } catch (ViewStoreException e) {
                LOG.warn("cannot read the rankings for the site; its pages show none until the next render", e);
                slugs.clear();
            }
            return new MostRead.Standings(clock.instant(), slugs);
        };
    }

    /** Commits the views still queued, then closes the store. */
    @Override
    public void close() {
        recorder.close();
        store.close();
    }
}
