package kiosk.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a child process subject to file permissions. Root reads every file whatever its mode (the
 * capabilities CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH), so a test of an unreadable folder would test
 * nothing in a CI container running as root: there the child runs without those two capabilities
 * ({@code setpriv}, from util-linux), still as root, so the test's files stay its own.
 */
public final class Unprivileged {

    private static final String SETPRIV = "/usr/bin/setpriv";
    private static final String DROPPED = "-dac_override,-dac_read_search";

    private Unprivileged() {
    }

    /** The command that runs the rest of a command line subject to file permissions; empty when not root. */
    public static List<String> launcher() {
        if (new com.sun.security.auth.module.UnixSystem().getUid() != 0) {
            return List.of();
        }
        if (!Files.isExecutable(Path.of(SETPRIV))) {
            throw new IllegalStateException("running as root without " + SETPRIV
                    + ": cannot make a folder unreadable to the process under test (apt-get install util-linux)");
        }
        return List.of(SETPRIV, "--inh-caps=" + DROPPED, "--bounding-set=" + DROPPED, "--");
    }
}
