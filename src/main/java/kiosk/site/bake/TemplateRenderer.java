package kiosk.site.bake;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateModelException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.output.StringBuilderWriter;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import kiosk.site.templates.Ambient;
import kiosk.site.templates.SiteView;

/**
 * Renders pages with JBake's {@link DelegatingTemplateEngine}, which picks the engine by the template's
 * extension (FreeMarker for {@code .ftl}). It is given no content store: templates get {@code site}
 * and {@code page} only, never JBake's database-backed variables ({@code db}, {@code tags},
 * {@code all_content}...). Safe to call from several threads: FreeMarker templates are, and each call
 * has its own model.
 */
final class TemplateRenderer {

    /**
     * JBake configures FreeMarker for 2.3.0 compatibility, which sees record components only as
     * methods ({@code page.title()}). Models wrapped here, at the current level, read as properties
     * ({@code page.title}); FreeMarker keeps an already wrapped value as it is.
     */
    private static final ObjectWrapper WRAPPER =
            new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();

    private final DelegatingTemplateEngine engine;

    TemplateRenderer(JBakeConfiguration config) {
        this.engine = new DelegatingTemplateEngine(null, config);
    }

    byte[] render(Page page, SiteView site, Ambient ambient) {
        TemplateModel model = new TemplateModel();
        model.put("site", wrap(site));
        model.put("ambient", wrap(ambient));
        model.put("page", wrap(page.model()));
        // FreeMarker writes a page in thousands of small pieces: into a StringBuilder, then encoded once, which
        // costs less than encoding piece by piece through an OutputStreamWriter (and its lock)
        StringBuilderWriter text = new StringBuilderWriter(16 * 1024);
        try {
            engine.renderDocument(model, page.template(), text);
        } catch (RenderingException e) {
            throw new BakeException("cannot render " + page.path() + " with " + page.template() + ": "
                    + e.getMessage(), e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static freemarker.template.TemplateModel wrap(Object value) {
        try {
            return WRAPPER.wrap(value);
        } catch (TemplateModelException e) {
            throw new BakeException("cannot hand " + value.getClass().getSimpleName() + " to templates", e);
        }
    }
}
