package kiosk.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kiosk.content.check.Messages;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.load.LoadResult;
import kiosk.live.ContentSource;
import kiosk.newsletter.edition.Edition;
import kiosk.newsletter.edition.EditionBuilder;
import kiosk.newsletter.edition.EditionException;
import kiosk.newsletter.mail.MailComposer;
import kiosk.newsletter.mail.MailTemplates;
import kiosk.newsletter.mail.RenderedMail;
import kiosk.newsletter.mail.Sender;
import kiosk.newsletter.mail.SmtpMailTransport;
import kiosk.newsletter.mail.SmtpSettings;
import kiosk.newsletter.send.EditionSender;
import kiosk.newsletter.send.SendOptions;
import kiosk.newsletter.send.SendReport;
import kiosk.newsletter.store.NewsletterStore;
import kiosk.newsletter.store.StoreException;
import kiosk.newsletter.store.StoreLocation;
import kiosk.ranking.ViewStore;
import kiosk.ranking.ViewStoreConfig;
import kiosk.ranking.ViewStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kiosk newsletter}: an edition previewed as files, or sent to every confirmed subscriber. */
@Command(name = "newsletter", mixinStandardHelpOptions = true,
        description = "The newsletter: 'preview' writes an edition's HTML and text mail, 'send' mails it.",
        subcommands = {NewsletterCommand.PreviewCommand.class, NewsletterCommand.SendCommand.class})
final class NewsletterCommand {

    /** What both subcommands read: the content, the site's templates, the edition's date, the view counts. */
    static final class EditionOptions {

        @Mixin
        ContentOption content;

        @Option(names = "--site", paramLabel = "DIR", defaultValue = "site",
                description = "The site folder; mails use templates/newsletter/ (default: ${DEFAULT-VALUE}).")
        Path site;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
                description = "Where kiosk serve keeps view counts (the week's ranking) and, without --newsletter-store,"
                        + " the subscribers (newsletter.db) (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--views-store", paramLabel = "URL",
                description = "Read the week's ranking from this Redis (as kiosk serve --views-store) instead of --data.")
        URI viewsStore;

        /** A catalog published as of an edition, and the edition's date. */
        record Loaded(Catalog catalog, LocalDate date) {
        }

        /**
         * The published catalog as of the edition of {@code date} (today in the site's time zone when null),
         * or empty when the content has errors (reported).
         */
        Optional<Loaded> catalog(LocalDate date, Instant now, PrintWriter err) {
            LoadResult result = new ContentSource(content.folder).load();
            if (result.hasErrors()) {
                Messages messages = Messages.forLanguage(result.content().site().language());
                CheckCommand.report(result, messages, err);
                err.println(messages.text("newsletter.refused"));
                err.flush();
                return Optional.empty();
            }
            ZoneId zone = result.content().site().timeZone();
            LocalDate day = date != null ? date : LocalDate.ofInstant(now, zone);
            return Optional.of(new Loaded(new CatalogBuilder().published(result.content(), EditionBuilder.asOf(day, zone, now)),
                    day));
        }

