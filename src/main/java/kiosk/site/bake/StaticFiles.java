package kiosk.site.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Files copied as they are: the site's assets to the root of the output (JBake's convention) and
 * the published content's media to {@code /media/}.
 *
 * @param files source file by output path (forward slashes)
 */
record StaticFiles(Map<String, Path> files) {

    static final String MEDIA = "media/";

    StaticFiles {
        files = Map.copyOf(files);
    }

    /**
     * @param assets the site's assets folder, copied whole; may be missing
     * @param media  {@code content/media}, of which only the {@code used} files are copied; may be missing
     * @param used   output paths of the media files published content refers to ({@link MediaReferences})
     */
    static StaticFiles of(Path assets, Path media, Set<String> used) {
        Map<String, Path> files = new TreeMap<>();
        list(assets, "", files);
        Map<String, Path> mediaFiles = new TreeMap<>();
        list(media, MEDIA, mediaFiles);
        mediaFiles.keySet().retainAll(used);
        files.putAll(mediaFiles);
        return new StaticFiles(files);
    }

    private static void list(Path folder, String prefix, Map<String, Path> files) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .forEach(file -> files.put(prefix + folder.relativize(file).toString().replace('\\', '/'), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies every file whose size or modification time differs from its copy in {@code out}, running
     * {@code beforeCopying} before each copy.
     */
    int copyChanged(Path out, Runnable beforeCopying) {
        int copied = 0;
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            if (copyIfChanged(entry.getValue(), out.resolve(entry.getKey()), beforeCopying)) {
                copied++;
            }
        }
        return copied;
    }

    private static boolean copyIfChanged(Path source, Path target, Runnable beforeCopying) {
        try {
            if (Files.isRegularFile(target) && Files.size(target) == Files.size(source)
                    // milliseconds: copying keeps the time only to the file system's or the JDK's precision
                    && Files.getLastModifiedTime(target).toMillis() == Files.getLastModifiedTime(source).toMillis()) {
                return false;
            }
            beforeCopying.run();
            Path temporary = OutputFiles.temporaryBeside(target);
            // the copy keeps the source's modification time, which the next update compares, but not its
            // permissions: a file only its owner may read would be published to no web server running as another
            Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            OutputFiles.moveAtomically(OutputFiles.readableByAll(temporary), target);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
