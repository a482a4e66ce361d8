package kiosk.newsletter.signup;

/** What following a signed link did. */
public enum TokenOutcome {
    DONE,
    /** Forged, expired, or for a subscriber it no longer applies to: the same answer for all. */
    INVALID
}
