package kiosk.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed links: {@code purpose.subscriber.issued.signature}, the signature an HMAC-SHA256 over the rest
 * with a key kept in the store (so every replica sharing the store checks the others' tokens). Nobody
 * can unsubscribe, confirm or change another reader's topics by guessing: a token names a random
 * subscriber reference and is signed for one purpose. Signatures are compared in constant time.
 *
 * <p>Confirmation tokens lapse after {@link #CONFIRMATION_LIFETIME}; unsubscribe and topics tokens stay
 * valid for as long as the subscriber exists, since they are in every mail ever sent.
 */
public final class Tokens {

    public enum Purpose {
        CONFIRM("c"), UNSUBSCRIBE("u"), TOPICS("t");

        final String code;

        Purpose(String code) {
            this.code = code;
        }
    }

    public static final Duration CONFIRMATION_LIFETIME = Duration.ofDays(7);
    private static final String HMAC = "HmacSHA256";
    /** 128 bits of the signature are plenty against guessing and keep links short. */
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    public Tokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the signing key must have at least 256 bits");
        }
        this.key = new SecretKeySpec(key.clone(), HMAC);
    }

    public String issue(Purpose purpose, String subscriber, Instant now) {
        String payload = purpose.code + "." + subscriber + "." + Long.toString(now.getEpochSecond(), 36);
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The subscriber reference a valid token of {@code purpose} names, or empty. */
    public Optional<String> verify(String token, Purpose purpose, Instant now) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int lastDot = token.lastIndexOf('.');
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals(purpose.code)) {
            return Optional.empty();
        }
        byte[] presented;
        try {
            presented = Base64.getUrlDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(sign(token.substring(0, lastDot)), presented)) {
            return Optional.empty();
        }
        if (purpose == Purpose.CONFIRM) {
            Instant issued;
            try {
                issued = Instant.ofEpochSecond(Long.parseLong(parts[2], 36));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (issued.plus(CONFIRMATION_LIFETIME).isBefore(now)) {
                return Optional.empty();
            }
        }
        return Optional.of(parts[1]);
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)), SIGNATURE_BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java platform has " + HMAC, e);
        }
    }
}
