package kiosk.newsletter.store;

/**
 * What a signup request led to in the store; the reader's answer is the same whatever it is.
 *
 * @param subscriber the subscriber's reference, or null when {@link Kind#LIMITED}
 */
public record SignupResult(Kind kind, String subscriber) {

    public enum Kind {
        /** New, pending or left before: send the confirmation link. */
        CONFIRM,
        /** Confirmed already: tell the address, and how to change its topics. */
        ALREADY_SUBSCRIBED,
        /** The address had its share of signup mails in the window: send nothing. */
        LIMITED
    }
}
