package kiosk.newsletter.edition;

/**
 * What an edition's templates get as {@code mail}: the edition and the recipient's own links.
 *
 * @param unsubscribe the one-click unsubscribe page
 * @param topics      the page to change topics
 */
public record EditionMail(Edition edition, String unsubscribe, String topics) {
}
