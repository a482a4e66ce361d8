package kiosk.newsletter.store;

import kiosk.newsletter.EmailAddress;
import kiosk.newsletter.Topics;

/** A confirmed subscriber an edition still has to reach. */
public record Recipient(String subscriber, EmailAddress address, Topics topics) {
}
