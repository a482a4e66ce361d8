package kiosk.site.templates;

/**
 * An image as pages show it: a {@code <picture>} with WebP and original-format variants when they have
 * been produced, a plain {@code <img>} of the original file until then.
 *
 * @param src        the {@code <img>} file: a variant about {@code 960} px wide in the original format, or
 *                   the original file when no variants exist (yet)
 * @param width      the intrinsic width (EXIF orientation applied), which reserves the space; 0 when unknown
 * @param height     the same for the height
 * @param srcset     the original-format variants with their widths, or empty
 * @param webpSrcset the WebP variants with their widths, or empty
 * @param crop       the class that keeps the photo's focus in view where a layout crops it ({@code crop-25-50}:
 *                   25 % across, 50 % down, in quarters), or null for the centre
 */
public record Picture(String src, String alt, String caption, String credit, int width, int height, String srcset,
                      String webpSrcset, String crop) {
}
