package kiosk.changes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook deliveries not made yet, one file each in a folder of the data folder, written (and synced)
 * before the first attempt and deleted after the endpoint took it: a kill or a restart loses none, and
 * a delivery made just before a kill may be made again (receivers tell by its {@code webhook-id}).
 * Deliveries that failed too often move to {@code failed/}, for an operator to look at.
 */
final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final String SUFFIX = ".json";

    /**
     * One delivery: its message id (the same at every attempt), endpoint, body, how many attempts
     * failed so far and when to try next.
     */
    record Delivery(String id, URI url, byte[] body, int attempts, Instant due) {

        Delivery retried(Instant next) {
            return new Delivery(id, url, body, attempts + 1, next);
        }
    }

    private final Path folder;

    Outbox(Path folder) {
        this.folder = folder;
    }

    /** Writes {@code delivery} durably, replacing an earlier state of it. */
    void put(Delivery delivery) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".delivery-", ".tmp");
            try {
                Files.write(temporary, ChangeSetJson.MAPPER.writeValueAsBytes(delivery));
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                try {
                    Files.move(temporary, file(delivery.id()), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file(delivery.id()), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the webhook outbox " + folder, e);
        }
    }

    /** Every delivery waiting, the earliest due first; an unreadable file is logged and left. */
    List<Delivery> pending() {
        List<Delivery> deliveries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return deliveries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                try {
                    deliveries.add(ChangeSetJson.MAPPER.readValue(file.toFile(), Delivery.class));
                } catch (IOException e) {
                    LOG.warn("skipping an unreadable webhook delivery {}: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list the webhook outbox {}: {}", folder, e.getMessage());
        }
        deliveries.sort(Comparator.comparing(Delivery::due).thenComparing(Delivery::id));
        return deliveries;
    }

    void delivered(String id) {
        try {
            Files.deleteIfExists(file(id));
        } catch (IOException e) {
            LOG.warn("cannot delete the delivered webhook {}: it may be sent again", id, e);
        }
    }

    /** Moves a delivery that failed too often to {@code failed/}. */
    void giveUp(Delivery delivery) {
        try {
            Path failed = Files.createDirectories(folder.resolve("failed"));
            Files.move(file(delivery.id()), failed.resolve(delivery.id() + SUFFIX), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("cannot move the failed webhook {} aside", delivery.id(), e);
        }
    }

    private Path file(String id) {
        return folder.resolve(id + SUFFIX);
    }
}
