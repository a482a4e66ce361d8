/**
 * Bakes a {@link kiosk.catalog.Catalog} into a static site laid out as JBake expects: a
 * {@link kiosk.site.bake.PagePlan} lists every output page with its template and model, FreeMarker
 * (configured as JBake configures it) renders each one, and the output folder is replaced whole
 * ({@link kiosk.site.bake.SiteBaker#bake}) or only where pages changed
 * ({@link kiosk.site.bake.SiteBaker#update}). JBake's crawler and database are not used: the
 * snapshot already holds every document. Uses {@code kiosk.catalog} and {@code kiosk.site.templates}.
 */
package kiosk.site.bake;
