package kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosk.newsletter.EmailAddress;
import kiosk.newsletter.SubscriberStatus;
import kiosk.newsletter.Topics;
import kiosk.newsletter.store.DeliveryState;
import kiosk.newsletter.store.NewsletterStore;
import kiosk.newsletter.store.StoreLocation;
import kiosk.testing.MailServer;
import kiosk.testing.SampleContent;
import kiosk.testing.SmtpSink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kiosk newsletter send}, run in-process as users run it, against GreenMail's SMTP server: the
 * mails' MIME structure, headers and links, each subscriber mailed once across reruns, topics, and
 * failures (a server that is down, then back; a recipient refused for good).
 */
class NewsletterSendTest {

    static final String EDITION = "2026-11-24";

    @TempDir
    Path temp;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    /** Confirmed subscribers {@code reader0@example.jp}...; the first takes business only. */
    static List<String> subscribe(Path data, int count) {
        List<String> addresses = new ArrayList<>();
        try (NewsletterStore store = NewsletterStore.open(new StoreLocation.Embedded(data))) {
            for (int i = 0; i < count; i++) {
                String address = "reader" + i + "@example.jp";
                String ref = store.signup(EmailAddress.parse(address).orElseThrow(),
                        i == 0 ? new Topics(Set.of("business")) : Topics.ALL, Instant.now()).subscriber();
                store.confirm(ref, Instant.now());
                addresses.add(address);
            }
        }
        return addresses;
    }

