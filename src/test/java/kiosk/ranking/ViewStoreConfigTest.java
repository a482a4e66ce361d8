package kiosk.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewStoreConfigTest {

    @Test
    void parse_redisUri_sharedStoreWithDefaultPrefix() {
        assertThat(ViewStoreConfig.parse("redis://cache.internal:6379/2"))
                .isEqualTo(new ViewStoreConfig.Redis(URI.create("redis://cache.internal:6379/2"), "kiosk:views:"));
    }

    @Test
    void parse_path_embeddedStoreInThatDirectory() {
        assertThat(ViewStoreConfig.parse("/var/lib/kiosk")).isEqualTo(new ViewStoreConfig.Embedded(Path.of("/var/lib/kiosk")));
    }

    @Test
    void embedded_noDirectory_defaultsToDataInWorkingDirectory() {
        assertThat(new ViewStoreConfig.Embedded().dataDirectory()).isEqualTo(Path.of("data"));
    }

    @Test
    void redis_otherScheme_refused() {
        assertThatThrownBy(() -> new ViewStoreConfig.Redis(URI.create("http://cache:6379")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void open_embedded_opensSqliteUnderTheDirectory(@TempDir Path data) {
        try (ViewStore store = new ViewStoreConfig.Embedded(data).open()) {
            assertThat(store).isInstanceOf(SqliteViewStore.class);
            assertThat(data.resolve(SqliteViewStore.FILE_NAME)).exists();
        }
    }
}
