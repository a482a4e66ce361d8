package kiosk.content;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An article body, rendered from Markdown once, on first use: {@code kiosk check} and {@code kiosk new}
 * read every article and never need its HTML, and rendering (Markdown, then sanitising) is a third of
 * reading a file. Whoever asks first renders it; everyone after gets the same strings. Two bodies are
 * equal when they render to the same HTML and text. Thread-safe.
 */
public final class Body {

    /** Characters a Japanese reader reads in a minute, a common newsroom rule of thumb. */
    private static final int CHARACTERS_PER_MINUTE = 500;

    /**
     * @param html sanitised HTML, safe to serve
     * @param text the same as plain text, for excerpts, search and related articles
     */
    public record Rendered(String html, String text) {

        public Rendered {
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Renders the body; dropped once it has, with the Markdown it holds. */
    private Supplier<Rendered> renderer;
    private volatile Rendered rendered;

    private Body(Supplier<Rendered> renderer, Rendered rendered) {
        this.renderer = renderer;
        this.rendered = rendered;
    }

    /** A body rendered already. */
    public static Body of(String html, String text) {
        return new Body(null, new Rendered(html, text));
    }

    /** A body that {@code renderer} renders when first asked for its HTML or text. */
    public static Body renderedOnUse(Supplier<Rendered> renderer) {
        return new Body(Objects.requireNonNull(renderer, "renderer"), null);
    }

    /** Sanitised HTML, safe to serve. */
    public String html() {
        return rendered().html();
    }

    /** The same as plain text, for excerpts, search and related articles. */
    public String text() {
        return rendered().text();
    }

    private Rendered rendered() {
        Rendered done = rendered;
        return done != null ? done : render();
    }

    private synchronized Rendered render() {
        if (rendered == null) {
            rendered = Objects.requireNonNull(renderer.get(), "rendered body");
            renderer = null;
        }
        return rendered;
    }

    public int readingTimeMinutes() {
        String text = text();
        int characters = text.codePointCount(0, text.length());
        return Math.max(1, (characters + CHARACTERS_PER_MINUTE - 1) / CHARACTERS_PER_MINUTE);
    }

    /** The first {@code max} characters of the text, cut at a code point boundary, with an ellipsis. */
    public String excerpt(int max) {
        String text = text();
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Body body && rendered().equals(body.rendered());
    }

    @Override
    public int hashCode() {
        return rendered().hashCode();
    }

    @Override
    public String toString() {
        Rendered done = rendered;
        return done == null ? "Body[not rendered yet]" : "Body[" + done.html() + "]";
    }
}
