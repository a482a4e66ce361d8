package kiosk.site.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The folder a site is baked into. A full bake builds the new site in a staging folder beside it and
 * swaps it in only once complete; an update replaces files in place, one atomic rename each. A marker
 * file records the content revision and shows the folder is Kiosk's to replace: a full bake refuses
 * to delete a non-empty folder without it (a mistyped {@code --out .} must not remove a checkout).
 */
final class OutputFolder {

    static final String MARKER = ".kiosk-bake";

    private final Path root;

    OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** A new empty folder beside the output, on the same file system, so it can be renamed into place. */
    Path stage() {
        checkReplaceable();
        try {
            Files.createDirectories(root.getParent());
            return OutputFiles.readableByAll(
                    Files.createTempDirectory(root.getParent(), "." + root.getFileName() + ".staging-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts a complete staged site in place of the output. Readers of the old site keep it until the
     * staged one is complete; the swap itself is two renames, as directories cannot be renamed over
     * non-empty ones.
     */
    void replaceWith(Path staging, String revision) {
        try {
            Files.writeString(staging.resolve(MARKER), marker(revision), StandardCharsets.UTF_8);
            if (Files.exists(root)) {
                Path old = Files.createTempDirectory(root.getParent(), "." + root.getFileName() + ".old-");
                Files.move(root, old.resolve("site"));
                Files.move(staging, root);
                OutputFiles.deleteTree(old);
            } else {
                Files.move(staging, root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records the revision an update brought the folder to. */
    void markRevision(String revision) {
        OutputFiles.writeIfChanged(root.resolve(MARKER), marker(revision).getBytes(StandardCharsets.UTF_8));
    }

    private static String marker(String revision) {
        return "Baked by kiosk from content revision " + revision + "\n";
    }

    private void checkReplaceable() {
        if (!Files.isDirectory(root) || Files.exists(root.resolve(MARKER))) {
            return;
        }
        try (Stream<Path> entries = Files.list(root)) {
            if (entries.findAny().isPresent()) {
                throw new BakeException("refusing to replace " + root + ": it is not empty and was not baked by kiosk"
                        + " (no " + MARKER + " file); choose another --out folder or empty this one");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file an update no longer plans, and the folders it leaves empty. */
    void delete(String relativePath) {
        Path file = root.resolve(relativePath);
        OutputFiles.deleteIfExists(file);
        for (Path folder = file.getParent(); !folder.equals(root); folder = folder.getParent()) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            } catch (IOException e) {
                return;
            }
            OutputFiles.deleteIfExists(folder);
        }
    }
}
