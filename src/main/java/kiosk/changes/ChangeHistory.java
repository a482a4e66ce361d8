package kiosk.changes;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import kiosk.catalog.CatalogHolder;
import kiosk.catalog.ChangeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change sets of the last {@value #KEPT} published snapshots, oldest first, so a client can ask
 * what changed since a revision it saw ({@code Query.changes}). Kept in {@code changes.jsonl} of the
 * data folder, one change set a line, appended as snapshots come and rewritten (with a rename) when it
 * grows to twice what is kept: a restart keeps the history. A restart on other content continues the
 * history with a change set that says everything may have changed, from the last revision recorded.
 * A line torn by a kill is skipped on reading.
 */
public final class ChangeHistory {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeHistory.class);
    /** How many change sets are kept: at one a minute, most of a day. */
    public static final int KEPT = 1000;
    static final String FILE = "changes.jsonl";
    private static final ObjectMapper JSON = ChangeSetJson.MAPPER;

    private final Path file;
    private final Deque<ChangeSet> kept = new ArrayDeque<>();
    private int linesInFile;

    /** @param dataFolder where {@value #FILE} is kept (created when needed), or null to keep nothing on disk */
    public ChangeHistory(Path dataFolder) {
        this.file = dataFolder == null ? null : dataFolder.resolve(FILE);
        if (file != null && Files.exists(file)) {
            read();
        }
    }

    private void read() {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                linesInFile++;
                try {
                    keep(JSON.readValue(line, ChangeSet.class));
                } catch (IOException e) {
                    LOG.warn("skipping an unreadable line of {}: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot read the change history {}: {}", file, e.getMessage());
        }
    }

    /** Records the change set of {@code published}'s catalog, and of each swapped in from now on. */
    public void follow(CatalogHolder published) {
        published.onSwap(next -> record(next.changes()));
        record(published.get().changes());
    }

    /**
     * Records the change set of a snapshot just published. A first snapshot's ({@code since} null)
     * continues the history when the last recorded revision differs; a change set that changes
     * nothing under the same revision is not recorded.
     */
    public synchronized void record(ChangeSet changes) {
        ChangeSet last = kept.peekLast();
        ChangeSet recorded = changes;
        if (changes.since() == null && last != null) {
            if (last.revision().equals(changes.revision())) {
                return;
            }
            recorded = new ChangeSet(last.revision(), changes.revision(), changes.at(), true, changes.articles(),
                    changes.sections(), changes.authors(), changes.tags(), changes.issues(), changes.series(),
                    changes.collections(), changes.specials(), changes.paths(), changes.cacheTags());
        } else if (changes.since() != null && changes.since().equals(changes.revision()) && changes.isEmpty()) {
            return;
        }
        keep(recorded);
        append(recorded);
    }

    private void keep(ChangeSet changes) {
        kept.addLast(changes);
        while (kept.size() > KEPT) {
            kept.removeFirst();
        }
    }

    /**
     * The change sets after the last snapshot named {@code since}, oldest first, up to and including
     * the one that made {@code upTo} (the revision the client's request runs on), at most {@code most};
     * empty when {@code since} is not among the revisions kept.
     */
    public synchronized Optional<List<ChangeSet>> after(String since, String upTo, int most) {
        List<ChangeSet> all = new ArrayList<>(kept);
        int from = -1;
        for (int i = all.size() - 1; i >= 0 && from < 0; i--) {
            if (all.get(i).revision().equals(since)) {
                from = i;
            }
        }
        if (from < 0) {
            return Optional.empty();
        }
        List<ChangeSet> after = new ArrayList<>();
        for (int i = from + 1; i < all.size() && after.size() < most; i++) {
            after.add(all.get(i));
            if (all.get(i).revision().equals(upTo)) {
                break;
            }
        }
        return Optional.of(after);
    }

    private void append(ChangeSet changes) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            if (linesInFile >= 2 * KEPT) {
                rewrite();
            } else {
                Files.write(file, List.of(JSON.writeValueAsString(changes)), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                linesInFile++;
            }
        } catch (IOException | UncheckedIOException e) {
            // the history is a convenience for clients: publishing goes on without it
            LOG.warn("cannot record the change history in {}: {}", file, e.getMessage());
        }
    }

    /** Writes what is kept to a new file and renames it over the old one. */
    private void rewrite() throws IOException {
        List<String> lines = new ArrayList<>();
        for (ChangeSet changes : kept) {
            lines.add(JSON.writeValueAsString(changes));
        }
        Path temporary = Files.createTempFile(file.getParent(), "." + FILE + "-", ".tmp");
        try {
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            linesInFile = lines.size();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
