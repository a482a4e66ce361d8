package kiosk.newsletter.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Where mails go: an SMTP server, or a folder of {@code .eml} files where there is none. */
public interface MailTransport {

    /** The session to build messages in. */
    Session session();

    /** A connection for a batch of mails; closed after the batch. */
    MailConnection connect() throws MailFailure;

    /** One connection to the server, used by one thread. */
    interface MailConnection extends AutoCloseable {

        /**
         * Sends one message to one address.
         *
         * @param beforeCommit runs once the whole message is with the server and just before the SMTP
         *                     transaction commits (the final dot of DATA): whatever it records
         *                     durably happened before the server could have the mail. If it throws, the
         *                     connection is dropped and the server discards the mail.
         * @throws MailFailure when the server did not accept it
         */
        void send(MimeMessage message, Runnable beforeCommit) throws MailFailure;

        @Override
        void close();
    }
}
