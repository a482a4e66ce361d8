package kiosk.content.load;

import java.util.List;
import kiosk.content.Image;

/**
 * Reads an {@code image:} mapping and checks that a local image exists and can be decoded. A lead
 * photo is held to more: alt text (an error without), a credit, and the width sharing and news search
 * ask for (warnings).
 */
final class ImageReader {

    static final List<String> KEYS = List.of("src", "alt", "caption", "credit", "focus");
    /** The width OpenGraph and news search ask a sharing image to have at least. */
    static final int LEAD_MIN_WIDTH = 1200;

    private final MediaLibrary media;

    ImageReader(MediaLibrary media) {
        this.media = media;
    }

    /** @return the image, or null when absent or unusable (reported) */
    Image read(Fields parent, String key) {
        return read(parent, key, false);
    }

    /** An article's lead photo, which pages show first and share. */
    Image readLead(Fields parent, String key) {
        return read(parent, key, true);
    }

    private Image read(Fields parent, String key, boolean lead) {
        return parent.nested(key, KEYS).map(fields -> {
            Located<String> src = fields.locatedText("src", true);
            String alt = fields.text("alt");
            if (alt == null && lead) {
                fields.problems().error(fields.line(), fields.column(), "the lead photo has no 'alt' text",
                        "describe the photo for readers who cannot see it (screen readers, search): alt: ...");
            } else if (alt == null) {
                fields.problems().warning(fields.line(), fields.column(), "the image has no 'alt' text",
                        "describe the photo for readers who cannot see it: alt: ...");
            }
            String credit = fields.text("credit");
            if (credit == null && lead) {
                fields.problems().warning(fields.line(), fields.column(), "the lead photo has no 'credit'",
                        "name whose photo it is: credit: 撮影・山本 健 (or the agency: credit: 共同)");
            }
            Image.Focus focus = focus(fields);
            MediaLibrary.Dimensions size = src == null ? null : checkedSize(src, fields);
            if (size == null) {
                return null;
            }
            if (lead && size.width() > 0 && size.width() < LEAD_MIN_WIDTH) {
                fields.problems().warning(src.line(), src.column(), "the lead photo is " + size.width()
                        + " px wide: sharing and news search ask for at least " + LEAD_MIN_WIDTH + " px",
                        "use the photo at its original size; Kiosk makes the smaller sizes itself");
            }
            return new Image(src.value(), alt, fields.text("caption"), credit, size.width(), size.height(), focus);
        }).orElse(null);
    }

    /**
     * An image known by its path alone (an issue's cover), checked like the others.
     *
     * @return the image with its size (no alt: the page names it), or null when unusable (reported)
     */
    Image byPath(Located<String> src, Fields fields) {
        MediaLibrary.Dimensions size = checkedSize(src, fields);
        return size == null ? null : new Image(src.value(), "", "", "", size.width(), size.height());
    }

    /** The upright size a local image's header gives (zero for another host's), read once a load. */
    MediaLibrary.Dimensions sizeOf(String src) {
        return MediaLibrary.isLocal(src) ? media.dimensionsOf(src) : MediaLibrary.Dimensions.UNKNOWN;
    }

    /** @return the size, or null when the source is unusable or its header cannot be decoded (reported) */
    private MediaLibrary.Dimensions checkedSize(Located<String> src, Fields fields) {
        if (!checkSource(src, fields)) {
            return null;
        }
        MediaLibrary.Dimensions size = sizeOf(src.value());
        if (size.trouble() != null) {
            fields.problems().error(src.line(), src.column(), "the image " + src.value() + " cannot be decoded: "
                    + size.trouble(), "export it again as JPEG or PNG and check it opens in an image viewer");
            return null;
        }
        return size;
    }

    /** {@code focus: 0.3,0.4}: fractions of the width and height, or null when absent or wrong (reported). */
    private static Image.Focus focus(Fields fields) {
        Located<String> text = fields.locatedText("focus", false);
        if (text == null) {
            return null;
        }
        String[] parts = text.value().split(",");
        try {
            if (parts.length == 2) {
                return new Image.Focus(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
            }
        } catch (IllegalArgumentException e) {
            // reported below (NumberFormatException is one)
        }
        fields.problems().error(text.line(), text.column(), "'focus' must be two fractions from 0 to 1, across and"
                + " down, but is '" + text.value() + "'", "e.g. focus: 0.3,0.4 for a subject left of centre and a little"
                + " above it");
        return null;
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
