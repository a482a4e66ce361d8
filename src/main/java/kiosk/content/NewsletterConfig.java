package kiosk.content;

import java.net.URI;
import java.util.Objects;

/**
 * The newsletter's settings from the {@code newsletter:} block of {@code site.yaml}: what readers are
 * shown and what the mails say. The SMTP password never lives here (the content is a git repository):
 * the operator gives it to {@code kiosk} by environment or flag.
 *
 * @param name     the newsletter's name, in subjects and on the signup form
 * @param from     the sender, such as {@code 週刊キオスク <news@kiosk.example.jp>}
 * @param replyTo  where replies go, or null for {@code from}
 * @param consent  what a reader agrees to by signing up, shown beside every signup form
 * @param smtp     the SMTP server, such as {@code smtp://smtp.example.jp:587}, or null when the operator
 *                 gives it by flag
 * @param starttls {@code required}, {@code optional} or {@code off}; null for the default (required)
 * @param username the SMTP user, or null for a server without authentication
 */
public record NewsletterConfig(String name, String from, String replyTo, String consent, URI smtp, String starttls,
                               String username) {

    public NewsletterConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(consent, "consent");
    }
}
