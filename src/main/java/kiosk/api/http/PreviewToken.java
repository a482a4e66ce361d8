package kiosk.api.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * The secret that lets editors see drafts and scheduled articles. Only its SHA-256 digest is kept,
 * and a presented token is compared digest to digest with {@link MessageDigest#isEqual}, whose time
 * does not depend on where the bytes differ: a client cannot find the token a character at a time by
 * timing answers, nor learn its length.
 */
public final class PreviewToken {

    /** Shorter tokens could be guessed by trying; 16 random characters are beyond reach. */
    public static final int MIN_LENGTH = 16;
    /** What a cookie value may hold without quoting, and a URL query without encoding. */
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._~-]*");

    private final byte[] digest;

    private PreviewToken(byte[] digest) {
        this.digest = digest;
    }

    /**
     * @throws IllegalArgumentException when the token is shorter than {@link #MIN_LENGTH} or holds
     *                                  characters other than letters, digits and {@code . _ ~ -}
     */
    public static PreviewToken of(String token) {
        if (token.length() < MIN_LENGTH || !ALLOWED.matcher(token).matches()) {
            throw new IllegalArgumentException("the preview token must be at least " + MIN_LENGTH
                    + " letters, digits or . _ ~ - characters: use random ones, such as the output of"
                    + " `openssl rand -hex 16`");
        }
        return new PreviewToken(sha256(token));
    }

    /** Whether {@code presented} is the token, in time independent of their contents. */
    public boolean matches(String presented) {
        return MessageDigest.isEqual(digest, sha256(presented));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
