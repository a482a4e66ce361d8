package kiosk.site.bake;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosk.content.Image;
import kiosk.image.ImageFormat;
import kiosk.image.Rendition;
import kiosk.image.Renditions;
import kiosk.image.Variant;
import kiosk.site.templates.Picture;

/** Content images as the site shows and shares them, with the variants a catalog's renditions hold. */
final class Pictures {

    /** The {@code <img>} fallback width: sharp in a browser that ignores {@code srcset}, at a fraction of a camera file. */
    static final int FALLBACK_WIDTH = 960;
    /** The width OpenGraph and news search ask sharing images to have at least. */
    static final int SHARE_WIDTH = 1200;

    /** How wide a body's photos are laid out: the text's measure (the same as the lead photo's in parts.ftl). */
    static final String BODY_SIZES = "(min-width: 44rem) 40rem, calc(100vw - 2.4rem)";
    /** An image of the content's media in sanitised body HTML, as jsoup writes it: {@code src} first. */
    private static final Pattern BODY_IMAGE = Pattern.compile("<img src=\"(/media/[^\"]+)\"([^>]*)>");
    /** The size the content load wrote from the file's header: the variants' is written instead (the same, upright). */
    private static final Pattern HEADER_SIZE = Pattern.compile(" (?:width|height)=\"\\d*\"");

    private final Renditions renditions;

    Pictures(Renditions renditions) {
        this.renditions = renditions;
    }

    /** @return null for no image */
    Picture of(Image image) {
        if (image == null) {
            return null;
        }
        return of(image.src(), image.alt(), image.caption(), image.credit(), image.width(), image.height(),
                crop(image.focus()));
    }

    /** The crop class of a focus, rounded to quarters (the stylesheet has a rule for each); null for the centre. */
    static String crop(Image.Focus focus) {
        if (focus == null) {
            return null;
        }
        long x = Math.round(focus.x() * 4) * 25;
        long y = Math.round(focus.y() * 4) * 25;
        return x == 50 && y == 50 ? null : "crop-" + x + "-" + y;
    }

    private Picture of(String src, String alt, String caption, String credit, int width, int height, String crop) {
        Optional<Rendition> rendition = renditions.of(src);
        if (rendition.isEmpty()) {
            return new Picture(src, alt, caption, credit, width, height, "", "", crop);
        }
        Rendition produced = rendition.get();
        ImageFormat original = produced.originalFormat();
        String fallback = produced.nearest(FALLBACK_WIDTH, original).map(Variant::path).orElse(src);
        return new Picture(fallback, alt, caption, credit, produced.width(), produced.height(),
                original == ImageFormat.WEBP ? "" : produced.srcset(original), produced.srcset(ImageFormat.WEBP), crop);
    }

    /**
     * A body's HTML with each image that has variants as a {@code <picture>} like the templates' (intrinsic
     * size, lazy: a body is below the lead); images without variants stay as they are.
     */
    String inBody(String html) {
        if (renditions.size() == 0 || !html.contains("<img ")) {
            return html;
        }
        Matcher matcher = BODY_IMAGE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 512);
        while (matcher.find()) {
            Optional<Rendition> rendition = renditions.of(matcher.group(1));
            String replacement = matcher.group();
            if (rendition.isPresent()) {
                Rendition produced = rendition.get();
                ImageFormat original = produced.originalFormat();
                String fallback = produced.nearest(FALLBACK_WIDTH, original).map(Variant::path).orElse(matcher.group(1));
                String originals = original == ImageFormat.WEBP ? "" : " srcset=\"" + produced.srcset(original)
                        + "\" sizes=\"" + BODY_SIZES + "\"";
                replacement = "<picture><source type=\"image/webp\" srcset=\"" + produced.srcset(ImageFormat.WEBP)
                        + "\" sizes=\"" + BODY_SIZES + "\"><img src=\"" + fallback + "\"" + originals
                        + HEADER_SIZE.matcher(matcher.group(2)).replaceAll("")
                        + " width=\"" + produced.width() + "\" height=\"" + produced.height()
                        + "\" loading=\"lazy\" decoding=\"async\"></picture>";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * The file to share a page with: the variant at least {@link #SHARE_WIDTH} wide (or the widest) in the
     * original format, which every crawler reads; the original file while there are no variants.
     *
     * @return a site path or absolute URL, or null for no image
     */
    String share(Image image) {
        if (image == null) {
            return null;
        }
        return renditions.of(image.src())
                .flatMap(produced -> produced.nearest(SHARE_WIDTH, produced.originalFormat()))
                .map(Variant::path).orElse(image.src());
    }
}
