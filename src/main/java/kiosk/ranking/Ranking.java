package kiosk.ranking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Most viewed published articles over a sliding day, week or month, from the hourly counts of a
 * {@link ViewStore}. Order: views descending, then slug, so equal counts always come out the same way.
 *
 * <p>Each period's standings (all sections at once) are computed from one store read and cached for a
 * short time, so a burst of page loads asking for rankings reads the store once per period; a call then
 * only copies the first places. The cache key includes the hour, so a new hour's window is never served
 * from the previous hour's standings.
 */
public final class Ranking {

    public static final Duration DEFAULT_CACHE_TIME = Duration.ofSeconds(15);

    /** One period's window as of one hour. */
    private record Key(Period period, long hour) {
    }

    /** Every published article with views, ranked overall and within its section. */
    private record Standings(List<RankedArticle> all, Map<String, List<RankedArticle>> bySection) {
    }

    private record Candidate(String slug, String section, long views) {
    }

    private static final Comparator<Candidate> ORDER =
            Comparator.comparingLong(Candidate::views).reversed().thenComparing(Candidate::slug);

    private final ViewStore store;
    private final PublishedArticles published;
    private final Cache<Key, Standings> cache;

    /** Rankings cached for {@link #DEFAULT_CACHE_TIME}. */
    public Ranking(ViewStore store, PublishedArticles published) {
        this(store, published, DEFAULT_CACHE_TIME);
    }

    /** Rankings cached for {@code cacheTime}; zero recomputes every call. */
    public Ranking(ViewStore store, PublishedArticles published, Duration cacheTime) {
        this(store, published, cacheTime, Ticker.systemTicker());
    }

    /** With a fake ticker, tests move the cache's time without sleeping. */
    Ranking(ViewStore store, PublishedArticles published, Duration cacheTime, Ticker ticker) {
        this.store = Objects.requireNonNull(store, "store");
        this.published = Objects.requireNonNull(published, "published");
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(cacheTime)
                .maximumSize(Period.values().length * 4L) // a few hours of each period at most
                .ticker(ticker)
                .build();
    }

    /**
     * The {@code first} most viewed published articles of the window of {@code period} ending with the
     * hour of {@code now}, in {@code section} (a section slug) or in all sections when it is null.
     * Articles without views in the window are not ranked, so the list may be shorter than {@code first}.
     *
     * @throws ViewStoreException when the standings are not cached and the store cannot be read
     */
    public List<RankedArticle> ranking(Period period, int first, String section, Instant now) {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative: " + first);
        }
        Key key = new Key(Objects.requireNonNull(period, "period"), HourRange.hourOf(now));
        Standings standings = cache.get(key, this::compute);
        List<RankedArticle> ranked = section == null ? standings.all()
                : standings.bySection().getOrDefault(section, List.of());
        return List.copyOf(ranked.subList(0, Math.min(first, ranked.size())));
    }

    private Standings compute(Key key) {
        HourRange window = new HourRange(key.hour() - key.period().hours() + 1, key.hour());
        List<Candidate> candidates = new ArrayList<>();
        store.totals(window).forEach((slug, views) -> {
            Optional<String> section = published.sectionOf(slug);
            if (section.isPresent() && views > 0) {
                candidates.add(new Candidate(slug, section.get(), views));
            }
        });
        candidates.sort(ORDER);
        List<RankedArticle> all = new ArrayList<>(candidates.size());
        Map<String, List<RankedArticle>> bySection = new HashMap<>();
        for (Candidate candidate : candidates) {
            all.add(new RankedArticle(all.size() + 1, candidate.slug(), candidate.views()));
            List<RankedArticle> inSection = bySection.computeIfAbsent(candidate.section(), unused -> new ArrayList<>());
            inSection.add(new RankedArticle(inSection.size() + 1, candidate.slug(), candidate.views()));
        }
        bySection.replaceAll((section, list) -> List.copyOf(list));
        return new Standings(List.copyOf(all), Map.copyOf(bySection));
    }
}
