package kiosk.newsletter.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import kiosk.newsletter.EmailAddress;

/**
 * Builds the MIME mails the newsletter sends: {@code multipart/alternative} with a UTF-8 plain-text part
 * first and the HTML part last (clients show the last one they can), subjects encoded for Japanese.
 * Mails of the list carry RFC 2369's {@code List-Unsubscribe} and RFC 8058's
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}, so a mail client's unsubscribe button
 * works with one POST; the server that relays them must sign those headers with DKIM, as RFC 8058 asks.
 */
public final class MailComposer {

    private final Session session;
    private final Sender sender;

    public MailComposer(Session session, Sender sender) {
        this.session = session;
        this.sender = sender;
    }

    public Sender sender() {
        return sender;
    }

    /**
     * @param unsubscribe the one-click unsubscribe URL, or null for a mail that is not of the list (a
     *                    confirmation request)
     * @param messageId   the local part of the {@code Message-ID}: the same for every attempt at one mail,
     *                    so a receiver that sees it twice can tell
     */
    public MimeMessage compose(EmailAddress to, String subject, RenderedMail body, String unsubscribe, String messageId,
                               Instant date) {
        try {
            MimeMessage message = new FixedIdMessage(session, "<" + messageId + "@" + sender.listId() + ">");
            message.setFrom(sender.from());
            if (sender.replyTo() != null) {
                message.setReplyTo(new InternetAddress[] {sender.replyTo()});
            }
            InternetAddress recipient = new InternetAddress();
            recipient.setAddress(to.value()); // checked by EmailAddress; parsing again could put it in an exception
            message.setRecipient(Message.RecipientType.TO, recipient);
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(date));
            message.setHeader("List-Id", MimeUtility.encodeWord(sender.name(), "UTF-8", "B") + " <" + sender.listId() + ">");
            if (unsubscribe != null) {
                message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(body.html(), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            message.setContent(alternative);
            message.saveChanges();
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            // only malformed input gets here, and the input is ours (addresses were checked on the way in)
            throw new IllegalStateException("cannot compose a mail: " + e.getClass().getSimpleName(), e);
        }
    }

    /** A message whose {@code Message-ID} is chosen, not made up anew by every {@code saveChanges}. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
