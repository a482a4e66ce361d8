package kiosk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kiosk.api.http.NewsletterPreview;
import kiosk.newsletter.edition.EditionBuilder;
import kiosk.newsletter.edition.EditionMail;
import java.util.Map;
import kiosk.catalog.Catalog;
import kiosk.newsletter.mail.MailComposer;
import kiosk.newsletter.mail.MailTemplates;
import kiosk.newsletter.mail.RenderedMail;
import kiosk.newsletter.mail.Sender;
import kiosk.newsletter.mail.SmtpMailTransport;
import kiosk.newsletter.mail.SmtpSettings;
import kiosk.newsletter.signup.Subscriptions;
import kiosk.newsletter.store.NewsletterStore;
import kiosk.newsletter.store.StoreLocation;
import kiosk.site.bake.SiteTemplates;

/**
 * The newsletter's signups on the sample magazine for tests of the HTTP server and the browser: a
 * SQLite store under {@code data}, mails rendered with {@code site/templates/newsletter/} and sent to
 * {@code smtpPort} on 127.0.0.1 in plain SMTP.
 */
public final class NewsletterDeskForTests implements AutoCloseable {

    public final NewsletterStore store;
    public final Subscriptions subscriptions;
    private final MailTemplates templates;

    public NewsletterDeskForTests(Catalog catalog, Path data, int smtpPort) {
        store = NewsletterStore.open(new StoreLocation.Embedded(data));
        SmtpMailTransport transport = new SmtpMailTransport(new SmtpSettings(
                java.net.URI.create("smtp://127.0.0.1:" + smtpPort), SmtpSettings.Starttls.OFF, null, null));
        SiteTemplates site = new SiteTemplates(Path.of("site"));
        templates = (name, model) -> new RenderedMail(
                site.render("newsletter/" + name + ".html.ftl", Map.of("mail", model)),
                site.render("newsletter/" + name + ".txt.ftl", Map.of("mail", model)));
        subscriptions = new Subscriptions(store, transport,
                new MailComposer(transport.session(), Sender.of(catalog.site().newsletter(), catalog.site().baseUrl())),
                templates, catalog.site().newsletter(), () -> catalog, Clock.systemUTC());
    }

    /** Editions of the catalog asked for, every section, no ranking, no note: the editors' preview. */
    public NewsletterPreview preview() {
        return (catalog, edition) -> templates.render(MailTemplates.EDITION, new EditionMail(
                new EditionBuilder().build(catalog, edition,
                        EditionBuilder.asOf(edition, catalog.site().timeZone(), Instant.MAX), List.of(), Optional.empty()),
                "https://kiosk.example.jp/unsubscribe", "https://kiosk.example.jp/topics"));
    }

    @Override
    public void close() throws InterruptedException {
        subscriptions.close();
        store.close();
    }
}
