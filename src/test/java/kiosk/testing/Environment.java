package kiosk.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need something outside the JVM (a Docker engine, a browser) skip where it is missing on
 * a developer's machine, but fail in CI ({@code CI=true}), where a skipped test would hide that the
 * check no longer runs.
 */
public final class Environment {

    private Environment() {
    }

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * @param available whether the tool is there
     * @param what      what is missing and how to get it, for the message
     */
    public static void require(boolean available, String what) {
        if (available) {
            return;
        }
        if (isCi()) {
            throw new AssertionError(what + " is missing in CI (CI=true): this test must run there");
        }
        Assumptions.abort(what + " is missing: test skipped (it fails instead when CI=true)");
    }
}
