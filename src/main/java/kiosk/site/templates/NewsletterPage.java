package kiosk.site.templates;

/**
 * A page of the newsletter: {@code kind} {@code signup} is {@code /newsletter/} (the form with topics,
 * and the notices the API sends readers back to); {@code confirm}, {@code unsubscribe} and
 * {@code topics} are the pages a mail's signed link opens, whose form the server fills in with the
 * link's token (and the subscriber's topics) when it answers.
 *
 * @param action where the page's form posts, or null for the signup page (the site's form)
 */
public record NewsletterPage(Head head, String kind, String action) {
}
