package kiosk.content.load;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What article bodies may contain: jsoup's relaxed set plus figures and footnotes, with {@code id}
 * and {@code class} limited to what Kiosk's own Markdown rendering makes. Content cannot dress a
 * paragraph as the site's own parts ({@code class="preview-banner"}) or take the templates' ids
 * ({@code id="main"}): body ids all start with a prefix no template uses.
 */
final class BodySafelist extends Safelist {

    /** Prefix of the ids of headings in bodies ({@code ## 見出し} gets {@code id="h-見出し"}). */
    static final String HEADING_ID_PREFIX = "h-";

    /** Which element may carry which id prefix: headings their anchors, footnotes and their references theirs. */
    private static final Map<String, String> ID_PREFIXES = Map.of(
            "h1", HEADING_ID_PREFIX, "h2", HEADING_ID_PREFIX, "h3", HEADING_ID_PREFIX, "h4", HEADING_ID_PREFIX,
            "h5", HEADING_ID_PREFIX, "h6", HEADING_ID_PREFIX, "li", "fn-", "a", "fnref-");
    /** The classes footnotes are rendered with. */
    private static final Map<String, Set<String>> CLASSES = Map.of(
            "sup", Set.of("footnote-ref"), "section", Set.of("footnotes"), "a", Set.of("footnote-backref"));
    /** A fenced code block's language ({@code ```js}). */
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");

    BodySafelist() {
        super(Safelist.relaxed()
                .addTags("figure", "figcaption", "section", "hr", "del", "s", "mark", "small", "time")
                .addAttributes("td", "align")
                .addAttributes("th", "align")
                .addAttributes("time", "datetime")
                .addProtocols("a", "href", "#", "/")
                .addProtocols("img", "src", "/")
                .preserveRelativeLinks(true));
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
        String value = attribute.getValue();
        return switch (attribute.getKey()) {
            case "id" -> ID_PREFIXES.containsKey(tagName) && value.startsWith(ID_PREFIXES.get(tagName))
                    && value.length() > ID_PREFIXES.get(tagName).length();
            case "class" -> CLASSES.getOrDefault(tagName, Set.of()).contains(value)
                    || tagName.equals("code") && CODE_LANGUAGE.matcher(value).matches();
            default -> super.isSafeAttribute(tagName, element, attribute);
        };
    }
}
