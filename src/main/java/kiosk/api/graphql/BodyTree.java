package kiosk.api.graphql;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosk.api.graphql.BodyBlock.Heading;
import kiosk.api.graphql.BodyInline.Link;
import kiosk.api.graphql.BodyInline.Mark;
import kiosk.api.graphql.BodyInline.TextRun;
import kiosk.content.Image;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An article body as typed blocks (see {@link BodyBlock}), read from its sanitised HTML: the tree
 * holds only what the HTML sanitiser kept, so the same guarantees hold (no script, no event handler,
 * no {@code javascript:} URL). Elements the tree has no type for keep their text: a {@code div} or
 * {@code dl} gives its content as paragraphs, an unknown inline element its text.
 *
 * @param blocks   in document order
 * @param headings the blocks that are headings, for a table of contents
 */
record BodyTree(List<BodyBlock> blocks, List<Heading> headings) {

    /**
     * Containers nested deeper than this give their blocks to the container above, so that a client
     * rebuilding the tree never recurses far (Markdown nesting is already bounded when loading).
     */
    static final int MAX_DEPTH = 15;

    BodyTree {
        blocks = List.copyOf(blocks);
        headings = List.copyOf(headings);
    }

    /**
     * @param html        an article's sanitised body HTML
     * @param articlePath the article's site path ({@code /articles/x/}), against which relative links resolve
     * @param siteBase    the site's base URL, so that absolute links into the site are known as such
     */
    static BodyTree of(String html, String articlePath, URI siteBase) {
        Builder builder = new Builder(articlePath, siteBase);
        builder.blocks(Jsoup.parseBodyFragment(html).body(), null, 0);
        List<BodyBlock> blocks = builder.blocks;
        return new BodyTree(blocks, blocks.stream()
                .filter(Heading.class::isInstance).map(Heading.class::cast).toList());
    }

    private static final class Builder {

        private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
                "blockquote", "pre", "table", "figure", "figcaption", "hr", "section", "div", "dl", "dt", "dd",
                "caption", "thead", "tbody", "tfoot", "tr", "td", "th");
        /** A fake origin for resolving relative links, as the sanitiser does. */
        private static final URI LINK_BASE = URI.create("https://kiosk.invalid/");
        private static final Pattern ARTICLE_PATH = Pattern.compile("/articles/([^/?#]+)/?");

        private final List<BodyBlock> blocks = new ArrayList<>();
        private final URI articleUri;
        private final String siteBase;

        Builder(String articlePath, URI siteBase) {
            this.articleUri = LINK_BASE.resolve(articlePath.startsWith("/") ? articlePath.substring(1) : articlePath);
            this.siteBase = siteBase.toString();
        }

        /** The blocks in {@code container}: runs of loose inline content become paragraphs. */
        void blocks(Element container, Integer parent, int depth) {
            List<Node> loose = new ArrayList<>();
            for (Node child : container.childNodes()) {
                if (child instanceof Element element && BLOCKS.contains(element.normalName())) {
                    paragraph(loose, parent, depth);
                    loose.clear();
                    block(element, parent, depth);
                } else {
                    loose.add(child);
                }
            }
            paragraph(loose, parent, depth);
        }

