package kiosk.site.templates;

import java.util.List;

/**
 * The newsletter's signup form, on every page of a site that has the newsletter and an API to post to.
 *
 * @param name    the newsletter's name
 * @param consent what a reader agrees to by signing up, from site.yaml
 * @param action  where the form posts: the API's signup URL
 * @param page    the newsletter's page, with topics and what happens next
 * @param topics  the sections a reader may choose
 */
public record NewsletterForm(String name, String consent, String action, String page, List<Topic> topics) {

    public NewsletterForm {
        topics = List.copyOf(topics);
    }

    /** A section a reader may choose: its slug is the form's value. */
    public record Topic(String slug, String label) {
    }
}
