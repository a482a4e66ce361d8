package kiosk.newsletter.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import kiosk.newsletter.EmailAddress;
import kiosk.newsletter.SubscriberStatus;
import kiosk.newsletter.Topics;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;

/**
 * Subscribers, editions and deliveries, in SQLite (one server) or PostgreSQL (replicas), with the same
 * SQL. Flyway brings the schema up to date when the store opens. One connection, used by one thread at a
 * time; every method is a transaction committed before it returns, and SQLite runs with a write-ahead
 * log fsynced on every commit ({@code synchronous=FULL}), so what a method wrote survives a kill -9.
 *
 * <p>Errors never carry an address: see {@link StoreException}.
 */
public final class NewsletterStore implements AutoCloseable {

    /** How many signup mails an address gets at most per {@link #MAIL_WINDOW}: a form cannot flood a mailbox. */
    public static final int MAILS_PER_WINDOW = 3;
    public static final Duration MAIL_WINDOW = Duration.ofHours(24);

    private static final String MIGRATIONS = "classpath:kiosk/newsletter/store/migration";
    private static final String HISTORY_TABLE = "newsletter_schema_history";
    private static final String SIGNING_KEY = "signing-key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StoreLocation location;
    private final Connection connection;

    private NewsletterStore(StoreLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
    }

    /** Opens the store, creating it (and the data directory) or migrating its schema as needed. */
    public static NewsletterStore open(StoreLocation location) {
        Properties properties = location.properties();
        if (location instanceof StoreLocation.Embedded embedded) {
            try {
                Files.createDirectories(embedded.dataDirectory());
            } catch (IOException e) {
                throw new StoreException("cannot create the data directory " + embedded.dataDirectory() + ": " + e);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(10_000);
            properties.putAll(config.toProperties());
        }
        try {
            Flyway.configure()
                    .dataSource(location.jdbcUrl(), properties.getProperty("user"), properties.getProperty("password"))
                    .locations(MIGRATIONS).table(HISTORY_TABLE).load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot bring the newsletter store " + location.description()
                    + " up to date: " + e.getClass().getSimpleName());
        }
        try {
            Connection connection = DriverManager.getConnection(location.jdbcUrl(), properties);
            connection.setAutoCommit(false);
            return new NewsletterStore(location, connection);
        } catch (SQLException e) {
            throw new StoreException("cannot open the newsletter store " + location.description(), e);
        }
    }

    public StoreLocation location() {
        return location;
    }

