/**
 * The newsletter (メールマガジン, issue 17): readers sign up with double opt-in, and editions built from
 * the content are sent to confirmed subscribers through SMTP.
 *
 * <p>Sub-packages: {@code signup} takes readers' requests
 * (double opt-in, signed links), {@code store} keeps subscribers, editions and deliveries (SQLite under the data
 * directory, or PostgreSQL shared by replicas; schema by Flyway), {@code mail} composes MIME mails and
 * talks SMTP, {@code edition} builds an edition's model from a catalog, {@code send} sends an edition
 * once to each subscriber, surviving a crash.
 *
 * <p>Knows content and catalog, never the API, the site or the command line: the HTTP layer calls
 * {@link kiosk.newsletter.signup.Subscriptions}, the command line wires the templates in. An address is
 * personal data: it is never logged, never put in an exception message and never leaves the store
 * except in the mail sent to it ({@link kiosk.newsletter.EmailAddress#toString()} hides it).
 */
package kiosk.newsletter;
