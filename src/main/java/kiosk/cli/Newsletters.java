package kiosk.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kiosk.catalog.Catalog;
import kiosk.content.NewsletterConfig;
import kiosk.content.SiteConfig;
import kiosk.content.check.Problem;
import kiosk.content.load.EditorNotes;
import kiosk.newsletter.edition.Edition;
import kiosk.newsletter.edition.EditionBuilder;
import kiosk.newsletter.edition.EditionMail;
import kiosk.newsletter.mail.MailTemplates;
import kiosk.newsletter.mail.RenderedMail;
import kiosk.newsletter.mail.Sender;
import kiosk.ranking.Period;
import kiosk.ranking.RankedArticle;
import kiosk.ranking.Ranking;
import kiosk.ranking.ViewStore;
import kiosk.site.bake.SiteTemplates;

/**
 * The newsletter as the command line wires it: mails rendered with the site's templates
 * ({@code site/templates/newsletter/<name>.html.ftl} and {@code .txt.ftl}), editions built from a
 * catalog, the editor's note and the week's ranking.
 */
final class Newsletters {

    /** Places of the week's ranking read to order the stories: far more than a mail shows. */
    private static final int RANKING_DEPTH = 100;

    private Newsletters() {
    }

    static MailTemplates templates(Path site) {
        SiteTemplates templates = new SiteTemplates(site);
        return (name, model) -> new RenderedMail(
                templates.render("newsletter/" + name + ".html.ftl", Map.of("mail", model)),
                templates.render("newsletter/" + name + ".txt.ftl", Map.of("mail", model)));
    }

    /** Links in mails point to the API's origin (site.yaml's api), else to the site, which serves it too. */
    static Sender sender(SiteConfig site) {
        URI links = site.api() != null ? site.api() : site.baseUrl();
        return Sender.of(site.newsletter(), links);
    }

    /** The newsletter's settings, or a refusal naming what to add. */
    static NewsletterConfig config(Catalog catalog) {
        NewsletterConfig config = catalog.site().newsletter();
        if (config == null) {
            throw new IllegalArgumentException("site.yaml has no newsletter: block; add one with name, from and consent"
                    + " (see the README's Newsletter section)");
        }
        return config;
    }

    /** The slugs of the week's most read articles as of {@code end}, or none when the store has no counts. */
    static List<String> weekViews(ViewStore views, Catalog catalog, Instant end) {
        Ranking ranking = new Ranking(views, slug -> catalog.article(slug).map(article -> article.section().slug()));
        return ranking.ranking(Period.WEEK, RANKING_DEPTH, null, end).stream().map(RankedArticle::slug).toList();
    }

    /**
     * The edition of {@code date}, its editor's note read from the content; empty when the note has errors
     * (then printed in the format of kiosk check).
     */
    static Optional<Edition> edition(Catalog catalog, Path content, LocalDate date, Instant end, List<String> weekViews,
                                     PrintWriter err) {
        EditorNotes.Result note = EditorNotes.read(content, date);
        note.problems().stream().map(Problem::format).forEach(err::println);
        if (note.hasErrors()) {
            err.flush();
            return Optional.empty();
        }
        return Optional.of(new EditionBuilder().build(catalog, date, end, weekViews, note.note()));
    }

    /** An edition rendered for one reader of every section, with example links (previews). */
    static RenderedMail render(MailTemplates templates, Edition edition, Sender sender) {
        return templates.render(MailTemplates.EDITION, new EditionMail(edition,
                sender.link("/api/newsletter/unsubscribe?token=preview"), sender.link("/api/newsletter/topics?token=preview")));
    }
}
