package kiosk.image;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One produced file of an image: a width in one format.
 *
 * @param path the site path, with the variant's content hash in the name: {@code /img/ab/photo-640.3f9c1e2d4b.webp}
 * @param file where the cache keeps it; the baker copies it to {@code path} in the output folder
 */
public record Variant(int width, int height, ImageFormat format, String path, Path file) {

    public Variant {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
    }
}
