package kiosk.content.load;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kiosk.content.Body;
import kiosk.content.check.Problems;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML and plain text, once per article. Raw HTML is allowed in Markdown (editors
 * use it for figures and line breaks) and then cleaned against {@link BodySafelist}: no scripts, no
 * event handlers, no {@code javascript:} URLs, no ids or classes but Kiosk's own ({@link CleanedBody}).
 * A body without raw HTML, nearly every one, is written safe in one pass instead ({@link DirectBody}).
 * What the cleaning drops is a warning at its line, and nesting too deep to render is an error (see
 * {@link MarkdownNesting}). Thread-safe.
 */
final class MarkdownRenderer {

    /** A base for resolving relative links while cleaning; relative links stay relative. */
    private static final String CLEANING_BASE = "https://kiosk.invalid/";

    /** A rendered body and the links from it into the site, to check once everything is read. */
    record Rendered(Body body, List<BodyLink> links) {
        Rendered {
            links = List.copyOf(links);
        }
    }

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnotesExtension.create(),
            HeadingAnchorExtension.builder().idPrefix(BodySafelist.HEADING_ID_PREFIX).build());

    private final Parser parser = parser();
    private final Safelist safelist = new BodySafelist();
    private final CleanedBody cleaned = new CleanedBody(htmlRenderer(), safelist, CLEANING_BASE);
    private final DirectBody direct = new DirectBody(MarkdownRenderer::htmlRenderer, safelist, CLEANING_BASE);

    /** The parser of article bodies, keeping where each block and inline stands in the Markdown. */
    static Parser parser() {
        return Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    }

    /** The HTML renderer of article bodies, before their cleaning: links and images only to safe kinds of address. */
    static HtmlRenderer.Builder htmlRenderer() {
        return HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true);
    }

    /**
     * @param firstLine the file line on which the Markdown starts, to locate problems
     * @return the body, or null when it cannot be published (the reason is in {@code problems})
     */
    Rendered render(String markdown, int firstLine, Problems problems) {
        return render(markdown, firstLine, problems, src -> MediaLibrary.Dimensions.UNKNOWN);
    }

    /**
     * @param sizes the upright size of an image by its {@code src}, written on the body's {@code <img>} so that
     *              a page reserves its space before the variants exist (zero when unknown: not written)
     */
    Rendered render(String markdown, int firstLine, Problems problems, Function<String, MediaLibrary.Dimensions> sizes) {
        Optional<MarkdownNesting.Position> piledUp = MarkdownNesting.beforeParsing(markdown);
        if (piledUp.isPresent()) {
            return tooDeep(piledUp.get(), firstLine, problems);
        }
        Node document;
        try {
            document = parser.parse(markdown);
        } catch (StackOverflowError e) {
            // nesting the scan did not see coming: located at the file, the only place known
            return tooDeep(new MarkdownNesting.Position(1, 1), firstLine, problems);
        }
        Optional<MarkdownNesting.Position> tooDeep = MarkdownNesting.ofTree(document);
        if (tooDeep.isPresent()) {
            return tooDeep(tooDeep.get(), firstLine, problems);
        }
        BodyInspection inspection = BodyInspection.of(document, safelist, CLEANING_BASE, firstLine, problems);
        Optional<WrittenBody> inOnePass = inspection.hasRawHtml() ? Optional.empty() : direct.write(document, sizes);
        WrittenBody written = inOnePass.orElseGet(() -> cleaned.write(document, sizes));
        inspection.checkFragments(written.ids());
        return new Rendered(new Body(written.html(), written.text(), written.images()), inspection.links());
    }

    private static Rendered tooDeep(MarkdownNesting.Position at, int firstLine, Problems problems) {
        problems.error(firstLine + at.line() - 1, at.column(), "the text is nested too deeply here: more than "
                        + MarkdownNesting.MAX_DEPTH + " levels of quotes, lists, emphasis, links or images inside one another",
                "nest a few levels at most; look for a long run of '>', '-', '*' or '[' characters");
        return null;
    }
}
