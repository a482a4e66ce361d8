package kiosk.newsletter.store;

import java.util.Locale;

/** Where one recipient of an edition stands. */
public enum DeliveryState {
    /**
     * Recorded durably just before the SMTP transaction commits (the final dot of DATA): from here on
     * the server may have the mail, so a send that was killed never sends it again.
     */
    HANDED_OVER,
    /** The server accepted it (250). */
    SENT,
    /** A transient failure (4xx, connection lost before the dot): a rerun sends it. */
    RETRY,
    /** A permanent failure (5xx): the address is marked bounced. */
    FAILED;

    String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DeliveryState parse(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
