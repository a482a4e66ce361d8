package kiosk.newsletter.signup;

/**
 * The templates' model of the mail asking to confirm a signup.
 *
 * @param confirm the page with the confirm button
 * @param consent what the reader agrees to, from site.yaml
 */
public record ConfirmMail(String name, String site, String siteUrl, String confirm, String consent) {
}
