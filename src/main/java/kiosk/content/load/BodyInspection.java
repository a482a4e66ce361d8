package kiosk.content.load;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kiosk.content.check.Problems;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Safelist;

/**
 * Reads a parsed body the way the sanitiser will treat it, before it does: every raw HTML element,
 * attribute or link address the {@link Safelist} drops is a warning at its line (an editor's embedded
 * video must not vanish without a word), and the links and images that point into the site are
 * collected to be checked once everything is read. The tree is walked by recursion, which
 * {@link MarkdownNesting} has bounded.
 */
final class BodyInspection extends AbstractVisitor {

    /** Attributes that hold an address, by element. */
    private static final Set<String> ADDRESSES = Set.of("a:href", "img:src");
    private static final int SHOWN_VALUE_LENGTH = 60;

    private final Safelist safelist;
    private final String cleaningBase;
    private final int firstLine;
    private final Problems problems;
    private final List<BodyLink> links = new ArrayList<>();
    private final List<BodyLink> fragments = new ArrayList<>();
    private boolean rawHtml;

    private BodyInspection(Safelist safelist, String cleaningBase, int firstLine, Problems problems) {
        this.safelist = safelist;
        this.cleaningBase = cleaningBase;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    /**
     * @param firstLine    the file line on which the Markdown starts
     * @param cleaningBase the base the sanitiser resolves relative addresses against
     */
    static BodyInspection of(Node document, Safelist safelist, String cleaningBase, int firstLine, Problems problems) {
        BodyInspection inspection = new BodyInspection(safelist, cleaningBase, firstLine, problems);
        document.accept(inspection);
        return inspection;
    }

    /** Links and images into the site (absolute paths and relative addresses), in document order. */
    List<BodyLink> links() {
        return List.copyOf(links);
    }

    /** True when the body holds raw HTML, which only a cleaning makes safe. */
    boolean hasRawHtml() {
        return rawHtml;
    }

    /** Warns of links to {@code #fragment}s that no element of the rendered body has as its id. */
    void checkFragments(Set<String> ids) {
        for (BodyLink fragment : fragments) {
            String id = decode(fragment.address().substring(1));
            if (!id.isEmpty() && !ids.contains(id)) {
                problems.warning(fragment.line(), fragment.column(), fragment.named()
                                + " leads to no heading or footnote of this article",
                        "a heading's anchor is '#" + BodySafelist.HEADING_ID_PREFIX + "' and its words: [見出しへ](#"
                                + BodySafelist.HEADING_ID_PREFIX + "見出し)");
            }
        }
    }

    @Override
    public void visit(Link link) {
        address(link, "a", "href", link.getDestination());
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        address(image, "img", "src", image.getDestination());
        visitChildren(image);
    }

    @Override
    public void visit(HtmlInline html) {
        rawHtml(html, html.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
        rawHtml(html, html.getLiteral());
    }

    private void address(Node node, String tag, String key, String address) {
        SourceSpan span = node.getSourceSpans().get(0);
        Element element = new Element(Tag.valueOf(tag), cleaningBase).attr(key, address);
        address(element, element.attribute(key), firstLine + span.getLineIndex(), span.getColumnIndex() + 1);
    }

    /** Warns when the address is dropped, else keeps it when it points into the site. */
    private void address(Element element, Attribute attribute, int line, int column) {
        String address = attribute.getValue().strip();
        if (address.isEmpty()) {
            return;
        }
        if (!safelist.isSafeAttribute(element.normalName(), element, attribute)) {
            problems.warning(line, column, "the link address '" + shown(address) + "' is not published",
                    "links may lead to http(s) and mailto addresses or to the site's own pages (/articles/..., /media/...)");
            return;
        }
        BodyLink link = new BodyLink(address, element.normalName().equals("img"), line, column);
        if (address.startsWith("#")) {
            fragments.add(link);
        } else if (!address.startsWith("//") && !address.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            links.add(link);
        }
    }

    /** Parses the raw HTML as the sanitiser will, element by element, each with its position. */
    private void rawHtml(Node node, String literal) {
        rawHtml = true;
        Document parsed = Jsoup.parse(literal, cleaningBase, Parser.htmlParser().setTrackPosition(true));
        for (Element element : parsed.getAllElements()) {
            Range range = element.sourceRange();
            if (!range.isTracked() || range.isImplicit()) {
                continue; // the html, head and body jsoup adds around a fragment
            }
            SourceSpan span = node.getSourceSpans().get(Math.min(range.start().lineNumber(), node.getSourceSpans().size()) - 1);
            int line = firstLine + span.getLineIndex();
            int column = span.getColumnIndex() + range.start().columnNumber();
            String tag = element.normalName();
            if (!safelist.isSafeTag(tag)) {
                problems.warning(line, column, "the HTML element <" + tag + "> is not published",
                        "bodies keep only the HTML Markdown makes (paragraphs, links, images, tables, figures...);"
                                + " link to embedded content instead, its text (if any) stays");
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (ADDRESSES.contains(tag + ":" + attribute.getKey())) {
                    address(element, attribute, line, column);
                } else if (!safelist.isSafeAttribute(tag, element, attribute)) {
                    problems.warning(line, column, "the attribute " + attribute.getKey() + "=\"" + shown(attribute.getValue())
                                    + "\" of <" + tag + "> is not published",
                            "styles, scripts, classes and ids come from the site's templates, not from articles");
                }
            }
        }
    }

    private static String shown(String value) {
        return value.length() <= SHOWN_VALUE_LENGTH ? value : value.substring(0, SHOWN_VALUE_LENGTH) + "…";
    }

    static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
