package kiosk.image;

import java.util.Locale;
import kiosk.content.files.MediaType;

/** The formats variants are written in: WebP for every image, and the source's own web format beside it. */
public enum ImageFormat {
    JPEG("jpg", "image/jpeg"),
    PNG("png", "image/png"),
    WEBP("webp", "image/webp");

    private final String extension;
    private final String mimeType;

    ImageFormat(String extension, String mimeType) {
        this.extension = extension;
        this.mimeType = mimeType;
    }

    public String extension() {
        return extension;
    }

    /** For {@code <source type="...">}. */
    public String mimeType() {
        return mimeType;
    }

    /** The lower-case name the API and templates use: {@code webp}, {@code jpeg}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format a source's "original format" variants are written in: JPEG stays JPEG, PNG and GIF
     * become PNG (a GIF's first frame: animations are not resized), WebP stays WebP.
     *
     * @return null when Kiosk cannot decode the type (AVIF, PDF): it is published as it is
     */
    static ImageFormat originalOf(MediaType type) {
        return switch (type) {
            case JPEG -> JPEG;
            case PNG, GIF -> PNG;
            case WEBP -> WEBP;
            case AVIF, PDF -> null;
        };
    }
}
