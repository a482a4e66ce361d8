package kiosk.content.load;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kiosk.content.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Writes a body that holds raw HTML: the Markdown rendered as it is, then parsed and cleaned against the
 * safelist by jsoup (no scripts, no event handlers, no {@code javascript:} URLs, no ids or classes but
 * Kiosk's own), then its photos made figures. Thread-safe.
 */
final class CleanedBody {

    private final HtmlRenderer renderer;
    private final Cleaner cleaner;
    private final String cleaningBase;

    /** @param cleaningBase a base for resolving relative links while cleaning; relative links stay relative */
    CleanedBody(HtmlRenderer.Builder renderer, Safelist safelist, String cleaningBase) {
        this.renderer = renderer.build();
        this.cleaner = new Cleaner(safelist);
        this.cleaningBase = cleaningBase;
    }

    /** @param sizes the upright size of an image by its {@code src} (zero when unknown: not written) */
    WrittenBody write(Node document, Function<String, MediaLibrary.Dimensions> sizes) {
        Document dirty = Jsoup.parseBodyFragment(renderer.render(document), cleaningBase);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        List<Image> images = BodyFigures.apply(clean, sizes);
        Set<String> ids = clean.body().select("[id]").stream().map(Element::id).collect(Collectors.toSet());
        return new WrittenBody(clean.body().html(), clean.body().text(), images, ids);
    }
}
