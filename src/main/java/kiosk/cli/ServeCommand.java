package kiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import kiosk.api.http.ContentStatus;
import kiosk.api.http.KioskServer;
import kiosk.api.http.ServerOptions;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.check.Problem;
import kiosk.live.ContentErrorsException;
import kiosk.live.ContentSource;
import kiosk.live.FolderWatcher;
import kiosk.live.ReloadStatus;
import kiosk.live.Reloader;
import kiosk.site.bake.BakeReport;
import kiosk.site.bake.SiteBaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kiosk serve}: loads the content, bakes the site, serves the API and the site, and follows
 * the content folder: each change reloads the snapshot, swaps it in atomically and re-bakes only
 * the pages that changed. A bad edit keeps the last good snapshot serving.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Loads the content, bakes the site into --out, and serves the GraphQL API at /graphql,",
                "GraphiQL at /graphiql, health at /health and the site at /. Watches --content and --site:",
                "a change is live within a second; content with errors is refused and the last good",
                "snapshot keeps serving. Stops gracefully on SIGTERM or Ctrl-C: requests in flight finish first.",
                "Refuses to start when the content has errors (see kiosk check)."})
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

    @Option(names = "--no-watch", description = "Serve the content as loaded at start; do not follow changes.")
    boolean noWatch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        SiteBaker baker = new SiteBaker(site, content.folder.resolve("media"), out);
        Reloader reloader;
        try {
            reloader = Reloader.start(new ContentSource(content.folder), new CatalogBuilder(), Clock.systemUTC(),
                    false, (previous, next) -> afterSwap(baker, next));
        } catch (ContentErrorsException e) {
            CheckCommand.report(e.result(), err);
            err.println("kiosk serve: not serving: fix the errors above first");
            err.flush();
            return 1;
        }
        Catalog first = reloader.published().get();
        BakeReport baked = baker.bake(first);
        KioskServer server = KioskServer.create(reloader.published(),
                ServerOptions.defaults(port).withSiteFolder(out).withCorsOrigins(corsOrigins)
                        .withAnswerCacheBytes(answerCacheMegabytes << 20)
                        .withContentStatus(() -> contentStatus(reloader.status()))).start();
        FolderWatcher watcher = noWatch ? null
                : new FolderWatcher(List.of(content.folder, site), SETTLE, reloader::requestReload);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) {
                watcher.close();
            }
            reloader.close();
            server.stop();
        }, "kiosk-stop"));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Serving %d articles (revision %s) on http://localhost:%d/: site /, API /graphql, GraphiQL /graphiql"
                        + " (baked %s)%s%n", first.articles().size(), first.revision(), server.port(), baked.summary(),
                noWatch ? "" : "; watching " + content.folder + " and " + site);
        stdout.flush();
        server.awaitStop();
        return 0;
    }

    /** Runs on the reload thread after a swap: the changed pages, then the search index in the background. */
    private static void afterSwap(SiteBaker baker, Catalog next) {
        BakeReport report = baker.update(next);
        LOG.info("re-baked {} for {}", report.summary(), next.revision());
        CompletableFuture.runAsync(next::buildSearchIndex);
    }

    private static ContentStatus contentStatus(ReloadStatus status) {
        return new ContentStatus(status.at(), status.ok(), status.problems().stream().map(Problem::format).toList());
    }
}
