package kiosk.site.bake;

/**
 * Which pages get the editors' live-reload script ({@code site/assets/js/live-reload.js}), which listens
 * to the server's {@code /api/events}: it reloads a page its change names and shows the reload's problems
 * to editors. Only a server has the stream, so a baked site ({@code kiosk bake}) holds neither the script
 * nor a reference to it.
 */
public enum LiveReload {
    /** A static site: no script. */
    OFF,
    /** {@code kiosk serve}: the preview's pages (editors') get it; readers' pages do not. */
    PREVIEW,
    /**
     * {@code kiosk serve --live-reload}, for a writer's own machine: every page gets it, and each open tab holds
     * a connection to the server. Never for a public server: readers' tabs would reload under them.
     */
    EVERYWHERE;

    /** The script's path in the site (in {@code assets/}). */
    static final String SCRIPT = "js/live-reload.js";
}
