package kiosk.content.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kiosk.content.Image;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Photos in bodies. An image alone in its paragraph is a photo of the article: it becomes a
 * {@code <figure>} whose caption and credit come from the Markdown title, split at a vertical bar:
 * {@code ![alt](/media/2026/x.jpg "caption | credit")} (either part may be left out: {@code "| credit"}).
 * Runs on cleaned HTML, so the figure's class is Kiosk's own, never an editor's; {@link DirectBody} writes
 * the same figures for bodies that need no cleaning.
 */
final class BodyFigures {

    /** The class of a photo's figure in a body, which the site's stylesheet lays out. */
    static final String FIGURE_CLASS = "body-photo";
    /** The class of the credit's {@code <span>} in a figure's caption. */
    static final String CREDIT_CLASS = "credit";

    /** What an image's Markdown title says under the photo: either part may be empty. */
    record Caption(String caption, String credit) {

        /** @param title the image's title, or null when it has none */
        static Caption of(String title) {
            String[] parts = title == null ? new String[] {""} : title.split("[|｜]", 2);
            return new Caption(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
        }

        boolean isEmpty() {
            return caption.isEmpty() && credit.isEmpty();
        }
    }

    private BodyFigures() {
    }

    /**
     * Turns standalone images into figures and writes each image's size on it, in place.
     *
     * @param sizes the upright size of an image by its {@code src} (zero when unknown: no size is written)
     * @return every image in the body, in order
     */
    static List<Image> apply(Document clean, Function<String, MediaLibrary.Dimensions> sizes) {
        List<Image> images = new ArrayList<>();
        for (Element image : clean.body().select("img")) {
            MediaLibrary.Dimensions size = sizes.apply(image.attr("src"));
            if (size.width() > 0 && size.height() > 0) {
                image.attr("width", Integer.toString(size.width())).attr("height", Integer.toString(size.height()));
            }
            Caption caption = Caption.of(image.attr("title"));
            image.removeAttr("title");
            Element paragraph = image.parent();
            if (paragraph != null && paragraph.normalName().equals("p") && aloneIn(image, paragraph)) {
                Element figure = new Element("figure").addClass(FIGURE_CLASS);
                figure.appendChild(image.clone());
                if (!caption.isEmpty()) {
                    Element figcaption = figure.appendElement("figcaption").text(caption.caption());
                    if (!caption.credit().isEmpty()) {
                        figcaption.appendText(caption.caption().isEmpty() ? "" : " ");
                        figcaption.appendElement("span").addClass(CREDIT_CLASS).text(caption.credit());
                    }
                }
                paragraph.replaceWith(figure);
            }
            images.add(new Image(image.attr("src"), image.attr("alt"), caption.caption(), caption.credit(),
                    size.width(), size.height()));
        }
        return images;
    }

    private static boolean aloneIn(Element image, Element paragraph) {
        for (Node child : paragraph.childNodes()) {
            if (child != image && !(child instanceof TextNode text && text.isBlank())) {
                return false;
            }
        }
        return true;
    }
}
