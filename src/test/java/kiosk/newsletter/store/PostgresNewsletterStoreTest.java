package kiosk.newsletter.store;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kiosk.testing.DockerRequiredInCi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The store for several replicas against a real PostgreSQL in a container (scripts/docker/postgresql, built
 * from Debian's packages), its schema made by Flyway; each test works in a database of its own.
 */
@ExtendWith(DockerRequiredInCi.class) // before @Testcontainers: in CI a missing engine fails, not skips
@Testcontainers(disabledWithoutDocker = true)
class PostgresNewsletterStoreTest extends NewsletterStoreContract {

    static final int PORT = 5432;

    @Container
    private static final GenericContainer<?> POSTGRES = postgres();

    private final List<NewsletterStore> opened = new ArrayList<>();

    static GenericContainer<?> postgres() {
        return new GenericContainer<>(DockerImageName.parse("kiosk/postgresql:local"))
                .withExposedPorts(PORT)
                .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*\\n", 1));
    }

    /** {@code postgresql://kiosk:kiosk@host:port/kiosk} of the container. */
    static URI url(String database) {
        return URI.create("postgresql://kiosk:kiosk@" + POSTGRES.getHost() + ":" + POSTGRES.getMappedPort(PORT) + "/" + database);
    }

    @Override
    NewsletterStore store() {
        String database = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (var connection = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://" + POSTGRES.getHost() + ":" + POSTGRES.getMappedPort(PORT) + "/kiosk", "kiosk", "kiosk");
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return open(url(database));
    }

    @Override
    NewsletterStore reopen(NewsletterStore store) {
        return open(((StoreLocation.Postgres) store.location()).uri());
    }

    private NewsletterStore open(URI url) {
        NewsletterStore store = NewsletterStore.open(new StoreLocation.Postgres(url));
        opened.add(store);
        return store;
    }

    @AfterEach
    void close() {
        opened.forEach(NewsletterStore::close);
    }
}
