package kiosk.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import kiosk.api.graphql.KioskGraphQl;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogHolder;
import kiosk.newsletter.Links;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kiosk's HTTP server: the GraphQL API at {@code /graphql}, GraphiQL at {@code /graphiql}, health at
 * {@code /health}, server-sent events of the snapshots at {@code /api/events}, view counting at {@code POST /api/views}, newsletter signups and links at
 * {@code /api/newsletter/...}, the baked site at {@code /} and, with a
 * preview token, the editors' preview at {@code /preview/}. The one place Javalin is configured. A stop lets
 * requests in flight finish (up to {@link ServerOptions#stopTimeout()}) before the server closes.
 */
public final class KioskServer {

    private static final Logger LOG = LoggerFactory.getLogger(KioskServer.class);

    private final Javalin app;
    private final CatalogHolder catalogs;
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** False from {@link #startBeforeSiteBaked()} until {@link #siteBaked()}: the site folder is then not served. */
    private volatile boolean siteBaked = true;
    private final EventStream events;

    private KioskServer(CatalogHolder catalogs, ServerOptions options) {
        this.catalogs = catalogs;
        KioskGraphQl graphQl = KioskGraphQl.create(options.limits(), options.live(), options.trustedDocuments());
        ObjectMapper json = new ObjectMapper();
        PreviewAccess previewAccess = new PreviewAccess(catalogs, options.preview(), options.proxyHops(), Clock.systemUTC());
        GraphQlHandler graphQlHandler = new GraphQlHandler(graphQl, previewAccess, json, options);
        PreviewHandler previewHandler = new PreviewHandler(previewAccess);
        HealthHandler healthHandler = new HealthHandler(catalogs, options.live().contentStatus(), previewAccess,
                options.siteFolder() == null ? null : () -> siteBaked);
        this.events = new EventStream(options.events(), previewAccess, options.live().contentStatus(),
                options.proxyHops());
        byte[] graphiQlPage = resource("graphiql/index.html");
        // read at start, as the CORS origins are: a site.yaml naming another API takes a restart
        ResponseHeaders headers = new ResponseHeaders(catalogs.get().site().api(), !options.corsOrigins().isEmpty());
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxRequestBytes();
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> {
                // Javalin nests its handlers inside these; the outermost holds back a stop until requests in flight end.
                server.setHandler(SlowClients.guard(new GracefulHandler(), options.maxRequestBytes()));
                server.setStopTimeout(options.stopTimeout().toMillis());
            });
            config.jetty.modifyHttpConfiguration(SlowClients::configure);
            config.jetty.addConnector((server, http) -> SlowClients.connector(server, http, options.port()));
            config.routes.before(headers::set);
            config.routes.get("/graphql", graphQlHandler::handle);
            config.routes.post("/graphql", graphQlHandler::handle);
            config.routes.get("/health", healthHandler::handle);
            config.routes.get(EventStream.PATH, events::handle);
            // the site's origins as configured at start, as for CORS
            SiteOrigins site = new SiteOrigins(catalogs.get().site().baseUrl(), options.corsOrigins());
            if (options.newsletter() != null) {
                newsletterRoutes(config, new NewsletterHandler(catalogs, options.newsletter(), options.proxyHops(),
                        site, previewAccess, options.siteFolder(), json));
            }
            if (previewAccess.enabled()) {
                config.routes.get(Preview.ROOT, previewHandler::enter);
                config.routes.post(Preview.ROOT, previewHandler::enterByForm);
                config.routes.get(Preview.ROOT + "/link/{signed}", previewHandler::link);
                config.routes.get(Preview.ROOT + "/<path>", previewHandler::page);
            }
            if (options.views() != null) {
                config.routes.post(ViewsHandler.PATH,
                        new ViewsHandler(catalogs, options.views(), options.proxyHops(), site, json)::handle);
            }
            config.routes.get("/graphiql", ctx -> ctx.header("Cache-Control", "no-cache")
                    .contentType("text/html; charset=utf-8").result(graphiQlPage));
            config.routes.get(GraphiQlAssets.PATH + "{file}", new GraphiQlAssets()::handle);
            if (options.siteFolder() != null) {
                config.routes.get(ImageVariants.PATH + "{file}",
                        new ImageVariants(options.siteFolder(), () -> siteBaked)::handle);
                config.routes.before(ctx -> {
                    if (sitePage(ctx.path())) {
                        CacheTagHeaders.setForPage(ctx);
                    }
                });
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = options.siteFolder().toAbsolutePath().toString();
                    files.location = Location.EXTERNAL;
                    // nor, while the first bake runs, a page of an older site or of one half written
                    files.skipFileFunction = request -> !siteBaked || isHiddenFile(request);
                });
                config.routes.error(404, this::whileSiteBakes);
            }
            enableCors(config, options.corsOrigins());
            config.requestLogger.http(KioskServer::logRequest);
            // the streams never end by themselves: a graceful stop would wait for them
            config.events.serverStopping(events::close);
            config.events.serverStopped(stopped::countDown);
        });
    }

    /** A server for the catalogs in {@code catalogs}; {@link #start()} starts it. */
    public static KioskServer create(CatalogHolder catalogs, ServerOptions options) {
        return new KioskServer(catalogs, options);
    }

    /** Starts serving, and builds the current catalog's search index in the background so the first search is fast. */
    public KioskServer start() {
        app.start();
        buildSearchIndexInBackground(catalogs.get());
        return this;
    }

    /**
     * Starts serving the API while the site folder is still being baked: until {@link #siteBaked()},
     * requests for the site answer 503 with {@code Retry-After}, and {@code /health} says {@code "site": "baking"}.
     */
    public KioskServer startBeforeSiteBaked() {
        siteBaked = false;
        return start();
    }

    /** The site folder holds a complete site: serve it. */
    public void siteBaked() {
        siteBaked = true;
    }

    /**
     * The site's update re-rendered these pages (output paths) for the catalog being swapped in: their
     * readers' and editors' live-reload clients reload even when no content changed (a template edit).
     */
    public void pagesRewritten(Collection<String> outputPaths) {
        events.pagesRewritten(outputPaths);
    }

    /** A request for the site (no route matched it) while the first bake runs: come back shortly. */
    private void whileSiteBakes(Context ctx) {
        if (!siteBaked && ctx.endpoints().matchedHttpEndpoint() == null) {
            ctx.status(503).header("Retry-After", "2").header("Cache-Control", "no-store")
                    .contentType("text/plain; charset=utf-8").result("サイトを準備しています。しばらくしてから再度お試しください。");
        }
    }

    /** The port the server listens on: the one asked for, or the one chosen for port 0. */
    public int port() {
        return app.port();
    }

    /** Stops taking requests, lets those in flight finish, then closes. */
    public void stop() {
        app.stop();
    }

    /** Blocks until the server has stopped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private static void buildSearchIndexInBackground(Catalog catalog) {
        long started = System.nanoTime();
        CompletableFuture.runAsync(catalog::buildSearchIndex).whenComplete((unused, failure) -> {
            if (failure != null) {
                LOG.error("building the search index failed; searches will retry", failure);
            } else {
                LOG.info("search index of {} articles ready in {} ms", catalog.articles().size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    /** Before the preview's catch-all route, which would take {@code /preview/newsletter/} otherwise. */
    private static void newsletterRoutes(JavalinConfig config, NewsletterHandler newsletter) {
        config.routes.post(Links.SUBSCRIPTIONS, newsletter::subscribe);
        config.routes.get(Links.CONFIRM, ctx -> newsletter.linkPage(ctx, "confirm"));
        config.routes.post(Links.CONFIRM, newsletter::confirm);
        config.routes.get(Links.UNSUBSCRIBE, ctx -> newsletter.linkPage(ctx, "unsubscribe"));
        config.routes.post(Links.UNSUBSCRIBE, newsletter::unsubscribe);
        config.routes.get(Links.TOPICS, ctx -> newsletter.linkPage(ctx, "topics"));
        config.routes.post(Links.TOPICS, newsletter::changeTopics);
        config.routes.get(NewsletterHandler.PREVIEW, newsletter::preview);
        config.routes.get(NewsletterHandler.PREVIEW_TEXT, newsletter::preview);
    }

    /** A path of the baked site rather than of the API, GraphiQL or the preview. */
    private static boolean sitePage(String path) {
        return !ResponseHeaders.api(path) && !path.startsWith("/graphiql") && !path.startsWith(Preview.ROOT)
                && !path.startsWith("/assets/") && !path.startsWith("/media/");
    }

    /**
     * A hidden file of the site folder: the bake's marker ({@code .kiosk-bake}) and the temporary files of
     * an update in progress are the baker's, not the site's (the site publishes no hidden file).
     */
    private static boolean isHiddenFile(HttpServletRequest request) {
        String path = request.getPathInfo() != null ? request.getPathInfo() : request.getServletPath();
        return path != null && path.substring(path.lastIndexOf('/') + 1).startsWith(".");
    }

    private static void enableCors(JavalinConfig config, List<String> origins) {
        if (origins.isEmpty()) {
            return;
        }
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
            if (origins.contains("*")) {
                rule.anyHost();
            } else {
                rule.allowHost(origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new));
            }
            // Let browser clients read the headers they revalidate and pin snapshots with.
            rule.exposeHeader("ETag");
            rule.exposeHeader(GraphQlHandler.REVISION_HEADER);
        }));
    }

    private static void logRequest(Context ctx, Float milliseconds) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.status().getCode(),
                    String.format("%.1f", milliseconds));
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = Objects.requireNonNull(KioskServer.class.getClassLoader().getResourceAsStream(path),
                path + " is not on the class path")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
