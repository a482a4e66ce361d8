package kiosk.newsletter.signup;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kiosk.catalog.Catalog;
import kiosk.content.Section;
import kiosk.content.NewsletterConfig;
import kiosk.newsletter.EmailAddress;
import kiosk.newsletter.Links;
import kiosk.newsletter.Tokens;
import kiosk.newsletter.Topics;
import kiosk.newsletter.mail.MailComposer;
import kiosk.newsletter.mail.MailFailure;
import kiosk.newsletter.mail.MailTemplates;
import kiosk.newsletter.mail.MailTransport;
import kiosk.newsletter.mail.RenderedMail;
import kiosk.newsletter.store.NewsletterStore;
import kiosk.newsletter.store.SignupResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readers' side of the newsletter: signups with double opt-in, and what the signed links in mails do.
 *
 * <p>A signup is only queued when it is asked for, and answered at once with the same answer whatever
 * the address's state, so neither the answer nor its timing tells whether an address is subscribed.
 * One worker thread then records it and mails the address: a confirmation link (new, pending or
 * departed addresses) or a note that it is subscribed already, with links to change topics or leave.
 * An address gets at most {@link NewsletterStore#MAILS_PER_WINDOW} such mails a day, silently.
 */
public final class Subscriptions implements AutoCloseable {

    /** Signups waiting for the worker; more are refused (503) rather than held in memory. */
    public static final int QUEUE_CAPACITY = 1_000;
    private static final int SEND_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);

    private record Signup(EmailAddress address, Topics topics) {
    }

    private final NewsletterStore store;
    private final Tokens tokens;
    private final MailTransport transport;
    private final MailComposer composer;
    private final MailTemplates templates;
    private final NewsletterConfig config;
    private final Supplier<Catalog> served;
    private final Clock clock;
    private final BlockingQueue<Signup> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread worker;
    private volatile boolean closing;

    /**
     * @param served the catalog being served: its sections are the topics a reader may choose
     */
    public Subscriptions(NewsletterStore store, MailTransport transport, MailComposer composer, MailTemplates templates,
                         NewsletterConfig config, Supplier<Catalog> served, Clock clock) {
        this.store = store;
        this.tokens = new Tokens(store.signingKey());
        this.transport = transport;
        this.composer = composer;
        this.templates = templates;
        this.config = config;
        this.served = served;
        this.clock = clock;
        this.worker = new Thread(this::work, "kiosk-newsletter-signups");
        worker.setDaemon(true);
        worker.start();
    }

    /** The sections a reader may choose as topics. */
    public Set<String> sections() {
        return served.get().sections().stream().map(Section::slug).collect(Collectors.toSet());
    }

    /**
     * Queues a signup; the address is mailed shortly. False when the queue is full (answer "busy, try
     * again"); never says anything about the address.
     */
    public boolean request(EmailAddress address, Collection<String> topics) {
        return !closing && queue.offer(new Signup(address, Topics.of(topics, sections())));
    }

    public TokenOutcome confirm(String token) {
        Optional<String> subscriber = tokens.verify(token, Tokens.Purpose.CONFIRM, clock.instant());
        return subscriber.isPresent() && store.confirm(subscriber.get(), clock.instant()) ? TokenOutcome.DONE
                : TokenOutcome.INVALID;
    }

    /**
     * Ends the subscription a valid token names; answering {@link TokenOutcome#DONE} for one that ended
     * already, so a mail client's retried one-click POST succeeds.
     */
    public TokenOutcome unsubscribe(String token) {
        Optional<String> subscriber = tokens.verify(token, Tokens.Purpose.UNSUBSCRIBE, clock.instant());
        subscriber.ifPresent(ref -> store.unsubscribe(ref, clock.instant()));
        return subscriber.isPresent() ? TokenOutcome.DONE : TokenOutcome.INVALID;
    }

    /** The topics of the confirmed subscriber a valid topics token names. */
    public Optional<Topics> topics(String token) {
        return tokens.verify(token, Tokens.Purpose.TOPICS, clock.instant()).flatMap(store::topics);
    }

    public TokenOutcome changeTopics(String token, Collection<String> chosen) {
        Optional<String> subscriber = tokens.verify(token, Tokens.Purpose.TOPICS, clock.instant());
        return subscriber.isPresent() && store.changeTopics(subscriber.get(), Topics.of(chosen, sections()),
                clock.instant()) ? TokenOutcome.DONE : TokenOutcome.INVALID;
    }

    private void work() {
        while (!closing || !queue.isEmpty()) {
            try {
                Signup signup = queue.poll(200, TimeUnit.MILLISECONDS);
                if (signup != null) {
                    process(signup);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the store failed: the reader tries again; the message names no address (StoreException)
                LOG.error("a newsletter signup could not be recorded: {}", e.getMessage());
            }
        }
    }

    private void process(Signup signup) throws InterruptedException {
        Instant now = clock.instant();
        SignupResult result = store.signup(signup.address(), signup.topics(), now);
        String siteUrl = served.get().site().baseUrl().toString();
        MimeMessage mail = switch (result.kind()) {
            case LIMITED -> null;
            case CONFIRM -> composer.compose(signup.address(), "【" + config.name() + "】登録の確認",
                    templates.render(MailTemplates.CONFIRM, new ConfirmMail(config.name(), siteName(), siteUrl,
                            link(Links.CONFIRM, Tokens.Purpose.CONFIRM, result.subscriber(), now), config.consent())),
                    null, messageId("confirm"), now);
            case ALREADY_SUBSCRIBED -> {
                String unsubscribe = link(Links.UNSUBSCRIBE, Tokens.Purpose.UNSUBSCRIBE, result.subscriber(), now);
                RenderedMail body = templates.render(MailTemplates.ALREADY_SUBSCRIBED, new AlreadySubscribedMail(
                        config.name(), siteName(), siteUrl, link(Links.TOPICS, Tokens.Purpose.TOPICS, result.subscriber(), now),
                        unsubscribe));
                yield composer.compose(signup.address(), "【" + config.name() + "】ご登録済みです", body, unsubscribe,
                        messageId("subscribed"), now);
            }
        };
        if (mail != null) {
            send(mail);
        }
    }

    private void send(MimeMessage mail) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try (MailTransport.MailConnection connection = transport.connect()) {
                connection.send(mail, () -> { });
                return;
            } catch (MailFailure failure) {
                if (failure.kind() != MailFailure.Kind.TRANSIENT || attempt == SEND_ATTEMPTS) {
                    LOG.warn("a newsletter signup mail was not sent ({}); the reader may sign up again", failure.detail());
                    return;
                }
                Thread.sleep(1_000L * attempt);
            }
        }
    }

    private String link(String path, Tokens.Purpose purpose, String subscriber, Instant now) {
        return composer.sender().link(Links.withToken(path, tokens.issue(purpose, subscriber, now)));
    }

    private String siteName() {
        return served.get().site().title();
    }

    private static String messageId(String kind) {
        return kind + "." + UUID.randomUUID();
    }

    /** Lets the worker finish the signups queued (up to 10 s), then stops it. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        worker.join(10_000);
        worker.interrupt();
    }
}
