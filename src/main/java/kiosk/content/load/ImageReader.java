package kiosk.content.load;

import java.util.List;
import kiosk.content.Image;

/** Reads an {@code image:} mapping and checks that a local image exists. */
final class ImageReader {

    static final List<String> KEYS = List.of("src", "alt", "caption", "credit");

    private final MediaLibrary media;

    ImageReader(MediaLibrary media) {
        this.media = media;
    }

    /** @return the image, or null when absent or unusable (reported) */
    Image read(Fields parent, String key) {
        return parent.nested(key, KEYS).map(fields -> {
            Located<String> src = fields.locatedText("src", true);
            String alt = fields.text("alt");
            if (alt == null) {
                fields.problems().warning(fields.line(), fields.column(), "the image has no 'alt' text",
                        "describe the photo for readers who cannot see it: alt: ...");
            }
            if (src == null || !checkSource(src, fields)) {
                return null;
            }
            MediaLibrary.Dimensions size = MediaLibrary.isLocal(src.value())
                    ? media.dimensionsOf(src.value()) : MediaLibrary.Dimensions.UNKNOWN;
            return new Image(src.value(), alt, fields.text("caption"), fields.text("credit"), size.width(), size.height());
        }).orElse(null);
    }

    /** Local images must be publishable image files; other references must be absolute http(s) URLs. */
    boolean checkSource(Located<String> src, Fields fields) {
        String value = src.value();
        if (MediaLibrary.isLocal(value)) {
            MediaLibrary.Verdict verdict = media.verdictOf(value).orElse(null);
            if (verdict == null) {
                fields.problems().error(src.line(), src.column(), "image file not found: " + value,
                        "put the file at content" + value + " or correct the path");
            } else if (verdict instanceof MediaLibrary.Refused refused) {
                fields.problems().error(src.line(), src.column(), "the image " + value + " cannot be published: "
                        + refused.reason(), refused.hint());
            } else if (verdict instanceof MediaLibrary.Publishable publishable && !publishable.type().isImage()) {
                fields.problems().error(src.line(), src.column(), value + " is " + publishable.type().description()
                        + ", not an image", "use a JPEG, PNG, GIF, WebP or AVIF image here; link the document from the body");
            } else {
                return true;
            }
            return false;
        }
        if (!value.startsWith("https://") && !value.startsWith("http://")) {
            fields.problems().error(src.line(), src.column(), "image path must start with /media/ or https://: " + value,
                    "store the file under content/media/ and write src: /media/<file>");
            return false;
        }
        return true;
    }
}
