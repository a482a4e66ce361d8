package kiosk.ranking;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/** Which {@link ViewStore} to open: chosen by configuration, opened in one place. */
public sealed interface ViewStoreConfig {

    /** The data directory used when none is configured: {@code data/} in the working directory. */
    Path DEFAULT_DATA_DIRECTORY = Path.of("data");

    ViewStore open();

    /** The embedded default: {@link SqliteViewStore} under {@code dataDirectory}. */
    record Embedded(Path dataDirectory) implements ViewStoreConfig {

        public Embedded {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
        }

        public Embedded() {
            this(DEFAULT_DATA_DIRECTORY);
        }

        @Override
        public SqliteViewStore open() {
            return SqliteViewStore.open(dataDirectory);
        }
    }

    /** Shared by replicas: {@link RedisViewStore} at {@code uri}, keys starting with {@code keyPrefix}. */
    record Redis(URI uri, String keyPrefix) implements ViewStoreConfig {

        public Redis {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(keyPrefix, "keyPrefix");
            if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) {
                throw new IllegalArgumentException("not a redis:// or rediss:// URI: " + uri);
            }
        }

        public Redis(URI uri) {
            this(uri, RedisViewStore.DEFAULT_PREFIX);
        }

        @Override
        public RedisViewStore open() {
            return RedisViewStore.open(uri, keyPrefix);
        }
    }

    /**
     * Reads one setting (a {@code --views} option or a config value): a {@code redis://} or
     * {@code rediss://} URI chooses Redis, anything else is the embedded store's data directory.
     */
    static ViewStoreConfig parse(String setting) {
        if (setting.startsWith("redis://") || setting.startsWith("rediss://")) {
            return new Redis(URI.create(setting));
        }
        return new Embedded(Path.of(setting));
    }
}
