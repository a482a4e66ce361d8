package kiosk.content;

import java.time.Instant;
import java.util.Objects;

/**
 * What version control knows of one content file.
 *
 * @param firstCommitted when the file was first committed: the article's first publication in git
 * @param lastCommitted  when it was last changed by a commit
 * @param revisions      how many commits changed it
 */
public record FileHistory(Instant firstCommitted, Instant lastCommitted, int revisions) {

    public FileHistory {
        Objects.requireNonNull(firstCommitted, "firstCommitted");
        Objects.requireNonNull(lastCommitted, "lastCommitted");
    }
}
