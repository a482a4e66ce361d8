package kiosk.site.bake;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TimeZone;
import org.apache.commons.io.output.StringBuilderWriter;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import kiosk.site.templates.Ambient;
import kiosk.site.templates.SiteView;

/**
 * Renders pages with FreeMarker configured as JBake's FreeMarker engine configures it for the site
 * folder (templates folder, encodings and time zone from {@code jbake.properties} over JBake's defaults),
 * but not through that engine: its data model first looks every top-level name a template reads
 * ({@code page}, {@code site}) up among JBake's database-backed variables, copying the model into a
 * map and throwing an exception with a full stack trace for each name it does not know, which cost a
 * third of the allocation and of the CPU of rendering a site. Templates get {@code site}, {@code page} and
 * {@code ambient}, never JBake's database-backed variables ({@code db}, {@code tags}, {@code all_content}...).
 * Safe to call from several threads: FreeMarker templates are, and each call has its own model.
 */
final class TemplateRenderer {

    /**
     * JBake configures FreeMarker for 2.3.0 compatibility, which sees record components only as
     * methods ({@code page.title()}). Models wrapped here, at the current level, read as properties
     * ({@code page.title}); FreeMarker keeps an already wrapped value as it is.
     */
    private static final ObjectWrapper WRAPPER =
            new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();

    private final Configuration freemarker;

    /** JBake's configuration of a site folder: {@code jbake.properties} over JBake's defaults (templates, assets, encodings). */
    static JBakeConfiguration configuration(Path site, Path out) {
        return new JBakeConfigurationFactory().createDefaultJbakeConfiguration(site.toFile(), out.toFile(), false);
    }

    TemplateRenderer(JBakeConfiguration config) {
        freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        freemarker.setDefaultEncoding(config.getRenderEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        TimeZone zone = config.getFreemarkerTimeZone();
        if (zone != null) {
            freemarker.setTimeZone(zone);
            freemarker.setSQLDateAndTimeTimeZone(zone);
        }
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new BakeException("cannot read the templates folder " + config.getTemplateFolder() + ": "
                    + e.getMessage(), e);
        }
    }

    byte[] render(Page page, SiteView site, Ambient ambient) {
        return render(page.template(), Map.of("site", site, "ambient", ambient, "page", page.model()), page.path());
    }

    /** Renders {@code template} with each of {@code variables} handed to it under its name. */
    byte[] render(String template, Map<String, Object> variables) {
        return render(template, variables, template);
    }

    private byte[] render(String template, Map<String, Object> variables, String what) {
        SimpleHash model = new SimpleHash(WRAPPER);
        variables.forEach((name, value) -> model.put(name, wrap(value)));
        // FreeMarker writes a page in thousands of small pieces: into a StringBuilder, then encoded once, which
        // costs less than encoding piece by piece through an OutputStreamWriter (and its lock)
        StringBuilderWriter text = new StringBuilderWriter(16 * 1024);
        try {
            freemarker.getTemplate(template).process(model, text);
        } catch (TemplateException | IOException e) {
            throw new BakeException("cannot render " + what + " with " + template + ": " + e.getMessage(), e);
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
