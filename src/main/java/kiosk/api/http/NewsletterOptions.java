package kiosk.api.http;

import java.util.Objects;
import kiosk.newsletter.signup.Subscriptions;

/**
 * How the server takes newsletter signups and follows the links in its mails.
 *
 * @param subscriptions   what a signup and a link do
 * @param signupsPerHour  signups one client address may send an hour after a burst of {@code burst}; more get 429
 * @param burst           signups one client address may send at once (a family or an office behind one address)
 * @param preview         renders an edition for editors at {@code /preview/newsletter/}, or null
 */
public record NewsletterOptions(Subscriptions subscriptions, double signupsPerHour, int burst,
                                NewsletterPreview preview) {

    public static final double DEFAULT_SIGNUPS_PER_HOUR = 20;
    public static final int DEFAULT_BURST = 5;

    public NewsletterOptions {
        Objects.requireNonNull(subscriptions, "subscriptions");
        if (!(signupsPerHour > 0) || burst < 1) {
            throw new IllegalArgumentException("signupsPerHour and burst must be positive");
        }
    }
}
