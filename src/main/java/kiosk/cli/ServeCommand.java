package kiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kiosk.api.http.KioskServer;
import kiosk.api.http.ServerOptions;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.CatalogHolder;
import kiosk.content.check.Problem;
import kiosk.content.load.LoadResult;
import kiosk.live.ContentSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kiosk serve}: loads the content, bakes the site, and serves the API and the site until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Loads the content, bakes the site into --out, and serves the GraphQL API at /graphql,",
                "GraphiQL at /graphiql and the site at /. Stops gracefully on SIGTERM or Ctrl-C:",
                "requests in flight finish first. Refuses to start when the content has errors (see kiosk check)."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ContentOption content;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        LoadResult loaded = new ContentSource(content.folder).load();
        loaded.problems().stream().map(Problem::format).forEach(err::println);
        if (loaded.hasErrors()) {
            err.println(CheckCommand.summary(loaded));
            err.println("not serving: fix the errors above first");
            err.flush();
            return 1;
        }
        Catalog catalog = new CatalogBuilder().published(loaded.content(), Clock.systemUTC().instant());
        bakeSite(catalog, out);
        Files.createDirectories(out);
        KioskServer server = KioskServer.create(new CatalogHolder(catalog),
                ServerOptions.defaults(port).withSiteFolder(out).withCorsOrigins(corsOrigins)
                        .withAnswerCacheBytes(answerCacheMegabytes << 20)).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "kiosk-stop"));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Serving %d articles (revision %s) on http://localhost:%d/: API /graphql, GraphiQL /graphiql%n",
                catalog.articles().size(), catalog.revision(), server.port());
        stdout.flush();
        server.awaitStop();
        return 0;
    }

    /** Bakes {@code catalog} into {@code folder} before the server starts; the site baker plugs in here. */
    void bakeSite(Catalog catalog, Path folder) {
    }
}
