package kiosk.content.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Where git keeps the state of the work tree that holds a content folder, as JGit finds it: the
 * folder of {@code HEAD} and, shared by every work tree of the repository, the folder of the refs
 * ({@code refs/heads/}, {@code packed-refs}). In a linked work tree ({@code git worktree add}, as
 * git-sync makes) the two differ; in a plain clone both are {@code .git}.
 */
public record GitDirectories(Path gitDir, Path commonDir) {

    /** The directories of the work tree around {@code folder}, or empty outside git. */
    public static Optional<GitDirectories> of(Path folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            builder.setup();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        File common = builder.getGitCommonDir() != null ? builder.getGitCommonDir() : builder.getGitDir();
        return Optional.of(new GitDirectories(builder.getGitDir().toPath().toAbsolutePath().normalize(),
                common.toPath().toAbsolutePath().normalize()));
    }
}
