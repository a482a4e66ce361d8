package kiosk.newsletter.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.util.Objects;
import kiosk.content.NewsletterConfig;

/**
 * Who the newsletter's mails come from, and where its links point.
 *
 * @param from      the sender
 * @param replyTo   where replies go, or null
 * @param name      the newsletter's name, for subjects and {@code List-Id}
 * @param listId    {@code List-Id}'s identifier, such as {@code newsletter.kiosk.example.jp}
 * @param linksBase the origin the links in mails point to (the Kiosk server answering
 *                  {@code /api/newsletter/...}), ending with a slash
 */
public record Sender(InternetAddress from, InternetAddress replyTo, String name, String listId, URI linksBase) {

    public Sender {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(linksBase, "linksBase");
    }

    /**
     * From site.yaml's newsletter block; links point to {@code linksBase}.
     *
     * @throws IllegalArgumentException when {@code from} or {@code replyTo} is not an address
     */
    public static Sender of(NewsletterConfig config, URI linksBase) {
        String base = linksBase.toString().endsWith("/") ? linksBase.toString() : linksBase + "/";
        return new Sender(address("from", config.from()), config.replyTo() == null ? null : address("replyTo", config.replyTo()),
                config.name(), "newsletter." + URI.create(base).getHost(), URI.create(base));
    }

    /** The absolute URL of a path under the links' origin, such as {@code api/newsletter/confirm?token=...}. */
    public String link(String path) {
        return linksBase.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }

    private static InternetAddress address(String key, String text) {
        try {
            InternetAddress address = new InternetAddress(text, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("site.yaml: newsletter." + key + " is not a mail address such as"
                    + " 週刊キオスク <news@kiosk.example.jp>: " + text);
        }
    }
}
