package kiosk.newsletter;

/**
 * The newsletter's URLs on the Kiosk server. The links in mails point to the pages; the one-click
 * unsubscribe POST of RFC 8058 goes to the unsubscribe page's own URL.
 */
public final class Links {

    /** {@code POST}: a signup (form or JSON). */
    public static final String SUBSCRIPTIONS = "/api/newsletter/subscriptions";
    /** {@code GET}: the page with the confirm button; {@code POST}: confirm. */
    public static final String CONFIRM = "/api/newsletter/confirm";
    /** {@code GET}: the page with the unsubscribe button; {@code POST}: unsubscribe (also one-click). */
    public static final String UNSUBSCRIBE = "/api/newsletter/unsubscribe";
    /** {@code GET}: the page to choose topics; {@code POST}: save them. */
    public static final String TOPICS = "/api/newsletter/topics";
    /** The signed link's query parameter. */
    public static final String TOKEN = "token";

    private Links() {
    }

    /** {@code path?token=...}: tokens are URL-safe (Base64url and dots), so nothing needs encoding. */
    public static String withToken(String path, String token) {
        return path + "?" + TOKEN + "=" + token;
    }
}
