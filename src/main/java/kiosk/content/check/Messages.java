package kiosk.content.check;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words {@code check} uses, in one language: English, or Japanese for a magazine whose
 * {@code site.yaml} says {@code language: ja}. Every text is in the bundle
 * ({@code kiosk/content/check/messages*.properties}, MessageFormat patterns); a key the Japanese
 * bundle lacks is told in English.
 */
public final class Messages {

    private static final String BUNDLE = "kiosk.content.check.messages";

    public static final Messages ENGLISH = new Messages(BUNDLE, Locale.ROOT);
    public static final Messages JAPANESE = new Messages(BUNDLE, Locale.JAPANESE);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(String bundle, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(bundle, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages for a site's {@code language} ({@code ja}, {@code ja-JP}: Japanese; else English). */
    public static Messages forLanguage(String language) {
        return japanese(language) ? JAPANESE : ENGLISH;
    }

    /**
     * The messages of another bundle of Kiosk's ({@code kiosk.api.http.preview}: its
     * {@code .properties} and {@code _ja.properties}) for a site's {@code language}, as {@link #forLanguage}.
     */
    public static Messages of(String bundle, String language) {
        return new Messages(bundle, japanese(language) ? Locale.JAPANESE : Locale.ROOT);
    }

    private static boolean japanese(String language) {
        return language != null && (language.equals("ja") || language.startsWith("ja-"));
    }

    /** {@code check}'s own words in the language of these, for a page of another bundle that quotes one of them. */
    public Messages checkWords() {
        return locale.equals(Locale.JAPANESE) ? JAPANESE : ENGLISH;
    }

    /** The language of these messages, for a library that words its own ({@link Locale#ROOT} for English). */
    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} with {@code args} in place; an argument that is a {@link Message} is told too. */
    public String text(String key, Object... args) {
        Object[] told = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            told[i] = args[i] instanceof Message nested ? text(nested) : args[i];
        }
        return new MessageFormat(bundle.getString(key), locale).format(told);
    }

    /** The message of {@code message}. */
    public String text(Message message) {
        return text(message.key(), message.args().toArray());
    }

    /** The hint of {@code message}, or "" when it has none. */
    public String hint(Message message) {
        String key = message.key() + ".hint";
        return bundle.containsKey(key) ? text(key, message.args().toArray()) : "";
    }
}
