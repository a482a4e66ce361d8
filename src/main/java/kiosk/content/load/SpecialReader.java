package kiosk.content.load;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import kiosk.content.Image;
import kiosk.content.SpecialEdition;
import kiosk.content.check.Problems;
import kiosk.content.check.Suggestions;

/** Reads a special edition file, {@code specials/<slug>.yaml}: a 別冊 or MOOK sold apart from the weekly. */
final class SpecialReader {

    static final List<String> KEYS = List.of("slug", "title", "kind", "cover", "onSale", "offSale", "price", "isbn",
            "jan", "description", "contents", "purchase");
    static final List<String> CONTENTS_KEYS = List.of("title", "page", "article");
    static final List<String> PURCHASE_KEYS = List.of("label", "url");

    private final ImageReader images;

    SpecialReader(ImageReader images) {
        this.images = images;
    }

    /**
     * @param references receives the articles the table of contents links
     * @return the special edition, or null when the file has errors (all reported)
     */
    SpecialEdition read(String text, String fileSlug, Problems problems, NamedFile.Claims claims,
                        Consumer<Reference> references) {
        return NamedFile.read(text, fileSlug, problems, "special edition", KEYS, "nihon-no-shiro.yaml", claims, (fields, slug) -> {
            String title = fields.requiredText("title");
            SpecialEdition.Kind kind = kind(fields);
            Image cover = images.read(fields, "cover");
            if (!fields.has("cover")) {
                problems.error(fields.line(), fields.column(), "missing required field 'cover'",
                        "add the cover image: cover: {src: /media/specials/" + slug + ".jpg, alt: 表紙}");
            }
            LocalDate onSale = fields.date("onSale", true);
            LocalDate offSale = fields.date("offSale", false);
            if (onSale != null && offSale != null && offSale.isBefore(onSale)) {
                problems.error(fields.line(), fields.column(), "'offSale' (" + offSale + ") is before 'onSale' ("
                        + onSale + ")", "offSale is the last day it is sold; check both dates");
            }
            Located<Integer> price = fields.locatedInteger("price", true);
            if (price != null && price.value() < 1) {
                problems.error(price.line(), price.column(), "'price' must be 1 yen or more, but is " + price.value(),
                        "the price in yen, tax included, e.g. price: 1320");
            }
            String isbn = code(fields, "isbn", "e.g. isbn: 978-4-00-000000-2");
            String jan = code(fields, "jan", "e.g. jan: 4910000000000");
            String description = fields.text("description");
            List<SpecialEdition.ContentsEntry> contents = fields.mappings("contents", "contents entry", CONTENTS_KEYS)
                    .stream().map(entry -> contentsEntry(entry, references)).toList();
            List<SpecialEdition.PurchaseLink> purchase = fields.mappings("purchase", "purchase link", PURCHASE_KEYS)
                    .stream().map(SpecialReader::purchaseLink).toList();
            return () -> new SpecialEdition(slug, title, kind, cover, onSale, offSale, price.value(), isbn, jan,
                    description, contents, purchase);
        });
    }

    private static SpecialEdition.Kind kind(Fields fields) {
        Located<String> kind = fields.locatedText("kind", true);
        if (kind == null) {
            return null;
        }
        List<String> kinds = Arrays.stream(SpecialEdition.Kind.values()).map(value -> value.name().toLowerCase(Locale.ROOT))
                .toList();
        if (!kinds.contains(kind.value())) {
            String suggestion = Suggestions.didYouMean(kind.value(), kinds);
            fields.problems().error(kind.line(), kind.column(), "unknown kind '" + kind.value() + "'",
                    (suggestion.isEmpty() ? "" : suggestion + " ") + "a special edition is one of: "
                            + String.join(", ", kinds) + " (別冊 or MOOK)");
            return null;
        }
        return SpecialEdition.Kind.valueOf(kind.value().toUpperCase(Locale.ROOT));
    }

    /** An ISBN or JAN code as printed, or null when absent or its check digit is wrong (reported). */
    private static String code(Fields fields, String key, String example) {
        Located<String> code = fields.locatedText(key, false);
        if (code == null) {
            return null;
        }
        String problem = key.equals("isbn") ? ProductCodes.isbnProblem(code.value()) : ProductCodes.janProblem(code.value());
        if (problem != null) {
            fields.problems().error(code.line(), code.column(), "'" + key + "' " + code.value() + " is not valid: " + problem,
                    "copy the number from the back cover; " + example);
            return null;
        }
        return code.value();
    }

    private static SpecialEdition.ContentsEntry contentsEntry(Fields fields, Consumer<Reference> references) {
        String title = fields.requiredText("title");
        Located<Integer> page = fields.locatedInteger("page", false);
        Located<String> article = fields.locatedText("article", false);
        if (article != null) {
            references.accept(new Reference(Reference.Kind.LISTED_ARTICLE, fields.problems().path(), "contents.article",
                    article));
        }
        if (page != null && page.value() < 1) {
            fields.problems().error(page.line(), page.column(), "'page' must be 1 or more, but is " + page.value(),
                    "the printed page number, e.g. page: 12");
        }
        return title == null ? null : new SpecialEdition.ContentsEntry(title, page == null ? 0 : page.value(),
                article == null ? null : article.value());
    }

    private static SpecialEdition.PurchaseLink purchaseLink(Fields fields) {
        String label = fields.requiredText("label");
        URI url = fields.httpUrl("url", true, "the shop's page for it, e.g. url: https://shop.example.jp/item/123");
        return label == null || url == null ? null : new SpecialEdition.PurchaseLink(label, url.toString());
    }
}
