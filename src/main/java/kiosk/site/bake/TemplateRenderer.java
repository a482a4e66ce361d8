package kiosk.site.bake;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateModelException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
        return render(page.template(), Map.of("site", site, "ambient", ambient, "page", page.model()), page.path());
    }

    /** Renders {@code template} with each of {@code variables} handed to it under its name. */
    byte[] render(String template, Map<String, Object> variables) {
        return render(template, variables, template);
    }

    private byte[] render(String template, Map<String, Object> variables, String what) {
        TemplateModel model = new TemplateModel();
        variables.forEach((name, value) -> model.put(name, wrap(value)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            engine.renderDocument(model, template, writer);
        } catch (RenderingException e) {
            throw new BakeException("cannot render " + what + " with " + template + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static freemarker.template.TemplateModel wrap(Object value) {
        try {
            return WRAPPER.wrap(value);
        } catch (TemplateModelException e) {
            throw new BakeException("cannot hand " + value.getClass().getSimpleName() + " to templates", e);
        }
    }
}
