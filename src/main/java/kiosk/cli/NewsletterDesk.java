package kiosk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import kiosk.api.http.NewsletterOptions;
import kiosk.api.http.NewsletterPreview;
import kiosk.catalog.Catalog;
import kiosk.content.SiteConfig;
import kiosk.newsletter.edition.Edition;
import kiosk.newsletter.edition.EditionBuilder;
import kiosk.newsletter.edition.EditionException;
import kiosk.newsletter.mail.MailComposer;
import kiosk.newsletter.mail.MailTemplates;
import kiosk.newsletter.mail.MailTransport;
import kiosk.newsletter.mail.PickupFolder;
import kiosk.newsletter.mail.Sender;
import kiosk.newsletter.mail.SmtpMailTransport;
import kiosk.newsletter.mail.SmtpSettings;
import kiosk.newsletter.signup.Subscriptions;
import kiosk.newsletter.store.NewsletterStore;
import kiosk.newsletter.store.StoreLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newsletter as {@code kiosk serve} wires it: the subscriber store, the signups' worker mailing
 * through SMTP (or into {@code <data>/outbox/} when no server is configured, so signing up can be tried
 * on a laptop), and the editors' preview of an edition, adapted to what the HTTP server asks for.
 */
final class NewsletterDesk implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NewsletterDesk.class);

    private final NewsletterStore store;
    private final Subscriptions subscriptions;
    private final NewsletterPreview preview;

    private NewsletterDesk(NewsletterStore store, Subscriptions subscriptions, NewsletterPreview preview) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.preview = preview;
    }

    /**
     * @param smtp    the SMTP server, or null to write mails to {@code <data>/outbox/}
     * @param content the content folder, where editor's notes are
     * @param served  the catalog being served
     */
    static NewsletterDesk open(SiteConfig site, StoreLocation location, SmtpSettings smtp, Path data, Path siteFolder,
                               Path content, Supplier<Catalog> served) {
        MailTransport transport;
        if (smtp != null) {
            transport = new SmtpMailTransport(smtp);
        } else {
            PickupFolder outbox = new PickupFolder(data.resolve("outbox"));
            LOG.warn("no SMTP server for the newsletter (--smtp or newsletter.smtp in site.yaml): signup mails are"
                    + " written to {} instead of sent", outbox.folder().toAbsolutePath());
            transport = outbox;
        }
        NewsletterStore store = NewsletterStore.open(location);
        Sender sender = Newsletters.sender(site);
        MailTemplates templates = Newsletters.templates(siteFolder);
        Subscriptions subscriptions = new Subscriptions(store, transport, new MailComposer(transport.session(), sender),
                templates, site.newsletter(), served, Clock.systemUTC());
        NewsletterPreview preview = (catalog, edition) -> Newsletters.render(templates, previewEdition(catalog, content,
                edition), sender);
        return new NewsletterDesk(store, subscriptions, preview);
    }

    /** The edition as the preview catalog makes it on its day: no ranking (a preview counts no views), no note errors. */
    private static Edition previewEdition(Catalog catalog, Path content, LocalDate edition) {
        StringWriter problems = new StringWriter();
        try {
            return Newsletters.edition(catalog, content, edition,
                            EditionBuilder.asOf(edition, catalog.site().timeZone(), Instant.MAX), List.of(),
                            new PrintWriter(problems))
                    .orElseThrow(() -> new IllegalArgumentException("the editor's note has errors:\n" + problems));
        } catch (EditionException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** @param withPreview  whether editors may preview editions (the server has a preview token) */
    NewsletterOptions options(boolean withPreview) {
        return new NewsletterOptions(subscriptions, NewsletterOptions.DEFAULT_SIGNUPS_PER_HOUR,
                NewsletterOptions.DEFAULT_BURST, withPreview ? preview : null);
    }

    /** Lets queued signups be mailed, then closes the store. */
    @Override
    public void close() {
        try {
            subscriptions.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
