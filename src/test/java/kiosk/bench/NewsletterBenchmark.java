package kiosk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.load.ContentLoader;
import kiosk.newsletter.EmailAddress;
import kiosk.newsletter.edition.Edition;
import kiosk.newsletter.edition.EditionBuilder;
import kiosk.newsletter.edition.EditionMail;
import kiosk.newsletter.mail.MailComposer;
import kiosk.newsletter.mail.MailTemplates;
import kiosk.newsletter.mail.MailTransport;
import kiosk.newsletter.mail.RenderedMail;
import kiosk.newsletter.mail.Sender;
import kiosk.newsletter.mail.SmtpMailTransport;
import kiosk.newsletter.mail.SmtpSettings;
import kiosk.newsletter.send.EditionSender;
import kiosk.newsletter.send.SendOptions;
import kiosk.newsletter.send.SendReport;
import kiosk.newsletter.store.NewsletterStore;
import kiosk.newsletter.store.StoreLocation;
import kiosk.site.bake.SiteTemplates;
import kiosk.testing.SmtpSink;

/**
 * Benchmark of issue 17, not a test: the sample magazine's edition sent to N subscribers (default
 * 100,000) through a local SMTP sink, as {@code kiosk newsletter send} sends it (each recipient recorded
 * in SQLite before the dot, fsynced), beside a baseline in the same run: the same mails, composed the
 * same way, over the same kind of connection in batches, with no store and no bookkeeping.
 *
 * <p>Arguments: data directory, subscriber count, baseline mail count.
 */
public final class NewsletterBenchmark {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "target/newsletter-bench");
        int subscribers = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int baselineMails = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        Catalog catalog = new CatalogBuilder().published(ContentLoader.load(Path.of("content")).content(),
                Instant.parse("2026-11-25T03:00:00Z"));
        SiteTemplates site = new SiteTemplates(Path.of("site"));
        MailTemplates templates = (name, model) -> new RenderedMail(
                site.render("newsletter/" + name + ".html.ftl", Map.of("mail", model)),
                site.render("newsletter/" + name + ".txt.ftl", Map.of("mail", model)));
        Edition edition = new EditionBuilder().build(catalog, LocalDate.parse("2026-11-24"),
                catalog.asOf(), List.of(), Optional.empty());
        Sender sender = Sender.of(catalog.site().newsletter(), catalog.site().baseUrl());

        try (SmtpSink sink = SmtpSink.counting()) {
            SmtpMailTransport transport = new SmtpMailTransport(new SmtpSettings(
                    URI.create("smtp://127.0.0.1:" + sink.port()), SmtpSettings.Starttls.OFF, null, null));
            MailComposer composer = new MailComposer(transport.session(), sender);

            baseline(transport, composer, templates, edition, 2_000); // warm-up
            long started = System.nanoTime();
            baseline(transport, composer, templates, edition, baselineMails);
            double baselineRate = baselineMails / ((System.nanoTime() - started) / 1e9);
            System.out.printf("baseline: %,d raw SMTP transactions (composed alike, batches of %d, no store): %,.0f mails/s%n",
                    baselineMails, SendOptions.DEFAULT_BATCH, baselineRate);

            fill(data, subscribers);
            long heapBefore = usedHeapAfterGc();
            resetPeaks();
            try (NewsletterStore store = NewsletterStore.open(new StoreLocation.Embedded(data))) {
                SendReport report = new EditionSender(store, transport, composer, templates,
                        new SendOptions(0, SendOptions.DEFAULT_BATCH, 5, java.time.Duration.ofSeconds(1)), Clock.systemUTC())
                        .send(edition);
                double rate = report.sent() / (report.took().toNanos() / 1e9);
                System.out.printf("kiosk newsletter send: %,d mails in %.1f s: %,.0f mails/s (%.2f of the baseline);"
                                + " sink counted %,d; %s%n", report.sent(), report.took().toNanos() / 1e9, rate,
                        rate / baselineRate, sink.count(), report.totals());
            }
            System.out.printf("heap: %d MB used before the send (after GC), peak %d MB during it (-Xmx %d MB)%n",
                    heapBefore >> 20, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** The mails of {@code count} recipients over connections of 100, without any store. */
    private static void baseline(MailTransport transport, MailComposer composer, MailTemplates templates, Edition edition,
                                 int count) throws Exception {
        RenderedMail body = templates.render(MailTemplates.EDITION, new EditionMail(edition, "https://u", "https://t"));
        MailTransport.MailConnection connection = null;
        for (int i = 0; i < count; i++) {
            if (i % SendOptions.DEFAULT_BATCH == 0) {
                if (connection != null) {
                    connection.close();
                }
                connection = transport.connect();
            }
            EmailAddress to = EmailAddress.parse("baseline" + i + "@example.jp").orElseThrow();
            connection.send(composer.compose(to, edition.subject(), body.replace("https://u", "https://u/" + i),
                    "https://u/" + i, "baseline." + i, Instant.now()), () -> { });
        }
        connection.close();
    }

    /** {@code count} confirmed subscribers in one transaction, straight into a fresh store. */
    private static void fill(Path data, int count) throws Exception {
        java.nio.file.Files.createDirectories(data);
        java.nio.file.Files.deleteIfExists(data.resolve(StoreLocation.Embedded.FILE_NAME));
        java.nio.file.Files.deleteIfExists(data.resolve(StoreLocation.Embedded.FILE_NAME + "-wal"));
        java.nio.file.Files.deleteIfExists(data.resolve(StoreLocation.Embedded.FILE_NAME + "-shm"));
        NewsletterStore.open(new StoreLocation.Embedded(data)).close();
        Random random = new Random(17);
        try (Connection connection = DriverManager.getConnection(new StoreLocation.Embedded(data).jdbcUrl())) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO subscribers (ref, address, status, topics, requested_topics, created_at, changed_at,
                                             mails_since, mails_in_window) VALUES (?, ?, 'confirmed', ?, '', 0, 0, 0, 1)""")) {
                byte[] ref = new byte[16];
                for (int i = 0; i < count; i++) {
                    random.nextBytes(ref);
                    insert.setString(1, Base64.getUrlEncoder().withoutPadding().encodeToString(ref));
                    insert.setString(2, "reader" + i + "@example.jp");
                    insert.setString(3, i % 4 == 0 ? "business,world" : "");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
