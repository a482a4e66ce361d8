package kiosk.content.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import kiosk.content.Limits;

/**
 * Opens media files to publish them: only when they are one of the {@link MediaType}s, by their
 * first bytes and their name alike, within {@link Limits#MEDIA_FILE_BYTES}, and read through a
 * {@link FileTree}. The content check and the copy to the site both go through here, so a file
 * swapped after the check is judged again when it is copied.
 */
public final class MediaFiles {

    private static final String ALLOWED = "JPEG, PNG, GIF, WebP, AVIF or PDF";

    private MediaFiles() {
    }

    /** The media type of a file, when it may be published. */
    public static MediaType check(FileTree folder, Path file) throws IOException {
        try (InputStream in = open(folder, file)) {
            return typeOf(file, in.readNBytes(MediaType.SNIFF_BYTES));
        }
    }

    /**
     * Opens a file to publish it, when it may be; the stream starts at the file's first byte.
     *
     * @throws RefusedFileException when it may not be published (the message says why)
     */
    public static InputStream open(FileTree folder, Path file) throws IOException {
        InputStream in = new BufferedInputStream(folder.open(file, Limits.MEDIA_FILE_BYTES));
        try {
            in.mark(MediaType.SNIFF_BYTES);
            byte[] start = in.readNBytes(MediaType.SNIFF_BYTES);
            in.reset();
            typeOf(file, start);
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static MediaType typeOf(Path file, byte[] start) throws RefusedFileException {
        String name = file.getFileName().toString();
        String extension = MediaType.extension(name);
        MediaType named = MediaType.ofName(name).orElseThrow(() -> new RefusedFileException(extension.isEmpty()
                ? "the file has no extension: media files must be " + ALLOWED
                : "'." + extension + "' files are not published: media files must be " + ALLOWED,
                "export it in one of these formats (an SVG as PNG) and name it so (.jpg, .png, .gif, .webp, .avif,"
                        + " .pdf); SVG, HTML and scripts are refused because browsers would run what they hold"
                        + " as the site itself"));
        MediaType held = MediaType.sniff(start).orElseThrow(() -> new RefusedFileException(
                "the file does not hold " + named.description() + ", as its name says",
                "export it again as " + named.description() + "; Kiosk reads the first bytes of every media file,"
                        + " whatever its name"));
        if (held != named) {
            throw new RefusedFileException("the file holds " + held.description() + ", not the "
                    + named.description().replaceFirst("^an? ", "") + " its name says",
                    "rename it with the extension of what it holds, and where it is used");
        }
        return held;
    }
}
