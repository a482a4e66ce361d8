package kiosk.newsletter.mail;

/**
 * Renders a mail with the site's templates (the command line adapts the site's template engine to it):
 * {@code name} is one of {@link #EDITION}, {@link #CONFIRM} and {@link #ALREADY_SUBSCRIBED}; the
 * templates get {@code model} as {@code mail}.
 */
@FunctionalInterface
public interface MailTemplates {

    String EDITION = "edition";
    String CONFIRM = "confirm";
    String ALREADY_SUBSCRIBED = "subscribed";

    RenderedMail render(String name, Object model);
}
