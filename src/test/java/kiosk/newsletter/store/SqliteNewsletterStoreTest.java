package kiosk.newsletter.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteNewsletterStoreTest extends NewsletterStoreContract {

    @TempDir
    Path temp;

    private final List<NewsletterStore> opened = new ArrayList<>();

    @Override
    NewsletterStore store() {
        return open();
    }

    @Override
    NewsletterStore reopen(NewsletterStore store) {
        return open();
    }

    private NewsletterStore open() {
        NewsletterStore store = NewsletterStore.open(new StoreLocation.Embedded(temp.resolve("data")));
        opened.add(store);
        return store;
    }

    @AfterEach
    void close() {
        opened.forEach(NewsletterStore::close);
    }
}
