package kiosk.content.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFolderTest {

    @TempDir
    Path temp;

    private Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }

    @Test
    void list_skipsWhatIsNamedWithADotBelowTheRoot_butNotTheRootItself() throws IOException {
        Path root = temp.resolve(".site");
        Path shown = write(root.resolve("assets/css/site.css"));
        write(root.resolve("assets/.cache/old.css"));
        write(root.resolve("assets/css/.site.css.swp"));
        write(root.resolve(".git/config"));

        assertThat(new SafeFolder(root, "the site folder").list(root, file -> true)).containsOnlyKeys(shown);
    }

    @Test
    void list_fromAFolderInsideOneNamedWithADot_listsNothing() throws IOException {
        Path root = temp.resolve("content");
        write(root.resolve("articles/.trash/2026/deleted.md"));

        assertThat(new SafeFolder(root, "the content folder").list(root.resolve("articles/.trash/2026"), file -> true))
                .isEmpty();
    }
}
