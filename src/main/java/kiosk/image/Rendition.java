package kiosk.image;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The variants produced from one source image, with what they share.
 *
 * @param width     the source's width in pixels after its EXIF orientation is applied
 * @param height    the same for its height
 * @param colour    the image's average colour as {@code #rrggbb}, a placeholder while it loads
 * @param variants  narrowest first, each width in the original format and in WebP
 */
public record Rendition(int width, int height, String colour, List<Variant> variants) {

    public Rendition {
        Objects.requireNonNull(colour, "colour");
        variants = variants.stream().sorted(Comparator.comparingInt(Variant::width)
                .thenComparing(Variant::format)).toList();
    }

    /** The variants in one format, narrowest first. */
    public List<Variant> in(ImageFormat format) {
        return variants.stream().filter(variant -> variant.format() == format).toList();
    }

    /** The format the original-format variants are in (JPEG or PNG; WebP for a WebP source). */
    public ImageFormat originalFormat() {
        return variants.stream().map(Variant::format).filter(format -> format != ImageFormat.WEBP).findFirst()
                .orElse(ImageFormat.WEBP);
    }

    /** {@code srcset} for one format: {@code /img/..-320.x.webp 320w, ...}; empty when none was produced. */
    public String srcset(ImageFormat format) {
        return in(format).stream().map(variant -> variant.path() + " " + variant.width() + "w")
                .collect(Collectors.joining(", "));
    }

    /** The narrowest variant in {@code format} at least {@code width} wide, else the widest there is. */
    public Optional<Variant> nearest(int width, ImageFormat format) {
        List<Variant> candidates = in(format);
        return candidates.stream().filter(variant -> variant.width() >= width).findFirst()
                .or(() -> candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(candidates.size() - 1)));
    }
}
