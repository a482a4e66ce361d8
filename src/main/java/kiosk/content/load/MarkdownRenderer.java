package kiosk.content.load;

import java.util.List;
import kiosk.content.Body;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML and plain text, once per article, when first used. Raw HTML is allowed in Markdown (editors
 * use it for figures and line breaks) and then cleaned against a {@link Safelist}: no scripts, no event
 * handlers, no {@code javascript:} URLs. Thread-safe.
 */
public final class MarkdownRenderer {

    /** A base for resolving relative links while cleaning; relative links stay relative. */
    private static final String CLEANING_BASE = "https://kiosk.invalid/";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner = new Cleaner(safelist());

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(
                TablesExtension.create(), FootnotesExtension.create(), HeadingAnchorExtension.create());
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true).build();
    }

    /** What Markdown bodies may contain: jsoup's relaxed set plus anchors, footnotes and figures. */
    static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("figure", "figcaption", "section", "hr", "del", "s", "mark", "small", "time")
                .addAttributes(":all", "id", "class")
                .addAttributes("td", "align")
                .addAttributes("th", "align")
                .addAttributes("time", "datetime")
                .addProtocols("a", "href", "#", "/")
                .addProtocols("img", "src", "/")
                .preserveRelativeLinks(true);
    }

    /** The body of {@code markdown}, rendered when first used (see {@link Body}). */
    public Body render(String markdown) {
        return Body.renderedOnUse(() -> renderNow(markdown));
    }

    private Body.Rendered renderNow(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(html, CLEANING_BASE);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return new Body.Rendered(clean.body().html(), clean.body().text());
    }
}
