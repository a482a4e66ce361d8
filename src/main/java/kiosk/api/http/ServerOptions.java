package kiosk.api.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import kiosk.api.graphql.LiveData;
import kiosk.api.graphql.QueryLimits;
import kiosk.api.graphql.TrustedDocuments;

/**
 * How a {@link KioskServer} runs.
 *
 * @param port               0 for any free port
 * @param siteFolder         the baked site to serve at {@code /}, or null to serve none
 * @param corsOrigins        origins allowed to call the API from a browser ({@code *} for any); empty for none
 * @param limits             what one GraphQL request may ask for
 * @param maxRequestBytes    the largest request body accepted
 * @param cacheMaxAge        how long shared caches (CDNs) and browsers may reuse a GET answer
 * @param answerCacheBytes   how many bytes of answers the server keeps to answer repeated requests
 *                           without running them (see {@link AnswerCache}); 0 for none
 * @param stopTimeout        how long a stop waits for requests in flight to finish
 * @param live               what the API answers beyond the snapshot, such as how the content last reloaded
 * @param views              how {@code POST /api/views} counts article views, or null to count none
 * @param preview            what editors holding the preview token see, or null for no preview
 * @param newsletter         how newsletter signups and the links in its mails are answered, or null for none
 * @param proxyHops          how many reverse proxies stand in front of the server, trusted to say in
 *                           {@code X-Forwarded-For} whom they serve (see {@link ClientAddress}): the
 *                           limits per client (views, preview guesses, signups) count by that address; 0 for none
 * @param trustedDocuments   the only documents the API runs, or {@link TrustedDocuments#ANY}
 * @param events             how many clients {@code /api/events} takes (see {@link EventStream})
 */
public record ServerOptions(int port, Path siteFolder, List<String> corsOrigins, QueryLimits limits,
                            long maxRequestBytes, Duration cacheMaxAge, long answerCacheBytes, Duration stopTimeout,
                            LiveData live, ViewCounting views, Preview preview,
                            NewsletterOptions newsletter, int proxyHops, TrustedDocuments trustedDocuments,
                            EventStreamOptions events) {

    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_ANSWER_CACHE_BYTES = 64L << 20;

    public ServerOptions {
        corsOrigins = List.copyOf(corsOrigins);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(cacheMaxAge, "cacheMaxAge");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(trustedDocuments, "trustedDocuments");
        Objects.requireNonNull(events, "events");
        if (answerCacheBytes < 0) {
            throw new IllegalArgumentException("answerCacheBytes must not be negative: " + answerCacheBytes);
        }
        if (proxyHops < 0) {
            throw new IllegalArgumentException("proxyHops must not be negative: " + proxyHops);
        }
    }

    /** Default limits and timings on {@code port}, with no site and no CORS. */
    public static ServerOptions defaults(int port) {
        return new ServerOptions(port, null, List.of(), QueryLimits.defaults(), 64 * 1024, Duration.ofSeconds(60),
                DEFAULT_ANSWER_CACHE_BYTES, Duration.ofSeconds(10), LiveData.NONE, null, null, null, 0,
                TrustedDocuments.ANY, EventStreamOptions.DEFAULTS);
    }

    public ServerOptions withSiteFolder(Path folder) {
        return new ServerOptions(port, folder, corsOrigins, limits, maxRequestBytes, cacheMaxAge, answerCacheBytes,
                stopTimeout, live, views, preview, newsletter, proxyHops, trustedDocuments, events);
    }

    public ServerOptions withLimits(QueryLimits queryLimits) {
        return new ServerOptions(port, siteFolder, corsOrigins, queryLimits, maxRequestBytes, cacheMaxAge, answerCacheBytes,
                stopTimeout, live, views, preview, newsletter, proxyHops, trustedDocuments, events);
    }

    public ServerOptions withCorsOrigins(List<String> origins) {
        return new ServerOptions(port, siteFolder, origins, limits, maxRequestBytes, cacheMaxAge, answerCacheBytes,
                stopTimeout, live, views, preview, newsletter, proxyHops, trustedDocuments, events);
    }

    public ServerOptions withAnswerCacheBytes(long bytes) {
        return new ServerOptions(port, siteFolder, corsOrigins, limits, maxRequestBytes, cacheMaxAge, bytes,
                stopTimeout, live, views, preview, newsletter, proxyHops, trustedDocuments, events);
    }

    public ServerOptions withLive(LiveData data) {
        return new ServerOptions(port, siteFolder, corsOrigins, limits, maxRequestBytes, cacheMaxAge, answerCacheBytes,
                stopTimeout, data, views, preview, newsletter, proxyHops, trustedDocuments, events);
    }

    public ServerOptions withViews(ViewCounting counting) {
        return new ServerOptions(port, siteFolder, corsOrigins, limits, maxRequestBytes, cacheMaxAge, answerCacheBytes,
                stopTimeout, live, counting, preview, newsletter, proxyHops, trustedDocuments, events);
    }

    public ServerOptions withNewsletter(NewsletterOptions signups) {
        return new ServerOptions(port, siteFolder, corsOrigins, limits, maxRequestBytes, cacheMaxAge, answerCacheBytes,
                stopTimeout, live, views, preview, signups, proxyHops, trustedDocuments, events);
    }

    public ServerOptions withPreview(Preview editorsPreview) {
        return new ServerOptions(port, siteFolder, corsOrigins, limits, maxRequestBytes, cacheMaxAge, answerCacheBytes,
                stopTimeout, live, views, editorsPreview, newsletter, proxyHops, trustedDocuments, events);
    }

    public ServerOptions withProxyHops(int hops) {
        return new ServerOptions(port, siteFolder, corsOrigins, limits, maxRequestBytes, cacheMaxAge, answerCacheBytes,
                stopTimeout, live, views, preview, newsletter, hops, trustedDocuments, events);
    }

    public ServerOptions withTrustedDocuments(TrustedDocuments documents) {
        return new ServerOptions(port, siteFolder, corsOrigins, limits, maxRequestBytes, cacheMaxAge, answerCacheBytes,
                stopTimeout, live, views, preview, newsletter, proxyHops, documents, events);
    }

    public ServerOptions withEvents(EventStreamOptions streams) {
        return new ServerOptions(port, siteFolder, corsOrigins, limits, maxRequestBytes, cacheMaxAge, answerCacheBytes,
                stopTimeout, live, views, preview, newsletter, proxyHops, trustedDocuments, streams);
    }
}