        Optional<Edition> edition(Catalog catalog, LocalDate date, PrintWriter err) {
            List<String> weekViews;
            ViewStoreConfig views = viewsStore == null ? new ViewStoreConfig.Embedded(data) : new ViewStoreConfig.Redis(viewsStore);
            try (ViewStore store = views.open()) {
                weekViews = Newsletters.weekViews(store, catalog, catalog.asOf());
            } catch (ViewStoreException e) {
                err.println("kiosk newsletter: the ranking is left out: cannot read view counts (" + e.getMessage() + ")");
                weekViews = List.of();
            }
            return Newsletters.edition(catalog, content.folder, date, catalog.asOf(), weekViews, err);
        }
    }

    @Command(name = "preview", mixinStandardHelpOptions = true,
            description = {"Writes an edition as its subscribers would get it, every section included:",
                    "<out>/<date>.html and <date>.txt. Nothing is sent. Exits 1 when the content or the note has errors."})
    static final class PreviewCommand implements Callable<Integer> {

        @Mixin
        EditionOptions edition;

        @Option(names = "--edition", paramLabel = "DATE", description = "The edition's date, such as 2026-11-24 (default: today).")
        LocalDate date;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/newsletter",
                description = "Where the files go (default: ${DEFAULT-VALUE}).")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            Optional<EditionOptions.Loaded> loaded = edition.catalog(date, Clock.systemUTC().instant(), err);
            if (loaded.isEmpty()) {
                return 1;
            }
            Catalog catalog = loaded.get().catalog();
            LocalDate day = loaded.get().date();
            try {
                Newsletters.config(catalog);
                Optional<Edition> built = edition.edition(catalog, day, err);
                if (built.isEmpty()) {
                    return 1;
                }
                RenderedMail mail = Newsletters.render(Newsletters.templates(edition.site), built.get(),
                        Newsletters.sender(catalog.site()));
                Files.createDirectories(out);
                Path html = Files.writeString(out.resolve(day + ".html"), mail.html());
                Path text = Files.writeString(out.resolve(day + ".txt"), mail.text());
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.println("subject: " + built.get().subject());
                stdout.println(html);
                stdout.println(text);
                stdout.flush();
                return 0;
            } catch (IllegalArgumentException | EditionException e) {
                err.println("kiosk newsletter preview: " + e.getMessage());
                err.flush();
                return 1;
            }
        }
    }

    @Command(name = "send", mixinStandardHelpOptions = true,
            description = {"Sends an edition to every confirmed subscriber through SMTP, each exactly once: killed",
                    "and run again with the same --edition, it carries on where it stopped and mails nobody twice.",
                    "Exits 0 when every subscriber was tried, 1 when some are left for a rerun or nothing could be sent."})
    static final class SendCommand implements Callable<Integer> {

        @Mixin
        EditionOptions edition;

        @Option(names = "--edition", paramLabel = "DATE", required = true, description = "The edition's date, such as 2026-11-24.")
        LocalDate date;

        @Option(names = "--newsletter-store", paramLabel = "URL", defaultValue = "${env:KIOSK_NEWSLETTER_STORE}",
                description = "The subscribers in PostgreSQL (postgresql://user:password@host:5432/db), as the servers"
                        + " use them; default: the KIOSK_NEWSLETTER_STORE environment variable, else newsletter.db in --data.")
        String store;

        @Mixin
        SmtpOptions smtp;

        @Option(names = "--rate", paramLabel = "MAILS_PER_SECOND", defaultValue = "" + SendOptions.DEFAULT_RATE,
                description = "Mails a second at most (default: ${DEFAULT-VALUE}; 0 for as fast as the server takes them).")
        double rate;

        @Option(names = "--batch", paramLabel = "MAILS", defaultValue = "" + SendOptions.DEFAULT_BATCH,
                description = "Mails per SMTP connection (default: ${DEFAULT-VALUE}).")
        int batch;

        @Option(names = "--attempts", paramLabel = "N", defaultValue = "5",
                description = "Tries of a mail that fails transiently, waiting 1, 2, 4... s between them, before it is"
                        + " left for a rerun (default: ${DEFAULT-VALUE}).")
        int attempts;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter stdout = spec.commandLine().getOut();
            Clock clock = Clock.systemUTC();
            Optional<EditionOptions.Loaded> loaded = edition.catalog(date, clock.instant(), err);
            if (loaded.isEmpty()) {
                return 1;
            }
            Catalog catalog = loaded.get().catalog();
            try {
                SmtpSettings settings = smtp.settings(Newsletters.config(catalog));
                if (settings == null) {
                    err.println("kiosk newsletter send: no SMTP server: give --smtp smtp://host:587 or newsletter.smtp in site.yaml");
                    err.flush();
                    return 2;
                }
                Optional<Edition> built = edition.edition(catalog, date, err);
                if (built.isEmpty()) {
                    return 1;
                }
                MailTemplates templates = Newsletters.templates(edition.site);
                Sender sender = Newsletters.sender(catalog.site());
                SmtpMailTransport transport = new SmtpMailTransport(settings);
                SendOptions options = new SendOptions(rate, batch, attempts, SendOptions.defaults().firstBackoff());
                try (NewsletterStore subscribers = NewsletterStore.open(StoreLocation.of(store, edition.data))) {
                    SendReport report = new EditionSender(subscribers, transport, new MailComposer(transport.session(), sender),
                            templates, options, clock).send(built.get());
                    stdout.println("edition " + date + ": " + report.summary());
                    stdout.flush();
                    return report.deferred() == 0 ? 0 : 1;
                }
            } catch (EditionSender.SendStopped e) {
                err.println("kiosk newsletter send: stopped: " + e.getMessage() + "; rerun the same command to carry on");
                err.flush();
                return 1;
            } catch (IllegalArgumentException | EditionException | StoreException e) {
                err.println("kiosk newsletter send: " + e.getMessage());
                err.flush();
                return 1;
            }
        }
    }
}
