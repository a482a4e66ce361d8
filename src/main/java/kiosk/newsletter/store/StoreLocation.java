package kiosk.newsletter.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/** Where the newsletter's store is: chosen by configuration, opened in one place. */
public sealed interface StoreLocation {

    /** A JDBC URL and its connection properties. */
    String jdbcUrl();

    Properties properties();

    /** What to call it in messages: never a password. */
    String description();

    /** The embedded default: {@value #FILE_NAME} (SQLite) in the data directory, for one server. */
    record Embedded(Path dataDirectory) implements StoreLocation {

        public static final String FILE_NAME = "newsletter.db";

        public Embedded {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
        }

        public Path file() {
            return dataDirectory.resolve(FILE_NAME).toAbsolutePath();
        }

        @Override
        public String jdbcUrl() {
            return "jdbc:sqlite:" + file();
        }

        @Override
        public Properties properties() {
            return new Properties();
        }

        @Override
        public String description() {
            return file().toString();
        }
    }

    /**
     * PostgreSQL, shared by several replicas: {@code postgresql://user:password@host:5432/database}
     * (parameters after {@code ?} go to the driver, such as {@code sslmode=require}).
     */
    record Postgres(URI uri) implements StoreLocation {

        public Postgres {
            Objects.requireNonNull(uri, "uri");
            if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not a postgresql://host/database URL");
            }
        }

        @Override
        public String jdbcUrl() {
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            String database = uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "/postgres" : uri.getRawPath();
            return "jdbc:postgresql://" + uri.getHost() + ":" + port + database
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        @Override
        public Properties properties() {
            Properties properties = new Properties();
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                properties.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
                if (colon >= 0) {
                    properties.setProperty("password", decode(userInfo.substring(colon + 1)));
                }
            }
            return properties;
        }

        @Override
        public String description() {
            return "postgresql://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
        }

        private static String decode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
    }

    /** A {@code postgresql://} URL chooses PostgreSQL; null the embedded store under {@code dataDirectory}. */
    static StoreLocation of(String setting, Path dataDirectory) {
        return setting == null || setting.isBlank() ? new Embedded(dataDirectory) : new Postgres(URI.create(setting));
    }
}
