package kiosk.newsletter;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A subscriber's address, checked by syntax only: Kiosk never guesses which domains are disposable or
 * whether a mailbox exists (double opt-in answers that). Normalised to lower case, the domain in its
 * ASCII (punycode) form, so one mailbox is one subscriber.
 *
 * <p>The local part allows what mailboxes in Japan use in practice beyond RFC 5322's dot-atom:
 * consecutive dots and a dot before the {@code @} (old mobile carrier addresses such as
 * {@code taro..yamada.@docomo.ne.jp}), which SMTP servers accept. Quoted local parts, comments, IP
 * literals and single-label domains are refused.
 *
 * <p>{@link #toString()} does not show the address, so it cannot reach a log by accident; {@link #value()} does.
 */
public final class EmailAddress {

    /** RFC 5321's limits: 64 octets of local part, 254 of path. */
    static final int MAX_LOCAL = 64;
    static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    /** The address, or empty when {@code text} is not one by syntax. */
    public static Optional<EmailAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        int at = stripped.lastIndexOf('@');
        if (at < 1 || at != stripped.indexOf('@') || stripped.length() > MAX_LENGTH * 4) {
            return Optional.empty();
        }
        String local = stripped.substring(0, at);
        if (local.length() > MAX_LOCAL || !LOCAL.matcher(local).matches() || local.startsWith(".")) {
            return Optional.empty();
        }
        String domain;
        try {
            domain = IDN.toASCII(stripped.substring(at + 1), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        String address = local.toLowerCase(Locale.ROOT) + "@" + domain;
        return address.length() > MAX_LENGTH ? Optional.empty() : Optional.of(new EmailAddress(address));
    }

    /** The address itself: for the store and the mail to it, nothing else. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress address && address.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Never the address: an address in a log line or an error message is a leak. */
    @Override
    public String toString() {
        return "EmailAddress[hidden]";
    }
}
