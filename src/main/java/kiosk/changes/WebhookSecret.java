package kiosk.changes;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret webhooks are signed with, as the Standard Webhooks specification has it: {@code whsec_}
 * and the base64 of 24 to 64 random bytes. A receiver checks {@code webhook-signature}, which is
 * {@code v1,} and the base64 of HMAC-SHA256 over {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
public final class WebhookSecret {

    private static final String PREFIX = "whsec_";
    private static final int MIN_BYTES = 24;
    private static final int MAX_BYTES = 64;

    private final SecretKeySpec key;

    private WebhookSecret(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** @throws IllegalArgumentException saying what is wrong with {@code text} and how to make a good one */
    public static WebhookSecret of(String text) {
        String how = "make one with: echo whsec_$(openssl rand -base64 32)";
        if (text == null || !text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX + ": " + how);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is " + PREFIX + " and base64: " + how, e);
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new IllegalArgumentException("a webhook secret holds " + MIN_BYTES + " to " + MAX_BYTES
                    + " random bytes, this one " + key.length + ": " + how);
        }
        return new WebhookSecret(key);
    }

    /** The {@code webhook-signature} header of a message. */
    public String signature(String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
