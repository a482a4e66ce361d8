package kiosk.content.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The media a magazine publishes: photos and page PDFs. A file is one of them when its first bytes
 * are that format's signature <em>and</em> its name has one of the format's extensions: web servers
 * choose the Content-Type by the extension, so a name that lies would serve bytes as what they are
 * not. Formats a browser runs (SVG, HTML, scripts) are none of these: served from the site's own
 * address, a script in them would run with the site's rights.
 */
public enum MediaType {
    JPEG("a JPEG image", true, "jpg", "jpeg"),
    PNG("a PNG image", true, "png"),
    GIF("a GIF image", true, "gif"),
    WEBP("a WebP image", true, "webp"),
    AVIF("an AVIF image", true, "avif"),
    PDF("a PDF document", false, "pdf");

    /** How many bytes from the start of a file {@link #sniff} needs. */
    public static final int SNIFF_BYTES = 64;

    private final String description;
    private final boolean image;
    private final List<String> extensions;

    MediaType(String description, boolean image, String... extensions) {
        this.description = description;
        this.image = image;
        this.extensions = List.of(extensions);
    }

    /** "a JPEG image", for messages. */
    public String description() {
        return description;
    }

    /** Whether it can be shown in an {@code <img>} element. */
    public boolean isImage() {
        return image;
    }

    /** The type a file name's extension (in any case) says, if it is one of these. */
    public static Optional<MediaType> ofName(String fileName) {
        String extension = extension(fileName);
        return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
    }

    /** The extension in lower case, or empty when the name has none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The type whose signature the file's first bytes (at least {@link #SNIFF_BYTES} when it is that long) carry. */
    public static Optional<MediaType> sniff(byte[] start) {
        if (startsWith(start, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(start, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(start, 0, "GIF87a") || startsWith(start, 0, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (startsWith(start, 0, "RIFF") && startsWith(start, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (isAvif(start)) {
            return Optional.of(AVIF);
        }
        if (startsWith(start, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /**
     * An ISO base media file ({@code ftyp} box first) whose major brand, or one of whose compatible
     * brands, is AVIF's ({@code avif} for a still image, {@code avis} for a sequence). HEIC files share
     * the box but not the brands.
     */
    private static boolean isAvif(byte[] start) {
        if (start.length < 16 || !startsWith(start, 4, "ftyp")) {
            return false;
        }
        int boxSize = (start[0] & 0xFF) << 24 | (start[1] & 0xFF) << 16 | (start[2] & 0xFF) << 8 | start[3] & 0xFF;
        int end = Math.min(Math.max(boxSize, 0), start.length);
        // major brand at 8, minor version at 12, compatible brands from 16, four bytes each
        for (int at = 8; at + 4 <= end; at += at == 8 ? 8 : 4) {
            if (startsWith(start, at, "avif") || startsWith(start, at, "avis")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int offset, String ascii) {
        return startsWith(bytes, offset, ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        byte[] signature = new byte[expected.length];
        for (int i = 0; i < expected.length; i++) {
            signature[i] = (byte) expected[i];
        }
        return startsWith(bytes, offset, signature);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] signature) {
        return bytes.length >= offset + signature.length
                && Arrays.equals(bytes, offset, offset + signature.length, signature, 0, signature.length);
    }
}
