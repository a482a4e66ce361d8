package kiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import kiosk.api.graphql.ContentStatus;
import kiosk.api.graphql.KioskGraphQl;
import kiosk.api.graphql.LiveData;
import kiosk.api.graphql.TrustedDocuments;
import kiosk.api.http.KioskServer;
import kiosk.api.http.ContentRefs;
import kiosk.api.http.Preview;
import kiosk.api.http.PreviewToken;
import kiosk.api.http.ServerOptions;
import kiosk.api.http.ViewCounting;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.changes.ChangeHistory;
import kiosk.changes.WebhookSecret;
import kiosk.changes.Webhooks;
import kiosk.content.UrlPaths;
import kiosk.image.ImageWorkshop;
import kiosk.live.Background;
import kiosk.live.ContentErrorsException;
import kiosk.live.ContentSource;
import kiosk.live.FolderWatcher;
import kiosk.live.RefCatalogs;
import kiosk.live.ReloadStatus;
import kiosk.content.check.Messages;
import kiosk.live.Reloader;
import kiosk.newsletter.store.StoreException;
import kiosk.newsletter.store.StoreLocation;
import kiosk.live.WatchTarget;
import kiosk.ranking.ViewStoreConfig;
import kiosk.site.bake.BakeReport;
import kiosk.site.bake.LiveReload;
import kiosk.site.bake.PreviewSite;
import kiosk.site.bake.SiteBaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kiosk serve}: loads the content, serves the API at once and the site once its first bake (in
 * the background) is complete, and follows the content folder: each change reloads the snapshot,
 * swaps it in atomically and re-bakes only the pages that changed. A bad edit keeps the last good
 * snapshot serving.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Loads the content and serves the GraphQL API at /graphql, GraphiQL at /graphiql and health at",
                "/health at once, bakes the site into --out meanwhile and serves it at / once baked (until then",
                "pages answer 503 and /health says \"site\": \"baking\"). Watches --content, its git commits and --site:",
                "a change is live within a second; content with errors is refused and the last good",
                "snapshot keeps serving. With --preview-token, editors see drafts and scheduled articles in the",
                "API and at /preview/, and a git branch's content (read from git, no checkout) at",
                "/preview/@<branch>/ and with the X-Content-Ref header.",
                "Stops gracefully on SIGTERM or Ctrl-C: requests in flight finish first.",
                "Counts article views (POST /api/views) durably in --data, or in a Redis shared by replicas",
                "(--views-store), and ranks the most read articles (Query.ranking, the site's ranking boxes).",
                "With a newsletter in site.yaml, takes signups (/api/newsletter/...) and mails confirmations through",
                "--smtp (or site.yaml's newsletter.smtp; without either they are written to <data>/outbox/).",
                "Content with errors at start is not an outage: the last git revision that loaded cleanly",
                "(remembered in --data) serves, or else the content without its broken files, /health says",
                "degraded, and the next reload without errors serves the folder again."})
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    /**
     * How long the folder must stay quiet before a reload: a git pull of 500 files writes them within
     * milliseconds of each other and makes one reload. Every millisecond here is one more before an
     * edit is served (the target is 300 ms in all), and a burst split in two costs only a second cheap reload.
     */
    private static final Duration SETTLE = Duration.ofMillis(50);

    @Mixin
    ContentOption content;

    @Option(names = "--site", paramLabel = "DIR", defaultValue = "site",
            description = "The site folder with templates/ and assets/ (default: ${DEFAULT-VALUE}).")
    Path site;

    @Option(names = "--port", defaultValue = "" + ServerOptions.DEFAULT_PORT,
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/site",
            description = "The folder the site is baked into and served from (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin allowed to call the API from a browser, such as https://www.example.jp;"
                    + " repeatable; * allows any. None by default.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--answer-cache-mb", paramLabel = "MB", defaultValue = "64",
            description = "Memory for answers kept to serve repeated API requests without running them"
                    + " (default: ${DEFAULT-VALUE}; 0 turns the cache off).")
    long answerCacheMegabytes;

    @Option(names = "--proofread", description = {"Proofread the articles at each reload (as check --proofread does):",
            "the warnings join the reload status editors see (Query.contentStatus)."})
    boolean proofread;

    @Mixin
    LanguageOption language;

    @Option(names = "--no-watch", description = "Serve the content as loaded at start; do not follow changes.")
    boolean noWatch;

    @Option(names = "--live-reload",
            description = {"Give every page of the site the live-reload script, which reloads it when its content"
                    + " changes (the preview's pages always have it): for a writer's own machine. Not on a public"
                    + " server: readers' pages would reload under them, and each open page holds a connection."})
    boolean liveReload;

    @Option(names = "--preview-token", paramLabel = "TOKEN", defaultValue = "${env:KIOSK_PREVIEW_TOKEN}",
            description = {"Lets editors holding TOKEN see drafts and scheduled articles: in the API with an"
                    + " X-Preview-Token header, and in a browser at /preview (a form asks for it once a day).",
                    "At least 128 random bits, such as 32 hexadecimal digits (openssl rand -hex 16): short, repetitive"
                            + " or sequential tokens are refused. Default: the KIOSK_PREVIEW_TOKEN environment variable,"
                            + " which keeps it out of the process list; none turns preview off."})
    String previewToken;

    @Option(names = "--ref-snapshots", paramLabel = "N", defaultValue = "4",
            description = "With --preview-token, how many snapshots of other git refs (/preview/@<ref>/, the"
                    + " X-Content-Ref header) are kept in memory, each about the size of the preview snapshot"
                    + " (default: ${DEFAULT-VALUE}; 0 turns branch previews off).")
    int refSnapshots;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Where view counts are kept (views.db, SQLite) when no --views-store is given, the"
                    + " last git revision that loaded cleanly, and image variants (images/) (default: ${DEFAULT-VALUE},"
                    + " in the working directory).")
    Path data;

    @Option(names = "--views-store", paramLabel = "URL",
            description = "Count views in a Redis shared by several replicas instead of --data, such as"
                    + " redis://redis.internal:6379 (rediss:// for TLS). Run Redis with appendonly yes and"
                    + " appendfsync always, or a crash loses acknowledged views.")
    URI viewsStore;

    @Option(names = "--view-rate-limit", paramLabel = "PER_SECOND", defaultValue = "" + ViewCounting.DEFAULT_VIEWS_PER_SECOND,
            description = "Views one client address may send a second, after a burst of " + ViewCounting.DEFAULT_BURST
                    + " (default: ${DEFAULT-VALUE}); more get 429. Behind proxies, see --proxy-hops.")
    double viewRateLimit;

    @Option(names = "--proxy-hops", paramLabel = "N", defaultValue = "0",
            description = "How many reverse proxies (load balancer, CDN) stand in front of the server, each adding"
                    + " the address it serves to X-Forwarded-For: the limits per client (views, wrong preview tokens)"
                    + " then apply to the address the outermost one saw. Default: ${DEFAULT-VALUE}, the header is not"
                    + " trusted and every request counts against its connection's address (behind a proxy, the proxy's).")
    int proxyHops;

    @Option(names = "--newsletter-store", paramLabel = "URL", defaultValue = "${env:KIOSK_NEWSLETTER_STORE}",
            description = "Keep newsletter subscribers in a PostgreSQL shared by several replicas"
                    + " (postgresql://user:password@host:5432/db) instead of newsletter.db in --data. Default: the"
                    + " KIOSK_NEWSLETTER_STORE environment variable, which keeps the password out of the process list.")
    String newsletterStore;

    @Option(names = "--webhook", paramLabel = "URL",
            description = {"An endpoint that gets a POST with each published snapshot's changes (repeatable),"
                    + " signed as Standard Webhooks says with --webhook-secret; deliveries wait in <data>/webhooks/"
                    + " and failed ones are retried with exponential backoff, across restarts. Trusted wherever it"
                    + " points (site.yaml's webhooks, which any editor writes, must be https and public)."})
    List<URI> webhooks = new ArrayList<>();

    @Option(names = "--webhook-secret", paramLabel = "SECRET", defaultValue = "${env:KIOSK_WEBHOOK_SECRET}",
            description = {"The secret webhooks are signed with: whsec_ and the base64 of 24 to 64 random bytes"
                    + " (echo whsec_$(openssl rand -base64 32)). Default: the KIOSK_WEBHOOK_SECRET environment"
                    + " variable, which keeps it out of the process list."})
    String webhookSecret;

    @Option(names = "--trusted-documents", paramLabel = "DIR",
            description = "Run only the GraphQL documents persisted in the *.json files of DIR (objects of id to"
                    + " document, as GraphQL Code Generator's persisted-documents.json or Relay's persisted queries):"
                    + " clients send the id as extensions.persistedQuery.sha256Hash; any other document is refused"
                    + " with PERSISTED_QUERY_NOT_IN_LIST. Default: every document runs.")
    Path trustedDocuments;

    @Mixin
    SmtpOptions smtp;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PreviewToken token;
        try {
            token = previewToken == null || previewToken.isBlank() ? null : PreviewToken.of(previewToken);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--preview-token: " + e.getMessage());
        }
        WebhookSecret signing = null;
        if (!webhooks.isEmpty()) {
            try {
                signing = WebhookSecret.of(webhookSecret);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--webhook-secret: " + e.getMessage());
            }
            for (URI webhook : webhooks) {
                if (!webhook.isAbsolute() || !List.of("http", "https").contains(webhook.getScheme())) {
                    throw new ParameterException(spec.commandLine(), "--webhook: not an absolute http(s) URL: "
                            + webhook);
                }
            }
        }
        if (refSnapshots < 0) {
            throw new ParameterException(spec.commandLine(), "--ref-snapshots: 0 or more, was " + refSnapshots);
        }
        TrustedDocuments trusted;
        try {
            trusted = trustedDocuments == null ? TrustedDocuments.ANY : TrustedDocuments.load(trustedDocuments);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--trusted-documents: " + e.getMessage());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--trusted-documents: cannot read " + trustedDocuments + ": " + e);
        }
        ViewStoreConfig views;
        try {
            views = viewsStore == null ? new ViewStoreConfig.Embedded(data) : new ViewStoreConfig.Redis(viewsStore);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--views-store: " + e.getMessage());
        }
        // The ranking judges publication on the catalog being served, which exists once the reloader has loaded.
        AtomicReference<Reloader> loaded = new AtomicReference<>();
        // what does not need the content is done while it loads: the view store opens, the GraphQL schema is built
        ServerOptions defaults = ServerOptions.defaults(port);
        Background.start("kiosk-graphql-schema", () -> KioskGraphQl.prepareSchema(defaults.limits()));
        CompletableFuture<Popularity> opening = Background.start("kiosk-view-store",
                () -> Popularity.open(views, Clock.systemUTC(), () -> loaded.get().published().get()));
        // media come from where the content serving was read: the folder, or an earlier revision read from git;
        // the templates' configuration (FreeMarker's, JBake's) is set up beside the load too: a few hundred
        // milliseconds of the main thread's start otherwise
        CompletableFuture<SiteBaker> bakerSetUp = Background.start("kiosk-site-setup", () -> new SiteBaker(site,
                () -> loaded.get().servingFolder().resolve("media"), out,
                places -> Background.join(opening).mostRead().standings(places),
                liveReload ? LiveReload.EVERYWHERE : LiveReload.PREVIEW));
        ContentSource source = new ContentSource(content.folder, data, proofread);
        AtomicReference<KioskServer> serving = new AtomicReference<>();
        ImageWorkshop images = new ImageWorkshop(Images.cache(data));
        CatalogBuilder builder = new CatalogBuilder().withRenditions(images::current);
        Reloader reloader;
        try {
            reloader = Reloader.start(source, builder, Clock.systemUTC(),
                    token != null, (previous, next) -> afterSwap(Background.join(bakerSetUp), next, serving.get(), images,
                            loaded.get()),
                    language.language);
        } catch (ContentErrorsException e) {
            Messages messages = language.messages(e.result().content());
            CheckCommand.report(e.result(), messages, err);
            err.println(messages.text("serve.refused"));
            err.flush();
            opening.thenAccept(Popularity::close);
            return 1;
        }
        loaded.set(reloader);
        SiteBaker baker;
        try {
            baker = Background.join(bakerSetUp);
        } catch (RuntimeException e) {
            reloader.close();
            opening.thenAccept(Popularity::close);
            throw e;
        }
        Popularity popularity = Background.join(opening);
        Catalog first = reloader.published().get();
        // the newsletter's store (its migrations) opens while the rest is wired
        CompletableFuture<NewsletterDesk> newsletterOpening = first.site().newsletter() == null
                ? CompletableFuture.completedFuture(null)
                : Background.start("kiosk-newsletter-store", () -> NewsletterDesk.open(first.site(),
                        StoreLocation.of(newsletterStore, data), smtp.settings(first.site().newsletter()), data, site,
                        content.folder, () -> reloader.published().get()));
        ChangeHistory changes = new ChangeHistory(data);
        changes.follow(reloader.published());
        NewsletterDesk newsletter;
        try {
            newsletter = Background.join(newsletterOpening);
        } catch (IllegalArgumentException | StoreException e) {
            err.println("kiosk serve: not serving: the newsletter cannot start: " + e.getMessage());
            err.flush();
            reloader.close();
            popularity.close();
            return 1;
        }
        // site.yaml's endpoints as read at start, as its api and CORS origins are
        List<URI> editors = first.site().webhooks();
        if (!editors.isEmpty() && signing == null) {
            signing = webhookSecret(err);
            if (signing == null) {
                reloader.close();
                popularity.close();
                return 1;
            }
        }
        Webhooks hooks = webhooks.isEmpty() && editors.isEmpty() ? null
                : new Webhooks(webhooks, editors, signing, data.resolve("webhooks"), Clock.systemUTC(),
                        Webhooks.Backoff.DEFAULT);
        if (hooks != null) {
            hooks.follow(reloader.published());
        }
        // other branches' content for editors: /preview/@<ref>/ and the X-Content-Ref header
        RefCatalogs refs = token == null || refSnapshots == 0 ? null : RefCatalogs.open(content.folder, builder,
                Clock.systemUTC(), refSnapshots, ContentRefs.MAX_BUILDS).orElse(null);
        FolderWatcher watcher = noWatch ? null : new FolderWatcher(() -> watchTargets(source), SETTLE,
                FolderWatcher.CHECK, reloader::requestReload);
        KioskServer server = KioskServer.create(reloader.published(),
                defaults.withSiteFolder(createdFolder(out)).withCorsOrigins(corsOrigins(first))
                        .withNewsletter(newsletter == null ? null : newsletter.options(token != null))
                        .withAnswerCacheBytes(answerCacheMegabytes << 20)
                        .withLive(new LiveData(() -> contentStatus(reloader.status(), watcher))
                                .withRankings(popularity.rankings()).withChanges(changes::after))
                        .withViews(popularity.counting(viewRateLimit))
                        .withProxyHops(proxyHops)
                        .withTrustedDocuments(trusted)
                        .withPreview(token == null ? null : new Preview(token, reloader.preview().orElseThrow(),
                                new PreviewSite(baker)::file,
                                refs == null ? ContentRefs.NONE : ContentRefs.of(refs::at, refs::media))))
                .startBeforeSiteBaked();
        serving.set(server);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) {
                watcher.close();
            }
            reloader.close();
            if (refs != null) {
                refs.close();
            }
            if (hooks != null) {
                hooks.close(); // what is not sent stays in the outbox for the next start
            }
            images.close();
            server.stop();
            popularity.close(); // after the server: views it acknowledged are committed; queued ones now
            if (newsletter != null) {
                newsletter.close();
            }
        }, "kiosk-stop"));
        PrintWriter stdout = spec.commandLine().getOut();
        Messages messages = reloader.messages();
        stdout.println(messages.text("serve.started", first.articles().size(), first.revision(),
                String.valueOf(server.port()), (token == null ? "" : messages.text("serve.preview"))
                        + (trusted.enforced() ? messages.text("serve.trusted", trusted.size()) : ""), out.toString(),
                noWatch ? "" : messages.text("serve.watching", content.folder.toString(), site.toString())));
        stdout.flush();
        bakeFirstSite(baker, reloader, server, images);
        server.awaitStop();
        return 0;
    }

    /** The webhook secret for site.yaml's webhooks, or null after saying what is wrong with it. */
    private WebhookSecret webhookSecret(PrintWriter err) {
        try {
            return WebhookSecret.of(webhookSecret);
        } catch (IllegalArgumentException e) {
            err.println("kiosk serve: not serving: site.yaml lists webhooks, and --webhook-secret: " + e.getMessage());
            err.flush();
            return null;
        }
    }

    /**
     * The origins given, and the site's own when site.yaml puts the API on another origin ({@code api:}):
     * its script reads rankings from there. Read at start: a changed baseUrl needs a restart.
     */
    private List<String> corsOrigins(Catalog catalog) {
        List<String> origins = new ArrayList<>(corsOrigins);
        if (catalog.site().api() != null && !origins.contains("*")) {
            origins.add(UrlPaths.origin(catalog.site().baseUrl()).toString());
        }
        return origins;
    }

    /**
     * Runs on the reload thread after a swap: the changed pages, then in the background the search index and
     * the variants of new images (a text edit is served without waiting for either).
     */
    private static void afterSwap(SiteBaker baker, Catalog next, KioskServer server, ImageWorkshop images,
                                  Reloader reloader) {
        BakeReport report = baker.update(next);
        if (server != null) {
            server.siteBaked(); // an update before the first bake finished bakes the whole site
            server.pagesRewritten(report.renderedPages());
        }
        LOG.info("{}", reloader.messages().text("serve.rebaked", report.summary(reloader.messages()), next.revision()));
        CompletableFuture.runAsync(next::buildSearchIndex);
        requestVariants(baker, next, images, reloader);
    }

    /** Variants of the images {@code catalog} publishes; once new ones exist, the catalogs and pages are rebuilt with them. */
    private static void requestVariants(SiteBaker baker, Catalog catalog, ImageWorkshop images, Reloader reloader) {
        images.request(() -> Images.sources(baker.publishedMedia(catalog), reloader.servingFolder()),
                catalog.site().imageWidths(), reloader::rebuild);
    }

    /**
     * Bakes the site in the background, so the API answers while it bakes, on a thread of its own (the
     * pages render in parallel on the common pool). The server serves the site once it is complete. A
     * site that cannot be baked (a broken template) stops serve, as it always did.
     */
    private static void bakeFirstSite(SiteBaker baker, Reloader reloader, KioskServer server, ImageWorkshop images) {
        Thread bake = new Thread(() -> {
            try {
                baker.bakeFirst(() -> reloader.published().get())
                        .ifPresent(report -> LOG.info("{}", reloader.messages().text("serve.baked",
                                report.summary(reloader.messages()))));
                server.siteBaked();
                // until the variants exist, pages show the original images
                requestVariants(baker, reloader.published().get(), images, reloader);
            } catch (RuntimeException e) {
                LOG.error("kiosk serve: cannot bake the site; stopping", e);
                System.exit(1);
            }
        }, "kiosk-first-bake");
        bake.start();
    }

    /** The site folder, created empty when missing: the server serves it from the start (nothing until baked). */
    private static Path createdFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + folder, e);
        }
    }

    /** The content folder, git's refs around it, and the site folder (whose templates a reload re-bakes). */
    private List<WatchTarget> watchTargets(ContentSource source) {
        List<WatchTarget> targets = new ArrayList<>(source.watchTargets());
        targets.add(WatchTarget.tree(site));
        return targets;
    }

    private static ContentStatus contentStatus(ReloadStatus reload, FolderWatcher watcher) {
        ReloadStatus status = watcher == null ? reload : reload.degradedAlsoBy(watcher.trouble());
        return new ContentStatus(status.at(), status.ok(), status.problems(), status.reasons());
    }
}