        private void block(Element element, Integer parent, int depth) {
            switch (element.normalName()) {
                case "p", "dt", "dd", "figcaption", "caption" -> paragraph(element.childNodes(), parent, depth);
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    String anchor = element.id();
                    blocks.add(new Heading(blocks.size(), parent, depth, element.normalName().charAt(1) - '0',
                            anchor.isEmpty() ? null : anchor, element.text(), inlines(element.childNodes(), null)));
                }
                case "ul", "ol" -> list(element, parent, depth);
                case "blockquote" -> container(element, parent, depth,
                        index -> new BodyBlock.Quote(index, parent, depth));
                case "pre" -> {
                    Element code = element.selectFirst("> code");
                    String language = code == null ? null : code.classNames().stream()
                            .filter(name -> name.startsWith("language-")).map(name -> name.substring(9))
                            .findFirst().orElse(null);
                    blocks.add(new BodyBlock.CodeBlock(blocks.size(), parent, depth, language, element.wholeText()));
                }
                case "table" -> table(element, parent, depth);
                case "figure" -> figure(element, parent, depth);
                case "hr" -> blocks.add(new BodyBlock.ThematicBreak(blocks.size(), parent, depth));
                case "section" -> {
                    if (element.hasClass("footnotes")) {
                        footnotes(element, parent, depth);
                    } else {
                        blocks(element, parent, depth);
                    }
                }
                default -> blocks(element, parent, depth);
            }
        }

        private interface Container {
            BodyBlock at(int index);
        }

        /** A list, quote or item: below {@link #MAX_DEPTH} it gives its content to its own container. */
        private void container(Element element, Integer parent, int depth, Container container) {
            if (depth >= MAX_DEPTH) {
                blocks(element, parent, depth);
                return;
            }
            int index = blocks.size();
            blocks.add(container.at(index));
            blocks(element, index, depth + 1);
        }

        private void list(Element list, Integer parent, int depth) {
            boolean ordered = list.normalName().equals("ol");
            int start = ordered ? parseStart(list.attr("start")) : 1;
            if (depth >= MAX_DEPTH) {
                blocks(list, parent, depth);
                return;
            }
            int index = blocks.size();
            blocks.add(new BodyBlock.BlockList(index, parent, depth, ordered, start));
            for (Element item : list.children()) {
                container(item, index, depth + 1, itemIndex -> new BodyBlock.ListItem(itemIndex, index, depth + 1));
            }
        }

        private static int parseStart(String start) {
            try {
                return start.isEmpty() ? 1 : Integer.parseInt(start.strip());
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private void table(Element table, Integer parent, int depth) {
            List<BodyBlock.TableRow> header = new ArrayList<>();
            List<BodyBlock.TableRow> rows = new ArrayList<>();
            for (Element row : table.select("tr")) {
                if (row.closest("table") != table) {
                    continue; // a row of a table in a cell: its text stays in that cell
                }
                List<BodyBlock.TableCell> cells = new ArrayList<>();
                for (Element cell : row.children()) {
                    String align = cell.attr("align").toUpperCase(java.util.Locale.ROOT);
                    cells.add(new BodyBlock.TableCell(cell.normalName().equals("th"),
                            Set.of("LEFT", "CENTER", "RIGHT").contains(align) ? align : null,
                            inlines(cell.childNodes(), null)));
                }
                boolean inHead = row.parent() != null && row.parent().normalName().equals("thead");
                (inHead ? header : rows).add(new BodyBlock.TableRow(cells));
            }
            blocks.add(new BodyBlock.Table(blocks.size(), parent, depth, header, rows));
        }

        private void figure(Element figure, Integer parent, int depth) {
            Element img = figure.selectFirst("img[src]");
            if (img == null) {
                blocks(figure, parent, depth);
                return;
            }
            Element caption = figure.selectFirst("figcaption");
            blocks.add(figureOf(img, caption == null ? List.of() : inlines(caption.childNodes(), null),
                    caption == null ? "" : caption.text(), parent, depth));
        }

        private BodyBlock.Figure figureOf(Element img, List<BodyInline> caption, String captionText, Integer parent,
                                          int depth) {
            String title = img.attr("title");
            String text = captionText.isEmpty() ? title : captionText;
            List<BodyInline> inlines = caption.isEmpty() && !title.isEmpty()
                    ? List.of(new TextRun(title, List.of(), null)) : caption;
            return new BodyBlock.Figure(blocks.size(), parent, depth,
                    new Image(img.attr("src"), img.attr("alt"), text, "", 0, 0), inlines);
        }

        private void footnotes(Element section, Integer parent, int depth) {
            int number = 0;
            for (Element item : section.select("li[id^=fn-]")) {
                number++;
                List<BodyInline> inlines = new ArrayList<>();
                for (Element paragraph : item.children()) {
                    if (!inlines.isEmpty()) {
                        inlines.add(new BodyInline.LineBreak());
                    }
                    inlines.addAll(inlines(List.of(paragraph), null));
                }
                blocks.add(new BodyBlock.Footnote(blocks.size(), parent, depth, item.id().substring(3), number,
                        inlines));
            }
        }

        /**
         * A paragraph of {@code nodes}, or none when they hold no text. Images in it become figures after
         * it; a paragraph that is one link to an article becomes an {@link BodyBlock.ArticleCard}.
         */
        private void paragraph(List<Node> nodes, Integer parent, int depth) {
            List<Element> images = new ArrayList<>();
            List<BodyInline> inlines = inlines(nodes, images);
            if (!inlines.isEmpty()) {
                Link link = onlyLink(inlines);
                blocks.add(link != null && link.articleSlug() != null
                        ? new BodyBlock.ArticleCard(blocks.size(), parent, depth, link, inlines)
                        : new BodyBlock.Paragraph(blocks.size(), parent, depth, inlines));
            }
            images.forEach(img -> blocks.add(figureOf(img, List.of(), "", parent, depth)));
        }

        /** The link every inline of {@code inlines} belongs to, or null. */
        private static Link onlyLink(List<BodyInline> inlines) {
            Link link = inlines.get(0) instanceof TextRun run ? run.link() : null;
            for (BodyInline inline : inlines) {
                if (link == null || !(inline instanceof TextRun run) || !link.equals(run.link())) {
                    return null;
                }
            }
            return link;
        }

        /**
         * The inline content of {@code nodes} as runs of text: adjacent runs with the same marks and
         * link are one, white space is collapsed as a browser would and trimmed at both ends.
         *
         * @param images where to put the images met, or null to drop them (a heading, a cell)
         */
        private List<BodyInline> inlines(List<? extends Node> nodes, List<Element> images) {
            Inlines inlines = new Inlines(images);
            nodes.forEach(node -> inlines.add(node, EnumSet.noneOf(Mark.class), null));
            return inlines.trimmed();
        }

        private final class Inlines {
            private final List<BodyInline> list = new ArrayList<>();
            private final List<Element> images;

            Inlines(List<Element> images) {
                this.images = images;
            }

            void add(Node node, EnumSet<Mark> marks, Link link) {
                if (node instanceof TextNode text) {
                    text(text.text(), marks, link);
                    return;
                }
                if (!(node instanceof Element element)) {
                    return;
                }
                switch (element.normalName()) {
                    case "br" -> list.add(new BodyInline.LineBreak());
                    case "img" -> {
                        if (images != null && element.hasAttr("src")) {
                            images.add(element);
                        }
                    }
                    case "sup" -> {
                        Element reference = element.hasClass("footnote-ref") ? element.selectFirst("a[href^=#fn-]") : null;
                        if (reference != null) {
                            list.add(new BodyInline.FootnoteReference(reference.attr("href").substring(4),
                                    parseStart(reference.text())));
                        } else {
                            children(element, with(marks, Mark.SUPERSCRIPT), link);
                        }
                    }
                    case "a" -> {
                        if (!element.hasClass("footnote-backref")) {
                            children(element, marks, element.hasAttr("href") ? link(element) : link);
                        }
                    }
                    case "strong", "b" -> children(element, with(marks, Mark.BOLD), link);
                    case "em", "i", "cite" -> children(element, with(marks, Mark.ITALIC), link);
                    case "del", "s", "strike" -> children(element, with(marks, Mark.STRIKETHROUGH), link);
                    case "code" -> children(element, with(marks, Mark.CODE), link);
                    case "mark" -> children(element, with(marks, Mark.HIGHLIGHT), link);
                    case "small" -> children(element, with(marks, Mark.SMALL), link);
                    case "sub" -> children(element, with(marks, Mark.SUBSCRIPT), link);
                    case "u" -> children(element, with(marks, Mark.UNDERLINE), link);
                    default -> children(element, marks, link);
                }
            }

            private void children(Element element, EnumSet<Mark> marks, Link link) {
                element.childNodes().forEach(child -> add(child, marks, link));
            }

            private void text(String text, EnumSet<Mark> marks, Link link) {
                if (text.isEmpty()) {
                    return;
                }
                List<Mark> markList = List.copyOf(marks);
                if (!list.isEmpty() && list.get(list.size() - 1) instanceof TextRun last
                        && last.marks().equals(markList) && Objects.equals(last.link(), link)) {
                    list.set(list.size() - 1, new TextRun(collapse(last.text() + text), markList, link));
                } else {
                    String previous = list.isEmpty() ? "" : list.get(list.size() - 1) instanceof TextRun run ? run.text() : "\n";
                    list.add(new TextRun(previous.endsWith(" ") || previous.endsWith("\n") ? text.stripLeading() : text,
                            markList, link));
                }
            }

            /** Without leading and trailing white space, and without runs left empty. */
            List<BodyInline> trimmed() {
                List<BodyInline> trimmed = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    BodyInline inline = list.get(i);
                    if (inline instanceof TextRun run) {
                        String text = run.text();
                        if (i == 0) {
                            text = text.stripLeading();
                        }
                        if (i == list.size() - 1) {
                            text = text.stripTrailing();
                        }
                        if (!text.isEmpty()) {
                            trimmed.add(new TextRun(text, run.marks(), run.link()));
                        }
                    } else {
                        trimmed.add(inline);
                    }
                }
                return trimmed;
            }
        }

        private static String collapse(String text) {
            return text.replace("  ", " ");
        }

        private static EnumSet<Mark> with(EnumSet<Mark> marks, Mark mark) {
            EnumSet<Mark> more = EnumSet.copyOf(marks);
            more.add(mark);
            return more;
        }

        private Link link(Element a) {
            String href = a.attr("href");
            String title = a.attr("title");
            return new Link(href, title.isEmpty() ? null : title, articleSlug(href));
        }

        /** The slug of the article {@code href} points to, or null when it points elsewhere. */
        private String articleSlug(String href) {
            String relative = href.startsWith(siteBase) ? "/" + href.substring(siteBase.length()) : href;
            URI target;
            try {
                target = articleUri.resolve(new URI(relative.replace(" ", "%20")));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
            if (!LINK_BASE.getHost().equals(target.getHost()) || target.getRawPath() == null) {
                return null;
            }
            Matcher matcher = ARTICLE_PATH.matcher(target.getRawPath());
            return matcher.matches() ? URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8) : null;
        }
    }
}
