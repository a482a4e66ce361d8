package kiosk.newsletter;

import java.util.Locale;

/** Where a subscriber stands; only {@link #CONFIRMED} ones receive editions. */
public enum SubscriberStatus {
    /** Signed up, confirmation link not yet followed. */
    PENDING,
    CONFIRMED,
    /** Left; the address itself is erased. */
    UNSUBSCRIBED,
    /** An SMTP server refused the address permanently; a new signup starts over. */
    BOUNCED;

    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubscriberStatus parse(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
