package kiosk.image;

import java.nio.file.Path;
import java.util.Objects;
import kiosk.content.files.SafeFolder;

/**
 * A published image to produce variants of.
 *
 * @param src    the reference content uses: {@code /media/2026/photo.jpg}
 * @param folder the content folder, through which the file is read (never through a link out of it)
 * @param file   the file in it
 */
public record ImageSource(String src, SafeFolder folder, Path file) {

    public ImageSource {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(file, "file");
    }

    /** The file name without its extension, as safe URL characters, to start the variants' names. */
    String stem() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return stem.isEmpty() ? "image" : stem.substring(0, Math.min(stem.length(), 60));
    }
}
