package kiosk.site.bake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The site's template engine (FreeMarker, configured as for the pages) for documents other than the site's
 * pages, such as the newsletter's mails: a template of the site folder, rendered with the variables
 * given. Thread-safe.
 */
public final class SiteTemplates {

    private final TemplateRenderer renderer;

    /** @param site the site folder, with {@code templates/} */
    public SiteTemplates(Path site) {
        this.renderer = new TemplateRenderer(TemplateRenderer.configuration(site, site.resolve("unused-output")));
    }

    /** @param template a path in the templates folder, such as {@code newsletter/edition.html.ftl} */
    public String render(String template, Map<String, Object> variables) {
        return new String(renderer.render(template, variables), StandardCharsets.UTF_8);
    }
}
