package kiosk.newsletter.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiosk.newsletter.Links;
import kiosk.newsletter.Tokens;
import kiosk.newsletter.Topics;
import kiosk.newsletter.edition.Edition;
import kiosk.newsletter.edition.EditionMail;
import kiosk.newsletter.mail.MailComposer;
import kiosk.newsletter.mail.MailFailure;
import kiosk.newsletter.mail.MailTemplates;
import kiosk.newsletter.mail.MailTransport;
import kiosk.newsletter.mail.RenderedMail;
import kiosk.newsletter.store.NewsletterStore;
import kiosk.newsletter.store.Recipient;

/**
 * Sends an edition once to every confirmed subscriber, whatever happens to the process.
 *
 * <p>Each recipient is recorded in the store, durably, just before the SMTP transaction commits (when
 * the message is with the server and only the final dot of DATA is left) and again after the server's
 * reply. A run killed at any point is rerun with the same command: recipients recorded before the
 * commit are never mailed again, since the server may have their mail; those never recorded did not
 * reach the server, which discards a message whose connection drops before the dot, and are sent now.
 * The edition's model is stored on the first run, so the rerun mails the same edition.
 *
 * <p>The only gap left is a kill in the microseconds between that record's fsync and the dot reaching the
 * socket: that recipient's mail is then lost, never sent twice.
 *
 * <p>Transient failures (4xx replies, refused or lost connections before the dot) are retried with
 * doubling waits; a mail still failing is left for the next run. Permanent ones (5xx) mark the address
 * bounced. A refused login stops the run. Three recipients in a row left for the next run stop it too:
 * the server is down.
 */
public final class EditionSender {

    /** Recipients read from the store at a time: memory stays flat whatever the list's size. */
    static final int PAGE = 500;
    private static final int GIVE_UP_AFTER_DEFERRED_IN_A_ROW = 3;
    private static final String UNSUBSCRIBE_MARK = "https://kiosk.invalid/unsubscribe-link";
    private static final String TOPICS_MARK = "https://kiosk.invalid/topics-link";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NewsletterStore store;
    private final MailTransport transport;
    private final MailComposer composer;
    private final MailTemplates templates;
    private final Tokens tokens;
    private final SendOptions options;
    private final Clock clock;

    public EditionSender(NewsletterStore store, MailTransport transport, MailComposer composer, MailTemplates templates,
                         SendOptions options, Clock clock) {
        this.store = store;
        this.transport = transport;
        this.composer = composer;
        this.templates = templates;
        this.tokens = new Tokens(store.signingKey());
        this.options = options;
        this.clock = clock;
    }

