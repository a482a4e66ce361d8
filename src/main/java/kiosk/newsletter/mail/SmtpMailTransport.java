package kiosk.newsletter.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Mails through an SMTP server with Angus Mail, one connection per batch. Its transport is Angus Mail's
 * own with one hook: {@link SMTPTransport#finishData()}, which writes the final dot that commits an SMTP
 * transaction, first runs the sender's {@code beforeCommit}. No chunking ({@code BDAT}) is configured,
 * so every message ends that way.
 */
public final class SmtpMailTransport implements MailTransport {

    private static final Runnable NOTHING = () -> { };

    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailTransport(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(settings.sessionProperties());
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public MailConnection connect() throws MailFailure {
        CommitHookTransport transport = new CommitHookTransport(session, settings);
        try {
            transport.connect(settings.server().getHost(), settings.port(), settings.username(), settings.password());
        } catch (MessagingException e) {
            throw MailFailure.of(e, null);
        }
        return new MailConnection() {
            @Override
            public void send(MimeMessage message, Runnable beforeCommit) throws MailFailure {
                transport.beforeCommit = beforeCommit;
                try {
                    message.saveChanges();
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException e) {
                    throw MailFailure.of(e, transport);
                } finally {
                    transport.beforeCommit = NOTHING;
                }
            }

            @Override
            public void close() {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // QUIT after the last mail: every accepted mail is the server's already
                }
            }
        };
    }

    /** Angus Mail's SMTP transport, running a hook before it commits each message. */
    private static final class CommitHookTransport extends SMTPTransport {

        private Runnable beforeCommit = NOTHING;

        CommitHookTransport(Session session, SmtpSettings settings) {
            super(session, new URLName(settings.protocol(), settings.server().getHost(), settings.port(), null,
                    settings.username(), null), settings.protocol(), settings.implicitTls());
        }

        @Override
        protected void finishData() throws IOException, MessagingException {
            beforeCommit.run();
            super.finishData();
        }
    }
}
