package kiosk.site.bake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import kiosk.catalog.Catalog;
import kiosk.content.files.SafeFolder;
import kiosk.parallel.BalancedMap;
import kiosk.site.templates.Ambient;
import kiosk.site.templates.SiteView;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Bakes catalogs into one output folder: {@link #bake} builds the whole site and swaps it in,
 * {@link #update} re-renders only the pages whose model changed since the last bake and writes only
 * the files whose bytes changed. The site folder is laid out as JBake expects ({@code templates/},
 * {@code assets/}, an optional {@code jbake.properties}). Pages render in parallel.
 *
 * <p>What changes without the content changing (the most read articles, the revision a page was
 * rendered from) goes to templates as {@link Ambient}: every page a bake or update renders gets the
 * current one, and it never makes a page count as changed (see {@link Ambient}).
 *
 * <p>One bake runs at a time in a JVM, whichever baker runs it: a bake keeps every core busy already,
 * and a preview planned during an update waits for it rather than competing.
 */
public final class SiteBaker {

    static final ReentrantLock ONE_BAKE_PER_JVM = new ReentrantLock();

    private final JBakeConfiguration config;
    private final Supplier<Path> media;
    private final Path site;
    private final OutputFolder output;
    /** The rankings to show, or null for a site baked without view counts. */
    private final MostRead mostRead;
    private final LiveReload liveReload;
    /** What the output folder holds since the last bake by this baker, or null before the first. */
    private Baked baked;

    /** The last bake's inputs, which an update compares with its own. */
    record Baked(PagePlan plan, Map<String, Page> pagesByPath, String templates, TemplateRenderer renderer,
                 MediaReferences media, StaticFiles statics) {

        byte[] render(Page page, Ambient ambient) {
            return renderer.render(page, plan.site(), ambient);
        }
    }

    /**
     * @param site  the site folder: {@code templates/} and {@code assets/}
     * @param media the content's {@code media/} folder; the files published content uses are copied to
     *              {@code /media/}; may not exist. Its parent is the content folder, which links in it may not leave
     * @param out   the output folder; created, or replaced when a previous bake made it
     */
    public SiteBaker(Path site, Path media, Path out) {
        this(site, media, out, null);
    }

    /**
     * A baker for a site served beside the API that counts its views ({@code kiosk serve}): pages get a
     * ranking box from {@code mostRead}, and the site's script calls the API on the site's own origin
     * unless site.yaml names another ({@code api:}).
     */
    public SiteBaker(Path site, Path media, Path out, MostRead mostRead) {
        this(site, constant(Objects.requireNonNull(media, "media")), out, mostRead);
    }

    /**
     * The same, for content whose folder may change between bakes ({@code kiosk serve} serving an earlier
     * revision read from git): {@code media} is asked at each bake and update.
     */
    public SiteBaker(Path site, Supplier<Path> media, Path out, MostRead mostRead) {
        this(site, media, out, mostRead, LiveReload.OFF);
    }

    /** The same, with the live-reload script on the pages {@code liveReload} says ({@code kiosk serve}). */
    public SiteBaker(Path site, Supplier<Path> media, Path out, MostRead mostRead, LiveReload liveReload) {
        Objects.requireNonNull(site, "site");
        if (!Files.isDirectory(site)) {
            throw new BakeException("the site folder does not exist: " + site.toAbsolutePath());
        }
        this.config = TemplateRenderer.configuration(site, out);
        this.media = Objects.requireNonNull(media, "media");
        this.site = site;
        this.output = new OutputFolder(out);
        this.mostRead = mostRead;
        this.liveReload = Objects.requireNonNull(liveReload, "liveReload");
    }

    private static Supplier<Path> constant(Path media) {
        return () -> media;
    }

    /** Every page the catalog bakes into, with its template and model; renders nothing. */
    public PagePlan plan(Catalog catalog) {
        return PagePlanner.plan(catalog, Fingerprint.of(siteFiles(), assets()), null, defaultApi(),
                liveReload == LiveReload.EVERYWHERE);
    }

    /** Bakes the whole site into a staging folder, then puts it in place of the output folder. */
    public BakeReport bake(Catalog catalog) {
        ONE_BAKE_PER_JVM.lock();
        try {
            long started = System.nanoTime();
            Baked next = prepare(catalog, null);
            Path staging = output.stage();
            try {
                int written = renderAll(next.plan().pages(), next.renderer(), next.plan().site(),
                        ambient(catalog, next.plan().site()), staging, OutputFiles::writeNew);
                written += next.statics().copyChanged(staging, () -> { });
                output.replaceWith(staging, catalog.revision());
                baked = next;
                return new BakeReport(next.plan().pages().size(), paths(next.plan().pages()), written, 0,
                        Duration.ofNanos(System.nanoTime() - started));
            } finally {
                // after a failure: the half-built site goes, the old output stays (after success it is gone already)
                OutputFiles.deleteTree(staging);
            }
        } finally {
            ONE_BAKE_PER_JVM.unlock();
        }
    }

    /**
     * Bakes the whole site from the catalog {@code latest} gives when the bake begins, unless this baker
     * has baked already: {@code serve} bakes its first site in the background while reloads may update
     * it, and an update that got there first baked a newer catalog.
     *
     * @return the bake's report, or empty when the site was baked already
     */
    public Optional<BakeReport> bakeFirst(Supplier<Catalog> latest) {
        ONE_BAKE_PER_JVM.lock();
        try {
            return baked == null ? Optional.of(bake(latest.get())) : Optional.empty();
        } finally {
            ONE_BAKE_PER_JVM.unlock();
        }
    }

    /**
     * Brings the output folder from the last bake to this catalog: renders the pages whose model,
     * template or site-wide part changed, writes those whose bytes changed (each with an atomic rename),
     * deletes pages that are gone and copies changed static files. The first call bakes in full.
     */
    public BakeReport update(Catalog catalog) {
        ONE_BAKE_PER_JVM.lock();
        try {
            if (baked == null) {
                return bake(catalog);
            }
            long started = System.nanoTime();
            Baked previous = baked;
            // read once: both hash every file of their folder
            SafeFolder siteFiles = siteFiles();
            String templates = Fingerprint.of(siteFiles, templatesFolder());
            String assetVersion = Fingerprint.of(siteFiles, assets());
            SiteView site = PagePlanner.site(catalog, assetVersion, defaultApi(), liveReload == LiveReload.EVERYWHERE);
            boolean sameSurroundings = previous.templates().equals(templates) && previous.plan().site().equals(site);
            // one ambient for all this update renders: the rankings may move between two asks, which would
            // rewrite the pages written first for nothing
            Ambient ambient = ambient(catalog, site);
            // the marker says the folder is mid-update from the first file changed until the last
            Runnable changing = output.updating(catalog.revision());
            PageWriter inPlace = (file, bytes) -> OutputFiles.writeIfChanged(file, bytes, changing);
            MediaReferences references = MediaReferences.of(catalog, previous.media());
            Map<String, Path> variants = variants(catalog, references);
            // the changed articles' pages go out first only when every file they may point at already has
            int written = sameSurroundings && filesAlreadyOut(references, variants, previous)
                    ? writeChangedArticlesFirst(catalog, previous, site, ambient, inPlace) : 0;
            Baked next = prepare(catalog, previous, templates, assetVersion, references, variants);
            Map<String, Page> before = previous.pagesByPath();
            List<Page> changed = next.plan().pages().parallelStream()
                    .filter(page -> !sameSurroundings || !page.equals(before.get(page.path())))
                    .toList();
            // files before the pages that refer to them: a page never points at an image that is not there yet
            written += next.statics().copyChanged(output.root(), changing);
            written += renderAll(changed, next.renderer(), next.plan().site(), ambient, output.root(), inPlace);
            int deleted = deleteGone(before.keySet(), next.pagesByPath().keySet(), changing);
            deleted += deleteGone(previous.statics().files().keySet(), next.statics().files().keySet(), changing);
            output.markRevision(catalog.revision());
            baked = next;
            return new BakeReport(next.plan().pages().size(), paths(changed), written, deleted,
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            ONE_BAKE_PER_JVM.unlock();
        }
    }

    /**
     * Writes the pages of the few articles that changed (see {@link ChangedArticles}); the caller has
     * checked that the templates and the site-wide view are unchanged, this checks the site configuration.
     *
     * @param site the site-wide view of this catalog's plan
     * @return how many files were written
     */
    private int writeChangedArticlesFirst(Catalog catalog, Baked previous, SiteView site, Ambient ambient,
                                          PageWriter inPlace) {
        if (!previous.plan().config().equals(catalog.site())) {
            return 0;
        }
        List<Page> pages = ChangedArticles.pages(catalog, previous.plan());
        return renderAll(pages, previous.renderer(), site, ambient, output.root(), inPlace);
    }

    /** Plans pages and static files and checks them; keeps the previous renderer while templates are unchanged. */
    Baked prepare(Catalog catalog, Baked previous) {
        SafeFolder siteFiles = siteFiles();
        MediaReferences references = MediaReferences.of(catalog, previous == null ? null : previous.media());
        return prepare(catalog, previous, Fingerprint.of(siteFiles, templatesFolder()), Fingerprint.of(siteFiles, assets()),
                references, variants(catalog, references));
    }

    /**
     * The same, given the fingerprints of the templates and assets folders as they are now, the media the
     * catalog's content uses and their image variants.
     */
    private Baked prepare(Catalog catalog, Baked previous, String templates, String assetVersion,
                          MediaReferences references, Map<String, Path> variants) {
        TemplateRenderer renderer = previous != null && previous.templates().equals(templates)
                ? previous.renderer() : new TemplateRenderer(config);
        Path mediaFolder = media.get().toAbsolutePath().normalize();
        // a static site has no events to listen to: the script stays out of it
        StaticFiles statics = StaticFiles.of(siteFiles(), assets(), asset -> liveReload != LiveReload.OFF
                        || !asset.equals(LiveReload.SCRIPT),
                new SafeFolder(mediaFolder.getParent(), "the content folder"), mediaFolder, references.files(), variants);
        PagePlan plan = PagePlanner.plan(catalog, assetVersion, previous == null ? null : previous.plan(), defaultApi(),
                liveReload == LiveReload.EVERYWHERE);
        Map<String, Page> pagesByPath = plan.byPath();
        Set<String> planned = pagesByPath.keySet();
        for (String template : plan.pages().stream().map(Page::template).distinct().toList()) {
            if (!Files.isRegularFile(templatesFolder().resolve(template))) {
                throw new BakeException("missing template " + templatesFolder().resolve(template));
            }
        }
        for (String file : statics.files().keySet()) {
            if (planned.contains(file)) {
                throw new BakeException(statics.files().get(file) + " would overwrite the page /" + file);
            }
        }
        return new Baked(plan, pagesByPath, templates, renderer, references, statics);
    }

    /**
     * Whether the media files and image variants the catalog's content uses are all in the output already: a
     * new photo, or the variants the image workshop just made, are copied by the full update before any page
     * that names them is written (LiveServeIT once got a 404 for a variant a page written first named).
     */
    private static boolean filesAlreadyOut(MediaReferences references, Map<String, Path> variants, Baked previous) {
        Set<String> out = previous.statics().files().keySet();
        return out.containsAll(references.files()) && out.containsAll(variants.keySet());
    }

    /** The variants of the images the published content uses, by output path: {@code img/photo-640.ab12.webp}. */
    private static Map<String, Path> variants(Catalog catalog, MediaReferences references) {
        Map<String, Path> variants = new java.util.TreeMap<>();
        for (String used : references.files()) {
            catalog.renditions().of("/" + used).ifPresent(rendition -> rendition.variants()
                    .forEach(variant -> variants.put(variant.path().substring(1), variant.file())));
        }
        return variants;
    }

    /** Every media file the published content uses, as {@code /media/...} references (images and documents). */
    public java.util.List<String> publishedMedia(Catalog catalog) {
        return MediaReferences.of(catalog, baked == null ? null : baked.media()).files().stream().sorted()
                .map(path -> "/" + path).toList();
    }

    /** Which pages get the live-reload script. */
    LiveReload liveReload() {
        return liveReload;
    }

    /** A site served beside the API calls it on its own origin; a static site only when site.yaml names one. */
    private String defaultApi() {
        return mostRead != null ? "" : null;
    }

    /** Asked once per bake or update: the rankings as of now, for every page this render writes. */
    Ambient ambient(Catalog catalog, SiteView site) {
        if (site.api() == null) {
            return new Ambient(catalog.revision(), null);
        }
        MostRead.Standings standings = mostRead == null ? null : mostRead.standings(RankingBoxes.PLACES);
        return new Ambient(catalog.revision(), RankingBoxes.of(standings, catalog));
    }

    /** How a page's bytes reach its file: into a new folder, or in place of what differs in the served one. */
    @FunctionalInterface
    private interface PageWriter {
        /** @return whether the file was written */
        boolean write(Path file, byte[] bytes);
    }

    private static List<String> paths(List<Page> pages) {
        return pages.stream().map(Page::path).toList();
    }

    /** @return how many files were written */
    private static int renderAll(List<Page> pages, TemplateRenderer renderer, SiteView site, Ambient ambient,
                                 Path folder, PageWriter writer) {
        // balanced, not a parallel stream: the pages differ in cost (a tag's list of hundreds of articles, an
        // article), and a parallel stream's last quarter of them kept one thread busy while the other waited.
        // A failure is thrown once every thread has stopped, so the caller never deletes the staging folder
        // under a page still being written.
        List<Boolean> wrote = BalancedMap.map(pages,
                page -> writer.write(folder.resolve(page.path()), renderer.render(page, site, ambient)));
        return (int) wrote.stream().filter(Boolean::booleanValue).count();
    }

    private int deleteGone(Set<String> before, Set<String> now, Runnable changing) {
        int deleted = 0;
        for (String path : before) {
            if (!now.contains(path)) {
                changing.run();
                output.delete(path);
                deleted++;
            }
        }
        return deleted;
    }

    /**
     * Templates and assets are read only through a {@link SafeFolder}: never through a link out of the
     * site folder. A new one for each bake or update, which checks its folders afresh.
     */
    private SafeFolder siteFiles() {
        return new SafeFolder(site, "the site folder");
    }

    private Path templatesFolder() {
        return config.getTemplateFolder().toPath();
    }

    private Path assets() {
        return config.getAssetFolder().toPath();
    }
}