    /** The run stopped before every recipient was tried; a rerun carries on. */
    public static final class SendStopped extends Exception {
        SendStopped(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Sends {@code edition}, or the edition of its date stored by an earlier run.
     *
     * @throws SendStopped when the server refused the login or stayed unreachable
     */
    public SendReport send(Edition edition) throws SendStopped, InterruptedException {
        long started = System.nanoTime();
        try (AutoCloseable lock = store.lockEdition(edition.date());
             Run run = new Run(frozen(edition))) {
            run.all();
            return new SendReport(run.sent, run.failed, run.deferred, run.uncertain,
                    Duration.ofNanos(System.nanoTime() - started), store.deliveryCounts(edition.date()));
        } catch (SendStopped | InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Edition frozen(Edition edition) {
        try {
            String stored = store.editionModel(edition.date(), JSON.writeValueAsString(edition), clock.instant());
            return JSON.readValue(stored, Edition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the edition's model cannot be written as JSON", e);
        }
    }

    /** One run over the recipients, on one connection at a time. */
    private final class Run implements AutoCloseable {

        private final Edition edition;
        private final Map<Topics, RenderedMail> variants = new HashMap<>();
        /** Accepted since the last record, recorded with the next one. */
        private final List<String> accepted = new ArrayList<>();
        private final long intervalNanos;
        private long nextAt = System.nanoTime();
        private MailTransport.MailConnection connection;
        private int inBatch;
        private int deferredInARow;
        long sent;
        long failed;
        long deferred;
        long uncertain;

        Run(Edition edition) {
            this.edition = edition;
            this.intervalNanos = options.mailsPerSecond() == 0 ? 0 : (long) (1e9 / options.mailsPerSecond());
        }

        void all() throws SendStopped, InterruptedException {
            String after = "";
            for (List<Recipient> page = store.recipients(edition.date(), after, PAGE); !page.isEmpty();
                 page = store.recipients(edition.date(), after, PAGE)) {
                for (Recipient recipient : page) {
                    one(recipient);
                    after = recipient.subscriber();
                }
            }
        }

        private void one(Recipient recipient) throws SendStopped, InterruptedException {
            Instant now = clock.instant();
            MimeMessage message = composer.compose(recipient.address(), edition.subject(), body(recipient, now),
                    link(Links.UNSUBSCRIBE, Tokens.Purpose.UNSUBSCRIBE, recipient, now),
                    "edition-" + edition.date() + "." + recipient.subscriber(), now);
            for (int attempt = 1; ; attempt++) {
                pace();
                boolean[] handedOver = {false};
                try {
                    if (connection == null) {
                        connection = transport.connect();
                        inBatch = 0;
                    }
                    connection.send(message, () -> {
                        store.handOver(edition.date(), recipient.subscriber(), accepted, clock.instant());
                        accepted.clear();
                        handedOver[0] = true;
                    });
                    accepted.add(recipient.subscriber());
                    sent++;
                    deferredInARow = 0;
                    if (++inBatch >= options.batchSize()) {
                        endBatch();
                    }
                    return;
                } catch (MailFailure failure) {
                    dropConnection();
                    if (failure.kind() == MailFailure.Kind.FATAL) {
                        throw new SendStopped(failure.detail());
                    }
                    if (handedOver[0] && !failure.detail().startsWith("SMTP ")) {
                        // the dot went out and no reply came: the server may have it; never send it twice
                        uncertain++;
                        return;
                    }
                    if (failure.kind() == MailFailure.Kind.PERMANENT) {
                        store.failed(edition.date(), recipient.subscriber(), failure.detail(), clock.instant());
                        failed++;
                        return;
                    }
                    if (attempt >= options.attempts()) {
                        store.retry(edition.date(), recipient.subscriber(), failure.detail(), clock.instant());
                        deferred++;
                        if (++deferredInARow >= GIVE_UP_AFTER_DEFERRED_IN_A_ROW) {
                            throw new SendStopped("the SMTP server failed " + deferredInARow + " recipients in a row ("
                                    + failure.detail() + "): rerun the same command once it is back");
                        }
                        return;
                    }
                    if (handedOver[0]) {
                        store.retry(edition.date(), recipient.subscriber(), failure.detail(), clock.instant());
                    }
                    Thread.sleep(options.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 10)).toMillis());
                }
            }
        }

        private RenderedMail body(Recipient recipient, Instant now) {
            RenderedMail variant = variants.computeIfAbsent(recipient.topics(), topics -> templates.render(
                    MailTemplates.EDITION, new EditionMail(edition.forTopics(topics), UNSUBSCRIBE_MARK, TOPICS_MARK)));
            return variant.replace(UNSUBSCRIBE_MARK, link(Links.UNSUBSCRIBE, Tokens.Purpose.UNSUBSCRIBE, recipient, now))
                    .replace(TOPICS_MARK, link(Links.TOPICS, Tokens.Purpose.TOPICS, recipient, now));
        }

        private String link(String path, Tokens.Purpose purpose, Recipient recipient, Instant now) {
            return composer.sender().link(Links.withToken(path, tokens.issue(purpose, recipient.subscriber(), now)));
        }

        private void pace() throws InterruptedException {
            if (intervalNanos == 0) {
                return;
            }
            long wait = nextAt - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            nextAt = Math.max(nextAt, System.nanoTime() - intervalNanos) + intervalNanos;
        }

        private void endBatch() {
            store.sent(edition.date(), accepted, clock.instant());
            accepted.clear();
            dropConnection();
        }

        private void dropConnection() {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }

        @Override
        public void close() {
            store.sent(edition.date(), accepted, clock.instant());
            accepted.clear();
            dropConnection();
        }
    }
}
