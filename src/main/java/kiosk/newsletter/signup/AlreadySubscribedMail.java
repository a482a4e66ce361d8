package kiosk.newsletter.signup;

/**
 * The templates' model of the mail answering a signup of an address that is subscribed already: it
 * changes nothing, and says how to change topics or leave.
 */
public record AlreadySubscribedMail(String name, String site, String siteUrl, String topics, String unsubscribe) {
}
