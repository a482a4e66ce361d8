package kiosk.site.bake;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kiosk.catalog.Catalog;
import kiosk.content.check.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site of a preview catalog (drafts and scheduled articles included), rendered one file at a time
 * when an editor asks for it and never written to disk, so nothing unpublished can reach the folder a
 * web server publishes. Pages are the baker's own, with the same templates; their site-relative links
 * are moved under the preview's root (the work tree's, or a git ref's) so that following them stays in
 * that preview, and each page says, in the site's language, that it is a preview of which content
 * (revision, or branch and commit) and whether its article is a draft or when it is scheduled, and asks
 * search engines not to index it.
 */
public final class PreviewSite {

    private static final Pattern ARTICLE_PAGE = Pattern.compile("articles/([^/]+)/index\\.html");
    private static final String MESSAGES = "kiosk.site.bake.preview";
    /** Plans kept: of the work tree's preview and of a few git refs', which editors click through. */
    private static final int PLANS = 6;

    private final SiteBaker baker;
    /** The pages planned for each catalog asked for lately, by identity: planning is most of a page's cost. */
    private final Cache<Catalog, SiteBaker.Baked> plans = Caffeine.newBuilder().weakKeys().maximumSize(PLANS).build();
    /** The last plan made, which the next one starts from. */
    private volatile SiteBaker.Baked last;

    /** @param baker the public site's baker, whose templates and assets the preview uses */
    public PreviewSite(SiteBaker baker) {
        this.baker = baker;
    }

    /**
     * The file at {@code path} of the site baked from {@code catalog}: a page, rendered now, or an
     * asset or media file; empty when there is none.
     *
     * @param root where this preview is served, such as {@code /preview} or {@code /preview/@feature}:
     *             the pages' site-relative links are moved under it
     * @param ref  the git ref the catalog was read at, for the page to name, or null for the work tree
     * @param path relative to the site's root, with forward slashes: {@code articles/x/index.html}
     */
    public Optional<byte[]> file(Catalog catalog, String root, String ref, String path) {
        SiteBaker.Baked baked = plan(catalog);
        Page page = baked.pagesByPath().get(path);
        if (page != null) {
            byte[] bytes = baked.render(page, baker.ambient(catalog, baked.plan().site()));
            return Optional.of(path.endsWith(".html") ? insidePreview(bytes, root, banner(catalog, ref, path),
                    ref == null, baked.plan().site().assetVersion()) : bytes);
        }
        return baked.statics().read(path);
    }

    private SiteBaker.Baked plan(Catalog catalog) {
        SiteBaker.Baked planned = plans.getIfPresent(catalog);
        if (planned != null) {
            return planned;
        }
        SiteBaker.ONE_BAKE_PER_JVM.lock();
        try {
            planned = plans.getIfPresent(catalog);
            if (planned == null) {
                planned = baker.prepare(catalog, last);
                plans.put(catalog, planned);
                last = planned;
            }
            return planned;
        } finally {
            SiteBaker.ONE_BAKE_PER_JVM.unlock();
        }
    }

    /**
     * What the page tells the editor, in the site's language: that it is a preview of which content
     * (the ref and its commit, or the work tree's revision) and, on an article's page, that the
     * article is a draft or when it is scheduled to go out, in the site's time zone.
     */
    private static String banner(Catalog catalog, String ref, String path) {
        Messages messages = Messages.of(MESSAGES, catalog.site().language());
        String shown = ref == null ? messages.text("source.workTree", catalog.revision())
                : catalog.revision().startsWith(ref) ? messages.text("source.commit", catalog.revision())
                : messages.text("source.ref", ref, catalog.revision());
        String state = state(catalog, path, messages);
        return messages.text("banner", shown) + (state.isEmpty() ? "" : " " + state);
    }

    /** 「下書き」, or when the article a page shows is scheduled to go out; "" for other pages and for articles out already. */
    private static String state(Catalog catalog, String path, Messages messages) {
        Matcher article = ARTICLE_PAGE.matcher(path);
        if (!article.matches()) {
            return "";
        }
        return catalog.article(article.group(1)).map(shown -> {
            if (shown.draft()) {
                return messages.text("state.draft");
            }
            if (shown.date().toInstant().isAfter(catalog.asOf())) {
                ZoneId zone = catalog.site().timeZone();
                return messages.text("state.scheduled", shown.date().atZoneSameInstant(zone)
                        .format(DateTimeFormatter.ofPattern(messages.text("state.scheduled.pattern"),
                                Locale.forLanguageTag(catalog.site().language()))), zone.getId());
            }
            return "";
        }).orElse("");
    }

    /**
     * Moves site-relative links under the preview's root, marks the page as a preview and, for the work
     * tree's preview ({@code live}), gives it the live-reload script, which reloads it when its content
     * changes and shows the problems of a failed reload: a git ref's content changes by commits, which
     * the next request shows, and the work tree's problems are not the ref's.
     */
    private byte[] insidePreview(byte[] html, String root, String banner, boolean live, String assetVersion) {
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        for (String attribute : new String[] {"href", "src", "action"}) {
            for (Element element : page.select("[" + attribute + "^=/]")) {
                element.attr(attribute, underRoot(root, element.attr(attribute)));
            }
        }
        for (Element element : page.select("[srcset]")) {
            element.attr("srcset", Arrays.stream(element.attr("srcset").split(","))
                    .map(String::strip).map(url -> underRoot(root, url)).collect(Collectors.joining(", ")));
        }
        // without the API's address the page's script neither counts an editor's view nor replaces the
        // ranking box with public links
        page.select("meta[name=kiosk-api]").remove();
        page.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        String script = root + "/" + LiveReload.SCRIPT;
        if (live && baker.liveReload() != LiveReload.OFF && page.selectFirst("script[src^=\"" + script + "\"]") == null) {
            page.head().appendElement("script").attr("src", script + "?v=" + assetVersion).attr("defer", true);
        }
        // styled by site.css (the pages' Content-Security-Policy admits no inline style)
        page.body().prependElement("p").addClass("preview-banner").attr("role", "status").text(banner);
        page.outputSettings().prettyPrint(false);
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code /articles/x/} becomes {@code /preview/articles/x/}; {@code //host/...} is another site and stays. */
    private static String underRoot(String root, String url) {
        return url.startsWith("/") && !url.startsWith("//") ? root + url : url;
    }
}
