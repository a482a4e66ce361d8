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
 * Runs on cleaned HTML, so the figure's class is Kiosk's own, never an editor's.
 */
final class BodyFigures {

    /** The class of a photo's figure in a body, which the site's stylesheet lays out. */
    static final String FIGURE_CLASS = "body-photo";

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
            String[] parts = image.attr("title").split("[|｜]", 2);
            String caption = parts[0].strip();
            String credit = parts.length > 1 ? parts[1].strip() : "";
            image.removeAttr("title");
            Element paragraph = image.parent();
            if (paragraph != null && paragraph.normalName().equals("p") && aloneIn(image, paragraph)) {
                Element figure = new Element("figure").addClass(FIGURE_CLASS);
                figure.appendChild(image.clone());
                if (!caption.isEmpty() || !credit.isEmpty()) {
                    Element figcaption = figure.appendElement("figcaption").text(caption);
                    if (!credit.isEmpty()) {
                        figcaption.appendText(caption.isEmpty() ? "" : " ");
                        figcaption.appendElement("span").addClass("credit").text(credit);
                    }
                }
                paragraph.replaceWith(figure);
            }
            images.add(new Image(image.attr("src"), image.attr("alt"), caption, credit, size.width(), size.height()));
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
