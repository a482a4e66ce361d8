package kiosk.content.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import kiosk.content.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.CoreHtmlNodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.TagSet;
import org.jsoup.safety.Safelist;

/**
 * Writes a body whose Markdown holds no raw HTML straight to safe HTML, without the parse, clean and
 * serialise round trip {@link CleanedBody} takes (three fifths of what rendering a body cost). Markdown
 * alone makes only elements the safelist allows; what the round trip would still change is attributes, and
 * each one the renderer writes is checked against the same safelist on the way out: a link or image address
 * it refuses, a code block's odd language name or an empty heading's id is left out, as the cleaner would.
 * Photos become figures as {@link BodyFigures} makes them. Thread-safe.
 */
final class DirectBody {

    private final Supplier<HtmlRenderer.Builder> renderer;
    private final Safelist safelist;
    private final String cleaningBase;

    /**
     * @param renderer     a new builder of the renderer cleaned bodies take, for each body (this adds to it)
     * @param cleaningBase the base the cleaner resolves relative addresses against, to check them alike
     */
    DirectBody(Supplier<HtmlRenderer.Builder> renderer, Safelist safelist, String cleaningBase) {
        this.renderer = renderer;
        this.safelist = safelist;
        this.cleaningBase = cleaningBase;
    }

    /**
     * @param document a body without raw HTML
     * @param sizes    the upright size of an image by its {@code src} (zero when unknown: not written)
     * @return the body; empty in the unforeseen case that Markdown made an element the safelist refuses
     */
    Optional<WrittenBody> write(Node document, Function<String, MediaLibrary.Dimensions> sizes) {
        return new Writing(sizes).write(document);
    }

    /** One body's writing: the images and ids met so far. */
    private final class Writing {

        private final Function<String, MediaLibrary.Dimensions> sizes;
        private final List<Image> images = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        /** jsoup's HTML tags, for checking attributes as the cleaner does (a set per body: it is not thread-safe). */
        private final TagSet tags = TagSet.Html();
        private boolean refused;

        Writing(Function<String, MediaLibrary.Dimensions> sizes) {
            this.sizes = sizes;
        }

        Optional<WrittenBody> write(Node document) {
            HtmlRenderer html = renderer.get()
                    .attributeProviderFactory(context -> this::checkAttributes)
                    .nodeRendererFactory(Figures::new)
                    .build();
            // commonmark closes void elements as XML does (<img ... />); the cleaner's HTML does not, and pages
            // should not depend on which writer a body took. " />" occurs nowhere else: text and attribute
            // values have every '>' escaped
            String written = html.render(document).replace(" />", ">");
            return refused ? Optional.empty() : Optional.of(new WrittenBody(written, BodyText.of(written), images, ids));
        }

        /** Leaves out the attributes the cleaner would drop; writes sizes on images and lists them. */
        private void checkAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (!safelist.isSafeTag(tagName)) {
                refused = true;
                return;
            }
            if (attributes.isEmpty()) {
                return; // most elements (<p>, <em>, <li>...): nothing to check
            }
            Element element = new Element(tags.valueOf(tagName, Parser.NamespaceHtml), cleaningBase);
            attributes.forEach(element::attr);
            attributes.keySet().removeIf(key -> !safelist.isSafeAttribute(tagName, element, element.attribute(key)));
            if (tagName.equals("img")) {
                image(attributes);
            }
            String id = attributes.get("id");
            if (id != null) {
                ids.add(id);
            }
        }

        private void image(Map<String, String> attributes) {
            BodyFigures.Caption caption = BodyFigures.Caption.of(attributes.remove("title"));
            String src = attributes.getOrDefault("src", "");
            MediaLibrary.Dimensions size = sizes.apply(src);
            if (size.width() > 0 && size.height() > 0) {
                attributes.put("width", Integer.toString(size.width()));
                attributes.put("height", Integer.toString(size.height()));
            }
            images.add(new Image(src, attributes.getOrDefault("alt", ""), caption.caption(), caption.credit(),
                    size.width(), size.height()));
        }
    }

    /** Paragraphs: a photo alone in one is written as a figure, any other as Markdown's own renderer does. */
    private static final class Figures implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final NodeRenderer paragraphs;

        Figures(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
            this.paragraphs = new CoreHtmlNodeRenderer(context);
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Paragraph.class);
        }

        @Override
        public void render(Node node) {
            org.commonmark.node.Image photo = photoAlone((Paragraph) node);
            if (photo == null) {
                paragraphs.render(node);
                return;
            }
            BodyFigures.Caption caption = BodyFigures.Caption.of(photo.getTitle());
            html.line();
            // Kiosk's own markup: written past the attribute check, which would drop the class as an editor's
            html.tag("figure", Map.of("class", BodyFigures.FIGURE_CLASS));
            context.render(photo);
            if (!caption.isEmpty()) {
                html.tag("figcaption");
                html.text(caption.caption());
                if (!caption.credit().isEmpty()) {
                    html.text(caption.caption().isEmpty() ? "" : " ");
                    html.tag("span", Map.of("class", BodyFigures.CREDIT_CLASS));
                    html.text(caption.credit());
                    html.tag("/span");
                }
                html.tag("/figcaption");
            }
            html.tag("/figure");
            html.line();
        }

        /**
         * The image a paragraph holds alone (beside blank text at most), written in a {@code <p>} of its own;
         * null otherwise. A tight list's paragraphs are written without one, and stay as they are.
         */
        private static org.commonmark.node.Image photoAlone(Paragraph paragraph) {
            if (paragraph.getParent() != null && paragraph.getParent().getParent() instanceof ListBlock list
                    && list.isTight()) {
                return null;
            }
            org.commonmark.node.Image photo = null;
            for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof org.commonmark.node.Image image && photo == null) {
                    photo = image;
                } else if (!(child instanceof SoftLineBreak || child instanceof Text text && BodyText.isBlank(text.getLiteral()))) {
                    return null;
                }
            }
            return photo;
        }
    }
}