    static int send(Path data, String smtp, String... more) {
        List<String> arguments = new ArrayList<>(List.of("newsletter", "send", "--edition", EDITION,
                "--content", SampleContent.folder().toString(), "--site", "site", "--data", data.toString(),
                "--smtp", smtp, "--smtp-starttls", "off", "--rate", "0"));
        arguments.addAll(List.of(more));
        CommandLine command = Main.commandLine();
        StringWriter out = new StringWriter();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(out));
        int exit = command.execute(arguments.toArray(String[]::new));
        System.out.println(out);
        return exit;
    }

    private MailServer smtp() {
        MailServer server = MailServer.start();
        opened.add(server);
        return server;
    }

    @Test
    void send_mailsEveryConfirmedSubscriberOnce_asMultipartWithOneClickUnsubscribe() throws Exception {
        MailServer smtp = smtp();
        Path data = temp.resolve("data");
        List<String> addresses = subscribe(data, 5);

        assertThat(send(data, smtp.url())).isZero();
        assertThat(smtp.deliveredByAddress()).isEqualTo(Map.of(addresses.get(0), 1, addresses.get(1), 1, addresses.get(2), 1,
                addresses.get(3), 1, addresses.get(4), 1));
        assertThat(send(data, smtp.url())).as("a rerun of a finished edition").isZero();
        assertThat(smtp.total()).isEqualTo(5);
        try (NewsletterStore store = NewsletterStore.open(new StoreLocation.Embedded(data))) {
            assertThat(store.deliveryCounts(EDITION)).isEqualTo(Map.of(DeliveryState.SENT, 5L));
        }

        MimeMessage mail = mailTo(smtp, addresses.get(1));
        assertThat(MimeUtility.decodeText(mail.getHeader("Subject", null))).startsWith("【メールマガジン】2026年11月24日");
        assertThat(mail.getFrom()[0].toString()).contains("newsletter@kiosk.example.jp");
        assertThat(mail.getHeader("Message-ID", null)).startsWith("<edition-" + EDITION + ".");
        String unsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe).matches("<https://kiosk\\.example\\.jp/api/newsletter/unsubscribe\\?token=u\\.[^>]+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.getHeader("List-Id", null)).endsWith("<newsletter.kiosk.example.jp>");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        Part text = parts.getBodyPart(0);
        Part html = parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");

        Document page = Jsoup.parse((String) html.getContent());
        String unsubscribeUrl = unsubscribe.substring(1, unsubscribe.length() - 1);
        assertThat(page.select("a:contains(配信を停止する)").attr("href")).isEqualTo(unsubscribeUrl);
        assertThat(page.select("a:contains(受け取るセクションを変更する)").attr("href"))
                .startsWith("https://kiosk.example.jp/api/newsletter/topics?token=t.");
        assertThat(page.select("a[href^=https://kiosk.example.jp/articles/]")).isNotEmpty();
        assertThat(page.select("link[rel=stylesheet], script, style")).as("inline CSS only, no script").isEmpty();
        assertThat(page.select("[style]")).hasSizeGreaterThan(10);
        assertThat(page.text()).contains("最新号").contains("ワールド").contains("ビジネス")
                .contains("編集部から").contains("今週号の特集は");
        assertThat(page.select("strong").eachText()).contains("人の仕事はどう変わるのか");
        assertThat((String) text.getContent()).contains("配信を停止する: " + unsubscribeUrl).contains("■ ビジネス");

        Document businessOnly = Jsoup.parse((String) ((Multipart) mailTo(smtp, addresses.get(0)).getContent())
                .getBodyPart(1).getContent());
        assertThat(businessOnly.text()).contains("ビジネス").doesNotContain("■ ワールド");
        assertThat(businessOnly.select("h2 a[href$=/sections/world/]")).isEmpty();
        assertThat(businessOnly.select("h2 a[href$=/sections/business/]")).isNotEmpty();
    }

    @Test
    void send_whileTheServerIsDown_stopsAndLeavesThemForARerun_whichSendsEachOnce() throws Exception {
        MailServer smtp = smtp();
        int port = smtp.port();
        smtp.close();
        Path data = temp.resolve("data");
        List<String> addresses = subscribe(data, 4);

        assertThat(send(data, "smtp://127.0.0.1:" + port, "--attempts", "2")).isEqualTo(1);
        try (NewsletterStore store = NewsletterStore.open(new StoreLocation.Embedded(data))) {
            assertThat(store.deliveryCounts(EDITION)).isEqualTo(Map.of(DeliveryState.RETRY, 3L));
        }

        MailServer back = MailServer.start(port);
        opened.add(back);
        assertThat(send(data, back.url())).isZero();
        assertThat(back.deliveredByAddress()).hasSize(4).allSatisfy((address, count) -> assertThat(count).isEqualTo(1));
        assertThat(back.deliveredByAddress().keySet()).containsExactlyInAnyOrderElementsOf(addresses);
    }

    @Test
    void send_aRecipientRefusedForGood_marksTheAddressBounced_andGoesOn() throws Exception {
        Path data = temp.resolve("data");
        subscribe(data, 3);
        try (SmtpSink server = SmtpSink.refusing("reader1@example.jp")) {
            assertThat(send(data, "smtp://127.0.0.1:" + server.port())).isZero();
            assertThat(server.accepted()).containsExactlyInAnyOrder("reader0@example.jp", "reader2@example.jp");
        }
        try (NewsletterStore store = NewsletterStore.open(new StoreLocation.Embedded(data))) {
            assertThat(store.deliveryCounts(EDITION)).isEqualTo(Map.of(DeliveryState.SENT, 2L, DeliveryState.FAILED, 1L));
            assertThat(store.statusCounts()).isEqualTo(Map.of(SubscriberStatus.CONFIRMED, 2L, SubscriberStatus.BOUNCED, 1L));
        }
    }

    @Test
    void send_logsInWithTheUserAndPassword_andAWrongPasswordStopsBeforeAnyMail() throws Exception {
        MailServer smtp = MailServer.withLogin("kiosk", "right-password");
        opened.add(smtp);
        Path data = temp.resolve("data");
        subscribe(data, 2);

        assertThat(send(data, smtp.url(), "--smtp-user", "kiosk", "--smtp-password", "wrong-password")).isEqualTo(1);
        assertThat(smtp.total()).isZero();
        assertThat(send(data, smtp.url(), "--smtp-user", "kiosk", "--smtp-password", "right-password")).isZero();
        assertThat(smtp.total()).isEqualTo(2);
    }

    private static MimeMessage mailTo(MailServer smtp, String address) throws Exception {
        for (MimeMessage message : smtp.messages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("no mail to " + address);
    }
}
