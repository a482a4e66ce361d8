package kiosk.site.bake;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kiosk.catalog.Catalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site of a preview catalog (drafts and scheduled articles included), rendered one file at a time
 * when an editor asks for it and never written to disk, so nothing unpublished can reach the folder a
 * web server publishes. Pages are the baker's own, with the same templates; their site-relative links
 * are moved under the preview's root so that following them stays in the preview, and each page says
 * that it is a preview and asks search engines not to index it.
 */
public final class PreviewSite {

    private static final Pattern ARTICLE_PAGE = Pattern.compile("articles/([^/]+)/index\\.html");
    private static final DateTimeFormatter SCHEDULED = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final SiteBaker baker;
    private final String root;
    /** The last catalog asked for, planned: editors click through one snapshot at a time. */
    private volatile Planned planned;

    private record Planned(Catalog catalog, SiteBaker.Baked baked) {
    }

    /**
     * @param baker the public site's baker, whose templates and assets the preview uses
     * @param root  where the preview is served, such as {@code /preview}
     */
    public PreviewSite(SiteBaker baker, String root) {
        this.baker = baker;
        this.root = root;
    }

    /**
     * The file at {@code path} of the site baked from {@code catalog}: a page, rendered now, or an
     * asset or media file; empty when there is none.
     *
     * @param path relative to the site's root, with forward slashes: {@code articles/x/index.html}
     */
    public Optional<byte[]> file(Catalog catalog, String path) {
        Planned current = plan(catalog);
        Page page = current.baked().pagesByPath().get(path);
        if (page != null) {
            byte[] bytes = current.baked().render(page, baker.ambient(catalog, current.baked().plan().site()));
            return Optional.of(path.endsWith(".html") ? insidePreview(bytes, catalog.revision(), state(catalog, path),
                    current.baked().plan().site().assetVersion()) : bytes);
        }
        return current.baked().statics().read(path);
    }

    private Planned plan(Catalog catalog) {
        Planned current = planned;
        if (current != null && current.catalog() == catalog) {
            return current;
        }
        SiteBaker.ONE_BAKE_PER_JVM.lock();
        try {
            SiteBaker.Baked baked = baker.prepare(catalog, current == null ? null : current.baked());
            current = new Planned(catalog, baked);
            planned = current;
            return current;
        } finally {
            SiteBaker.ONE_BAKE_PER_JVM.unlock();
        }
    }

    /**
     * What an editor must know of the article a page shows: 「下書き」, or when it is scheduled to go
     * out in the site's time zone; "" for other pages and for articles out already.
     */
    private static String state(Catalog catalog, String path) {
        Matcher article = ARTICLE_PAGE.matcher(path);
        if (!article.matches()) {
            return "";
        }
        return catalog.article(article.group(1)).map(shown -> {
            if (shown.draft()) {
                return "この記事は下書きです（draft: true、公開されません）。";
            }
            if (shown.date().toInstant().isAfter(catalog.asOf())) {
                ZoneId zone = catalog.site().timeZone();
                return "この記事は " + shown.date().atZoneSameInstant(zone).format(SCHEDULED) + "（" + zone.getId()
                        + "）に公開される予定です。";
            }
            return "";
        }).orElse("");
    }

    /**
     * Moves site-relative links under the preview's root, marks the page as a preview and gives it the
     * live-reload script, which reloads it when its content changes and shows the problems of a failed reload.
     */
    private byte[] insidePreview(byte[] html, String revision, String state, String assetVersion) {
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        for (String attribute : new String[] {"href", "src", "action"}) {
            for (Element element : page.select("[" + attribute + "^=/]")) {
                element.attr(attribute, underRoot(element.attr(attribute)));
            }
        }
        for (Element element : page.select("[srcset]")) {
            element.attr("srcset", Arrays.stream(element.attr("srcset").split(","))
                    .map(String::strip).map(this::underRoot).collect(Collectors.joining(", ")));
        }
        // without the API's address the page's script neither counts an editor's view nor replaces the
        // ranking box with public links
        page.select("meta[name=kiosk-api]").remove();
        page.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        String script = root + "/" + LiveReload.SCRIPT;
        if (baker.liveReload() != LiveReload.OFF && page.selectFirst("script[src^=\"" + script + "\"]") == null) {
            page.head().appendElement("script").attr("src", script + "?v=" + assetVersion).attr("defer", true);
        }
        // styled by site.css (the pages' Content-Security-Policy admits no inline style)
        page.body().prependElement("p").addClass("preview-banner").attr("role", "status")
                .text("プレビュー：下書きと公開前の記事を含みます。このページは公開されていません（リビジョン " + revision + "）"
                        + (state.isEmpty() ? "" : " " + state));
        page.outputSettings().prettyPrint(false);
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code /articles/x/} becomes {@code /preview/articles/x/}; {@code //host/...} is another site and stays. */
    private String underRoot(String url) {
        return url.startsWith("/") && !url.startsWith("//") ? root + url : url;
    }
}