    /** The key that signs links, made on first use and shared by every server of the store. */
    public synchronized byte[] signingKey() {
        return transaction("read the signing key", () -> {
            String fresh = Base64.getEncoder().encodeToString(randomBytes(32));
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO newsletter_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, SIGNING_KEY);
                insert.setString(2, fresh);
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM newsletter_settings WHERE name = ?")) {
                select.setString(1, SIGNING_KEY);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return Base64.getDecoder().decode(row.getString(1));
                }
            }
        });
    }

    /**
     * A signup for {@code address}: a new address becomes a pending subscriber; a pending, departed or
     * bounced one is pending again with the topics asked for now; a confirmed one stays as it is. Each
     * counts against the address's {@link #MAILS_PER_WINDOW}; past it, nothing changes and nothing is sent.
     */
    public synchronized SignupResult signup(EmailAddress address, Topics topics, Instant now) {
        return transaction("record a signup", () -> {
            long millis = now.toEpochMilli();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO subscribers (ref, address, status, topics, requested_topics, created_at, changed_at,
                                             mails_since, mails_in_window)
                    VALUES (?, ?, 'pending', '', ?, ?, ?, ?, 1) ON CONFLICT (address) DO NOTHING""")) {
                String ref = newReference();
                insert.setString(1, ref);
                insert.setString(2, address.value());
                insert.setString(3, topics.stored());
                insert.setLong(4, millis);
                insert.setLong(5, millis);
                insert.setLong(6, millis);
                if (insert.executeUpdate() == 1) {
                    return new SignupResult(SignupResult.Kind.CONFIRM, ref);
                }
            }
            long windowStart = millis - MAIL_WINDOW.toMillis();
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE subscribers SET
                        mails_in_window = CASE WHEN mails_since < ? THEN 1 ELSE mails_in_window + 1 END,
                        mails_since = CASE WHEN mails_since < ? THEN ? ELSE mails_since END,
                        status = CASE WHEN status = 'confirmed' THEN status ELSE 'pending' END,
                        requested_topics = CASE WHEN status = 'confirmed' THEN requested_topics ELSE ? END,
                        changed_at = ?
                    WHERE address = ? AND (mails_since < ? OR mails_in_window < ?)""")) {
                update.setLong(1, windowStart);
                update.setLong(2, windowStart);
                update.setLong(3, millis);
                update.setString(4, topics.stored());
                update.setLong(5, millis);
                update.setString(6, address.value());
                update.setLong(7, windowStart);
                update.setInt(8, MAILS_PER_WINDOW);
                if (update.executeUpdate() == 0) {
                    return new SignupResult(SignupResult.Kind.LIMITED, null);
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT ref, status FROM subscribers WHERE address = ?")) {
                select.setString(1, address.value());
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    boolean confirmed = SubscriberStatus.parse(row.getString(2)) == SubscriberStatus.CONFIRMED;
                    return new SignupResult(confirmed ? SignupResult.Kind.ALREADY_SUBSCRIBED : SignupResult.Kind.CONFIRM,
                            row.getString(1));
                }
            }
        });
    }

    /** The address of a subscriber, to mail it; empty once it left (its address is erased then). */
    public synchronized Optional<EmailAddress> address(String subscriber) {
        return transaction("read a subscriber", () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT address FROM subscribers WHERE ref = ? AND status <> 'unsubscribed'")) {
                select.setString(1, subscriber);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? EmailAddress.parse(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Confirms a pending subscriber with the topics of its signup. True when it is confirmed now,
     * including when it was already (a link followed twice).
     */
    public synchronized boolean confirm(String subscriber, Instant now) {
        return transaction("confirm a subscriber", () -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE subscribers SET status = 'confirmed', topics = requested_topics, changed_at = ?
                    WHERE ref = ? AND status = 'pending'""")) {
                update.setLong(1, now.toEpochMilli());
                update.setString(2, subscriber);
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            return status(subscriber).filter(SubscriberStatus.CONFIRMED::equals).isPresent();
        });
    }

    /** Ends a subscription and erases its address; a subscriber that left already stays gone. */
    public synchronized void unsubscribe(String subscriber, Instant now) {
        transaction("unsubscribe a subscriber", () -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE subscribers SET status = 'unsubscribed', address = 'unsubscribed:' || ref, topics = '',
                        requested_topics = '', changed_at = ?
                    WHERE ref = ? AND status <> 'unsubscribed'""")) {
                update.setLong(1, now.toEpochMilli());
                update.setString(2, subscriber);
                return update.executeUpdate();
            }
        });
    }

    /** A confirmed subscriber's topics; empty for anyone else. */
    public synchronized Optional<Topics> topics(String subscriber) {
        return transaction("read a subscriber's topics", () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT topics FROM subscribers WHERE ref = ? AND status = 'confirmed'")) {
                select.setString(1, subscriber);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(Topics.parse(row.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** Sets a confirmed subscriber's topics; false for anyone else. */
    public synchronized boolean changeTopics(String subscriber, Topics topics, Instant now) {
        return transaction("change a subscriber's topics", () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE subscribers SET topics = ?, changed_at = ? WHERE ref = ? AND status = 'confirmed'")) {
                update.setString(1, topics.stored());
                update.setLong(2, now.toEpochMilli());
                update.setString(3, subscriber);
                return update.executeUpdate() == 1;
            }
        });
    }

    public synchronized Optional<SubscriberStatus> status(String subscriber) {
        return transaction("read a subscriber's status", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT status FROM subscribers WHERE ref = ?")) {
                select.setString(1, subscriber);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(SubscriberStatus.parse(row.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** How many subscribers are in each status. */
    public synchronized Map<SubscriberStatus, Long> statusCounts() {
        return transaction("count subscribers", () -> {
            Map<SubscriberStatus, Long> counts = new EnumMap<>(SubscriberStatus.class);
            try (PreparedStatement select = connection.prepareStatement("SELECT status, COUNT(*) FROM subscribers GROUP BY status");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(SubscriberStatus.parse(rows.getString(1)), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    // ---- editions and deliveries

    /**
     * The model an edition was first sent with, stored now if this is its first send: a resumed send
     * mails what the first one did, even if the content or the ranking moved since.
     */
    public synchronized String editionModel(String edition, String modelIfNew, Instant now) {
        return transaction("record the edition", () -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO editions (edition, model, created_at) VALUES (?, ?, ?) ON CONFLICT (edition) DO NOTHING")) {
                insert.setString(1, edition);
                insert.setString(2, modelIfNew);
                insert.setLong(3, now.toEpochMilli());
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT model FROM editions WHERE edition = ?")) {
                select.setString(1, edition);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
    }

    /**
     * Confirmed subscribers after {@code afterSubscriber} (in reference order) whom the edition has not
     * reached: no delivery recorded, or one to retry.
     */
    public synchronized List<Recipient> recipients(String edition, String afterSubscriber, int limit) {
        return transaction("list an edition's recipients", () -> {
            List<Recipient> recipients = new ArrayList<>(limit);
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT s.ref, s.address, s.topics FROM subscribers s
                    LEFT JOIN deliveries d ON d.edition = ? AND d.subscriber = s.ref
                    WHERE s.status = 'confirmed' AND s.ref > ? AND (d.state IS NULL OR d.state = 'retry')
                    ORDER BY s.ref LIMIT ?""")) {
                select.setString(1, edition);
                select.setString(2, afterSubscriber);
                select.setInt(3, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String ref = rows.getString(1);
                        EmailAddress address = EmailAddress.parse(rows.getString(2))
                                .orElseThrow(() -> new StoreException("subscriber " + ref + " has an address Kiosk"
                                        + " cannot read"));
                        recipients.add(new Recipient(ref, address, Topics.parse(rows.getString(3))));
                    }
                }
            }
            return recipients;
        });
    }

    /**
     * Records, durably, that {@code subscriber}'s mail is about to be committed by the SMTP server, together
     * with the mails accepted since the last record (committing them in the same fsync).
     */
    public synchronized void handOver(String edition, String subscriber, Collection<String> acceptedSince, Instant now) {
        transaction("record a mail handed over", () -> {
            markSent(edition, acceptedSince, now);
            record(edition, subscriber, DeliveryState.HANDED_OVER, null, now);
            return null;
        });
    }

    /** Records mails the SMTP server accepted. */
    public synchronized void sent(String edition, Collection<String> subscribers, Instant now) {
        transaction("record mails sent", () -> {
            markSent(edition, subscribers, now);
            return null;
        });
    }

    /** A transient failure: a later attempt, or a rerun, sends it. */
    public synchronized void retry(String edition, String subscriber, String detail, Instant now) {
        transaction("record a mail to retry", () -> {
            record(edition, subscriber, DeliveryState.RETRY, detail, now);
            return null;
        });
    }

    /** A permanent failure: the delivery failed and the address is marked bounced, so no edition tries it again. */
    public synchronized void failed(String edition, String subscriber, String detail, Instant now) {
        transaction("record a failed mail", () -> {
            record(edition, subscriber, DeliveryState.FAILED, detail, now);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE subscribers SET status = 'bounced', bounce = ?, changed_at = ? WHERE ref = ? AND status = 'confirmed'")) {
                update.setString(1, detail);
                update.setLong(2, now.toEpochMilli());
                update.setString(3, subscriber);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** How many of an edition's deliveries are in each state. */
    public synchronized Map<DeliveryState, Long> deliveryCounts(String edition) {
        return transaction("count deliveries", () -> {
            Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state, COUNT(*) FROM deliveries WHERE edition = ? GROUP BY state")) {
                select.setString(1, edition);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.put(DeliveryState.parse(rows.getString(1)), rows.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    /**
     * Holds the edition for one sender until closed, so two sends of one edition never run at once: a
     * PostgreSQL advisory lock, or a lock on a file beside the SQLite database. Either is let go by the
     * system when the process dies, so a send killed with kill -9 can be rerun at once.
     *
     * @throws StoreException when another send of the edition holds it
     */
    public synchronized AutoCloseable lockEdition(String edition) {
        String busy = "another 'kiosk newsletter send' of edition " + edition + " is running on this store";
        if (location instanceof StoreLocation.Embedded embedded) {
            Path lockFile = embedded.file().resolveSibling(StoreLocation.Embedded.FILE_NAME + ".send-" + edition + ".lock");
            try {
                FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException heldInThisProcess) {
                    lock = null;
                }
                if (lock == null) {
                    channel.close();
                    throw new StoreException(busy);
                }
                FileLock held = lock;
                return () -> {
                    held.release();
                    channel.close();
                };
            } catch (IOException e) {
                throw new StoreException("cannot lock " + lockFile + ": " + e);
            }
        }
        long key = advisoryKey(edition);
        boolean locked = transaction("lock the edition", () -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, key);
                try (ResultSet row = lock.executeQuery()) {
                    row.next();
                    return row.getBoolean(1);
                }
            }
        });
        if (!locked) {
            throw new StoreException(busy);
        }
        return () -> transaction("unlock the edition", () -> {
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, key);
                unlock.execute();
            }
            return null;
        });
    }

    private static long advisoryKey(String edition) {
        long hash = 1125899906842597L;
        for (byte b : ("kiosk-newsletter:" + edition).getBytes(StandardCharsets.UTF_8)) {
            hash = 31 * hash + b;
        }
        return hash;
    }

    private void markSent(String edition, Collection<String> subscribers, Instant now) throws SQLException {
        if (subscribers.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE deliveries SET state = 'sent', changed_at = ? WHERE edition = ? AND subscriber = ?")) {
            for (String subscriber : subscribers) {
                update.setLong(1, now.toEpochMilli());
                update.setString(2, edition);
                update.setString(3, subscriber);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void record(String edition, String subscriber, DeliveryState state, String detail, Instant now)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO deliveries (edition, subscriber, state, attempts, changed_at, detail) VALUES (?, ?, ?, 1, ?, ?)
                ON CONFLICT (edition, subscriber) DO UPDATE SET state = excluded.state,
                    attempts = deliveries.attempts + CASE WHEN excluded.state = 'handed_over' THEN 1 ELSE 0 END,
                    changed_at = excluded.changed_at, detail = excluded.detail""")) {
            upsert.setString(1, edition);
            upsert.setString(2, subscriber);
            upsert.setString(3, state.stored());
            upsert.setLong(4, now.toEpochMilli());
            upsert.setString(5, detail);
            upsert.executeUpdate();
        }
    }

    /** A body of SQL run as one transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T transaction(String what, Work<T> work) {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is broken; the next call reports it
            }
            throw new StoreException("cannot " + what + " in " + location.description(), e);
        }
    }

    private static String newReference() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(16));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // every method committed before it returned: nothing is lost
        }
    }
}
