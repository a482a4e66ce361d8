package kiosk.content.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import kiosk.content.files.Exif;
import kiosk.content.files.FileTree;
import kiosk.content.files.MediaFiles;
import kiosk.content.files.MediaType;
import kiosk.content.files.RefusedFileException;
import kiosk.content.files.SafeFolder;

/**
 * The files under {@code content/media}, referenced from content as {@code /media/...}, each with its
 * {@link Verdict}: publishable media of a type, or refused and why. Reads image dimensions from file
 * headers only (no decoding), once per file, so pages can reserve the space.
 */
final class MediaLibrary {

    static final String PREFIX = "/media/";

    /** What a media file is found to be. */
    sealed interface Verdict permits Publishable, Refused {
    }

    record Publishable(MediaType type) implements Verdict {
    }

    /** @param reason and {@code hint} are the editor's, as {@link kiosk.content.files.RefusedFileException}'s */
    record Refused(String reason, String hint) implements Verdict {
    }

    /**
     * Width and height in pixels; zero when unknown.
     *
     * @param trouble why the file's header could not be decoded, or null (also when no reader knows the format)
     */
    record Dimensions(int width, int height, String trouble) {
        static final Dimensions UNKNOWN = new Dimensions(0, 0, null);
    }

    private final FileTree files;
    private final Path mediaFolder;
    /** By path below the media folder, with forward slashes: {@code 2026/photo.jpg}. */
    private final Map<String, Verdict> verdicts;
    private final Map<String, Dimensions> dimensions = new ConcurrentHashMap<>();

    MediaLibrary(FileTree files, Path mediaFolder, Map<String, Verdict> verdicts) {
        this.files = files;
        this.mediaFolder = mediaFolder;
        this.verdicts = Map.copyOf(verdicts);
    }

    /** Whether a reference is local media that must exist, as opposed to an absolute URL. */
    static boolean isLocal(String src) {
        return src.startsWith(PREFIX);
    }

    /** Judges one file, as the site will when it copies it. */
    static Verdict check(FileTree files, Path file) {
        try {
            return new Publishable(MediaFiles.check(files, file));
        } catch (RefusedFileException e) {
            return new Refused(e.getMessage(), e.hint());
        } catch (IOException e) {
            return new Refused("the file cannot be read: " + SafeFolder.reason(e), "check its permissions");
        }
    }

    /** Every media file, by path below the media folder. */
    Map<String, Verdict> verdicts() {
        return verdicts;
    }

    /** The verdict on the file a {@code /media/...} reference names; empty when there is no such file. */
    Optional<Verdict> verdictOf(String src) {
        return Optional.ofNullable(verdicts.get(src.substring(PREFIX.length())));
    }

    Dimensions dimensionsOf(String src) {
        return dimensions.computeIfAbsent(src, this::readDimensions);
    }

    /** The file a {@code /media/...} reference names, or null when it points outside the media folder. */
    Path fileOf(String src) {
        Path file = mediaFolder.resolve(src.substring(PREFIX.length())).normalize();
        return file.startsWith(mediaFolder) ? file : null;
    }

    /**
     * A number that changes when the file a {@code /media/...} reference names changes (its size, time
     * or identity: a git blob's id), -1 when there is no such file.
     */
    long stampOf(String src) {
        Path file = fileOf(src);
        BasicFileAttributes attributes = file == null ? null : files.attributes(file);
        return attributes == null ? -1 : (attributes.lastModifiedTime().toMillis() * 31 + attributes.size()) * 31
                + Objects.hashCode(attributes.fileKey());
    }

    private Dimensions readDimensions(String src) {
        Path file = fileOf(src);
        if (file == null || !(verdictOf(src).orElse(null) instanceof Publishable)) {
            return Dimensions.UNKNOWN;
        }
        // read from memory as far as the header goes: ImageIO's own stream for a stream caches it in a temporary file
        try (InputStream in = MediaFiles.open(files, file); ImageInputStream input = new MemoryCacheImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                // AVIF: no reader on the class path; the file's signature was checked already
                return Dimensions.UNKNOWN;
            }
            ImageReader reader = readers.next();
            try {
                // upright, as pages show it and the variants are made: a camera held sideways says so in EXIF
                Exif exif = Exif.of(input);
                input.seek(0);
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return exif.turnsSideways() ? new Dimensions(height, width, null) : new Dimensions(width, height, null);
            } finally {
                reader.dispose();
            }
        } catch (RefusedFileException e) {
            return Dimensions.UNKNOWN; // reported as refused by the verdict
        } catch (IOException | RuntimeException e) {
            // readers throw unchecked exceptions on some broken files
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Dimensions(0, 0, reason);
        }
    }
}
