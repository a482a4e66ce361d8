package kiosk.site.bake;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * JBake's configuration of the site folder ({@code jbake.properties} over JBake's defaults): where
 * templates and assets are, encodings. {@code DelegatingTemplateEngine} copies the whole configuration
 * into a new map for every page it renders (the {@code config} template variable), a sixth of the
 * rendering time; a bake never changes the configuration, so this one copies it once.
 */
final class SiteConfiguration extends DefaultJBakeConfiguration {

    private final Map<String, Object> snapshot;

    private SiteConfiguration(DefaultJBakeConfiguration loaded) {
        super(loaded.getSourceFolder(), loaded.getCompositeConfiguration());
        setDestinationFolder(loaded.getDestinationFolder());
        snapshot = Collections.unmodifiableMap(new HashMap<>(super.asHashMap()));
    }

    static SiteConfiguration load(Path site, Path out) {
        return new SiteConfiguration(
                new JBakeConfigurationFactory().createDefaultJbakeConfiguration(site.toFile(), out.toFile(), false));
    }

    @Override
    public Map<String, Object> asHashMap() {
        return snapshot;
    }
}
