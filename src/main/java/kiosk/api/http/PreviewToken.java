package kiosk.api.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kiosk.content.git.RefName;

/**
 * The secret that lets editors see drafts and scheduled articles. The token itself is not kept: only
 * its SHA-256 digest, to which a presented token is compared with {@link MessageDigest#isEqual} (whose
 * time does not depend on where the bytes differ, so a client cannot find the token a character at a
 * time by timing answers), and a key derived from it that signs the preview cookie.
 *
 * <p>The cookie holds an expiry and its HMAC-SHA256 under that key ({@link #cookie}), never the token:
 * a cookie that leaks (a shared computer, a proxy's log) lapses by itself within the day and reveals
 * nothing that opens the API with the token's header, and a new token voids every cookie.
 *
 * <p>Only strong tokens are taken: at least 128 bits by their length and the kinds of characters they
 * use, and neither repetitive nor sequential. A random token of 32 hexadecimal digits passes; what a
 * person makes up rarely does.
 */
public final class PreviewToken {

    static final int MIN_BITS = 128;
    /** What a cookie value may hold without quoting, and a URL query without encoding. */
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._~-]*");
    private static final String HOW = ": use at least 32 random hexadecimal digits, such as the output of"
            + " `openssl rand -hex 16`";
    /** The kinds of characters a token may use, and how many of each there are. */
    private static final Map<Pattern, Integer> KINDS = Map.of(Pattern.compile("[0-9]"), 10,
            Pattern.compile("[a-z]"), 26, Pattern.compile("[A-Z]"), 26, Pattern.compile("[._~-]"), 4);
    private static final Pattern HEX = Pattern.compile("[0-9a-f]+|[0-9A-F]+");
    private static final int MIN_DISTINCT = 10;
    private static final int MAX_RUN = 7;
    private static final int REPEATED_LENGTH = 5;

    private final byte[] digest;
    private final SecretKeySpec cookieKey;
    /** Signs per-article links; a key of its own, so a link's signature never passes for a cookie's. */
    private final SecretKeySpec linkKey;

    /**
     * What a signed preview link lets its holder see until it expires: one article, its page and what
     * that page shows, as the work tree has it or, when {@code ref} is not null, as that git ref has it
     * when the page is opened (a branch that moves shows its newer commits).
     */
    public record Link(String slug, Instant expires, RefName ref) {

        /** A link to the article as the work tree has it. */
        public Link(String slug, Instant expires) {
            this(slug, expires, null);
        }
    }

    private PreviewToken(byte[] digest, byte[] cookieKey, byte[] linkKey) {
        this.digest = digest;
        this.cookieKey = new SecretKeySpec(cookieKey, "HmacSHA256");
        this.linkKey = new SecretKeySpec(linkKey, "HmacSHA256");
    }

    /** @throws IllegalArgumentException naming what makes the token weak, and how to make a strong one */
    public static PreviewToken of(String token) {
        String weakness = weakness(token);
        if (weakness != null) {
            throw new IllegalArgumentException("the preview token is too weak: " + weakness + HOW);
        }
        return new PreviewToken(sha256("token\0" + token), sha256("preview cookie key\0" + token),
                sha256("preview link key\0" + token));
    }

    /** What makes {@code token} guessable, or null when nothing does. */
    private static String weakness(String token) {
        if (!ALLOWED.matcher(token).matches()) {
            return "it may hold only letters, digits and . _ ~ -";
        }
        int alphabet = HEX.matcher(token).matches() ? 16 : KINDS.entrySet().stream()
                .filter(kind -> kind.getKey().matcher(token).find()).mapToInt(Map.Entry::getValue).sum();
        double bits = token.length() * Math.log(Math.max(alphabet, 1)) / Math.log(2);
        if (bits < MIN_BITS) {
            return "%d characters of that kind make %.0f bits, fewer than %d".formatted(token.length(), bits, MIN_BITS);
        }
        Map<Integer, Long> counts = token.chars().boxed().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        if (counts.size() < MIN_DISTINCT || counts.values().stream().anyMatch(count -> count * 3 > token.length())) {
            return "it repeats a few characters";
        }
        if (hasRun(token) || hasRepeatedPart(token)) {
            return "it holds a sequence or a repeated part";
        }
        return null;
    }

    /** Whether more than {@link #MAX_RUN} characters in a row step by the same -1, 0 or +1 ({@code abcdefgh}, {@code 8888...}). */
    private static boolean hasRun(String token) {
        int run = 1;
        for (int i = 1; i < token.length(); i++) {
            int step = token.charAt(i) - token.charAt(i - 1);
            boolean continues = Math.abs(step) <= 1 && (i < 2 || step == token.charAt(i - 1) - token.charAt(i - 2));
            run = continues ? run + 1 : Math.abs(step) <= 1 ? 2 : 1;
            if (run > MAX_RUN) {
                return true;
            }
        }
        return false;
    }

    /** Whether some {@link #REPEATED_LENGTH} characters occur twice. */
    private static boolean hasRepeatedPart(String token) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i + REPEATED_LENGTH <= token.length(); i++) {
            if (!seen.add(token.substring(i, i + REPEATED_LENGTH))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code presented} is the token, in time independent of their contents. */
    public boolean matches(String presented) {
        return MessageDigest.isEqual(digest, sha256("token\0" + presented));
    }

    /** The preview cookie's value, good until {@code expires}: the expiry and its signature. */
    public String cookie(Instant expires) {
        long seconds = expires.getEpochSecond();
        return seconds + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sign(seconds));
    }

    /** What a presented cookie is worth at {@code now}; a token checked by {@link #matches} is VALID or FORGED too. */
    Check check(String cookie, Instant now) {
        int dot = cookie.indexOf('.');
        long seconds;
        byte[] signature;
        try {
            seconds = Long.parseLong(cookie.substring(0, Math.max(dot, 0)));
            signature = Base64.getUrlDecoder().decode(cookie.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Check.FORGED;
        }
        if (!MessageDigest.isEqual(sign(seconds), signature)) {
            return Check.FORGED;
        }
        return now.getEpochSecond() < seconds ? Check.VALID : Check.EXPIRED;
    }

    enum Check { VALID, EXPIRED, FORGED }

    /**
     * The signed form of {@code link}, for a URL path segment: what it shows and until when, then its
     * HMAC-SHA256 under the link key. It holds nothing of the token, which it cannot be turned into.
     */
    private String sign(Link link) {
        // a ref name holds no control character, so the payload splits back at its line breaks
        String payload = link.slug() + "\n" + link.expires().getEpochSecond()
                + (link.ref() == null ? "" : "\n" + link.ref().name());
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(hmac(linkKey, payload));
    }

    /** Where {@code link} is served: {@code /preview/link/<signed>}, below the server's address. */
    public String path(Link link) {
        return Preview.ROOT + "/link/" + sign(link);
    }

    /** The link {@code signed} grants at {@code now}: empty when it is forged or has expired. */
    public Optional<Link> link(String signed, Instant now) {
        int dot = signed.indexOf('.');
        try {
            String payload = new String(Base64.getUrlDecoder().decode(signed.substring(0, Math.max(dot, 0))),
                    StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(signed.substring(dot + 1));
            String[] parts = payload.split("\n", -1);
            if (!MessageDigest.isEqual(hmac(linkKey, payload), signature) || parts.length < 2 || parts.length > 3) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
            return now.isBefore(expires)
                    ? Optional.of(new Link(parts[0], expires, parts.length == 3 ? new RefName(parts[2]) : null))
                    : Optional.empty();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(long expiresSeconds) {
        return hmac(cookieKey, "expires=" + expiresSeconds);
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
