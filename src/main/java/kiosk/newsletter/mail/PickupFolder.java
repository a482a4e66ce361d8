package kiosk.newsletter.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.UUID;

/**
 * Mails written as {@code .eml} files into a folder instead of sent: what {@code kiosk serve} does with
 * confirmation mails when no SMTP server is configured, so that signing up can be tried on a laptop.
 * Each file appears whole (written aside, then renamed).
 */
public final class PickupFolder implements MailTransport {

    private final Path folder;
    private final Session session = Session.getInstance(new Properties());

    public PickupFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public MailConnection connect() {
        return new MailConnection() {
            @Override
            public void send(MimeMessage message, Runnable beforeCommit) throws MailFailure {
                try {
                    Files.createDirectories(folder);
                    String name = UUID.randomUUID().toString();
                    Path partial = folder.resolve(name + ".part");
                    try (OutputStream out = Files.newOutputStream(partial)) {
                        message.saveChanges();
                        message.writeTo(out);
                    }
                    beforeCommit.run();
                    Files.move(partial, folder.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException | MessagingException e) {
                    throw MailFailure.transientFailure(e.getClass().getSimpleName());
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
