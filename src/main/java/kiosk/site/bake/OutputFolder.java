package kiosk.site.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a site is baked into. A full bake builds the new site in a staging folder beside it and
 * swaps it in only once complete; an update replaces files in place, one atomic rename each. A marker
 * file records the content revision and shows the folder is Kiosk's to replace: a full bake refuses
 * to delete a non-empty folder without it (a mistyped {@code --out .} must not remove a checkout).
 *
 * <p>A process killed midway leaves what the next full bake repairs: the marker says an update did not
 * finish (the folder mixes two revisions until then), and a staging or old folder left beside the output
 * is removed. One process at a time bakes into a folder.
 */
final class OutputFolder {

    private static final Logger LOG = LoggerFactory.getLogger(OutputFolder.class);
    static final String MARKER = ".kiosk-bake";
    private static final String UPDATING = "Updating from content revision ";

    private final Path root;
    /** The revision the marker names, once this process has written it. */
    private String revision;

    OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /**
     * A new empty folder beside the output, on the same file system, so it can be renamed into place;
     * first removes what a bake that did not finish left there.
     */
    Path stage() {
        checkReplaceable();
        try {
            Files.createDirectories(root.getParent());
            removeLeftovers();
            return OutputFiles.readableByAll(Files.createTempDirectory(root.getParent(), staging()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String staging() {
        return "." + root.getFileName() + ".staging-";
    }

    private String old() {
        return "." + root.getFileName() + ".old-";
    }

    /** Removes the staging and old folders of bakes that were killed, and says when an update was. */
    private void removeLeftovers() throws IOException {
        try (Stream<Path> siblings = Files.list(root.getParent())) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(staging()) || name.startsWith(old())) {
                    LOG.warn("removing {}, left by a bake that did not finish", sibling);
                    OutputFiles.deleteTree(sibling);
                }
            }
        }
        Path marker = root.resolve(MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).startsWith(UPDATING)) {
            LOG.warn("{} was left by an update that did not finish ({}): baking it in full", root,
                    Files.readString(marker, StandardCharsets.UTF_8).strip());
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
                Path old = Files.createTempDirectory(root.getParent(), old());
                Files.move(root, old.resolve("site"));
                Files.move(staging, root);
                OutputFiles.deleteTree(old);
            } else {
                Files.move(staging, root);
            }
            this.revision = revision;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What an update runs before each file it changes: the first run records that the folder now mixes
     * the revision it holds and {@code next}, so that a process killed before {@link #markRevision} leaves
     * it saying so. Thread-safe: pages are written in parallel, none before the marker.
     */
    Runnable updating(String next) {
        String line = UPDATING + revision + " to " + next + ": the folder mixes both until this line changes;"
                + " a kiosk serve or bake that did not finish it is followed by a full bake\n";
        AtomicBoolean marked = new AtomicBoolean();
        return () -> {
            if (!marked.get()) {
                synchronized (marked) {
                    if (!marked.get()) {
                        OutputFiles.writeIfChanged(root.resolve(MARKER), line.getBytes(StandardCharsets.UTF_8));
                        marked.set(true);
                    }
                }
            }
        };
    }

    /** Records the revision an update brought the folder to. */
    void markRevision(String revision) {
        OutputFiles.writeIfChanged(root.resolve(MARKER), marker(revision).getBytes(StandardCharsets.UTF_8));
        this.revision = revision;
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
