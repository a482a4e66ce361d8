package kiosk.content.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The files under {@code content/media}, referenced from content as {@code /media/...}. Reads image
 * dimensions from file headers only (no decoding), once per file, so pages can reserve the space.
 */
final class MediaLibrary {

    static final String PREFIX = "/media/";

    /** Width and height in pixels; zero when the format is not one ImageIO reads (e.g. SVG). */
    record Dimensions(int width, int height) {
        static final Dimensions UNKNOWN = new Dimensions(0, 0);
    }

    private final Path mediaFolder;
    private final Map<String, Dimensions> dimensions = new ConcurrentHashMap<>();

    MediaLibrary(Path contentFolder) {
        this.mediaFolder = contentFolder.resolve("media").normalize();
    }

    /** Whether a reference is local media that must exist, as opposed to an absolute URL. */
    static boolean isLocal(String src) {
        return src.startsWith(PREFIX);
    }

    boolean exists(String src) {
        Path file = fileOf(src);
        return file != null && Files.isRegularFile(file);
    }

    Dimensions dimensionsOf(String src) {
        return dimensions.computeIfAbsent(src, this::readDimensions);
    }

    /** The file a {@code /media/...} reference names, or null when it points outside the media folder. */
    Path fileOf(String src) {
        Path file = mediaFolder.resolve(src.substring(PREFIX.length())).normalize();
        return file.startsWith(mediaFolder) ? file : null;
    }

    private Dimensions readDimensions(String src) {
        Path file = fileOf(src);
        if (file == null) {
            return Dimensions.UNKNOWN;
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return Dimensions.UNKNOWN;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return new Dimensions(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Dimensions.UNKNOWN;
        }
    }
}
