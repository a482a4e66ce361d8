package kiosk.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.check.Messages;
import kiosk.content.check.Printable;
import kiosk.image.ImagePipeline;
import kiosk.live.ContentSource;
import kiosk.content.load.LoadResult;
import kiosk.site.bake.BakeException;
import kiosk.site.bake.BakeReport;
import kiosk.site.bake.SiteBaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kiosk bake}: the published content as a static site. */
@Command(name = "bake", mixinStandardHelpOptions = true,
        description = {"Bakes the content published now into a static site: pages, assets, media, feeds, sitemap.",
                "Content with errors is refused with the messages of 'kiosk check'.",
                "The output folder is replaced only once the new site is complete.",
                "Exits 0 when baked, 1 when refused or failed."})
final class BakeCommand implements Callable<Integer> {

    @Mixin
    ContentOption content;

    @Option(names = "--site", paramLabel = "DIR", defaultValue = "site",
            description = "The site folder with templates/ and assets/ (default: ${DEFAULT-VALUE}).")
    Path site;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/site",
            description = "The output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Where image variants are cached (images/), so the next bake processes only new or changed"
                    + " images (default: ${DEFAULT-VALUE}, in the working directory).")
    Path data;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LoadResult result = new ContentSource(content.folder).load();
        Messages messages = language.messages(result.content());
        if (result.hasErrors()) {
            CheckCommand.report(result, messages, err);
            err.println(messages.text("bake.refused", out));
            err.flush();
            return 1;
        }
        Instant now = Instant.now();
        CatalogBuilder builder = new CatalogBuilder();
        Catalog withoutImages = builder.published(result.content(), now);
        try {
            SiteBaker baker = new SiteBaker(site, content.folder.resolve("media"), out);
            ImagePipeline.Result images = new ImagePipeline(Images.cache(data), withoutImages.site().imageWidths())
                    .process(Images.sources(baker.publishedMedia(withoutImages), content.folder));
            images.failures().forEach((src, reason) -> err.println(messages.text("bake.imageFailed",
                    Printable.escape(src), Printable.escape(reason))));
            err.flush();
            Catalog catalog = builder.withRenditions(images::renditions).published(result.content(), now, withoutImages);
            BakeReport report = baker.bake(catalog);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(messages.text("bake.baked", report.summary(messages), out.toString(),
                    result.warningCount() > 0 ? messages.text("bake.warnings", result.warningCount()) : ""));
            stdout.println(messages.text("bake.images", images.processed(), images.reused(), Images.cache(data).toString()));
            stdout.flush();
            return 0;
        } catch (BakeException | UncheckedIOException e) {
            err.println("kiosk bake: " + Printable.escape(e.getMessage()));
            err.flush();
            return 1;
        }
    }
}
