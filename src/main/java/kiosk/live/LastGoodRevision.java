package kiosk.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last commit whose content loaded without errors, kept in a file of {@code kiosk serve}'s data
 * folder: a restart on a commit with a broken file serves it instead of nothing. Written with a rename,
 * so a kill leaves the old commit or the new one.
 */
final class LastGoodRevision {

    private static final Logger LOG = LoggerFactory.getLogger(LastGoodRevision.class);
    static final String FILE = "last-good-revision";
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,64}");

    private final Path file;
    /** What the file holds, as far as this process knows; null before the first read or write. */
    private String remembered;

    LastGoodRevision(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    /** The commit remembered, when there is one (and it looks like a commit id). */
    synchronized Optional<String> read() {
        try {
            String commit = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
            remembered = commit;
            return COMMIT.matcher(commit).matches() ? Optional.of(commit) : Optional.empty();
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Remembers {@code commit}; a failure to write is logged, never thrown: serving goes on. */
    synchronized void remember(String commit) {
        if (commit.equals(remembered)) {
            return;
        }
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), "." + FILE + "-", ".tmp");
            Files.writeString(temporary, commit + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            remembered = commit;
        } catch (IOException e) {
            LOG.warn("cannot remember the last good revision in {}: {}", file, e.getMessage());
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.debug("cannot delete {}", temporary, e);
        }
    }
}
