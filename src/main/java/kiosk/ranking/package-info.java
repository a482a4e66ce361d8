/**
 * Popularity ranking (issue 7): durable view counts per article per hour and ranked lists over a
 * sliding day, week or month.
 *
 * <p>Flow: the HTTP layer checks a view with {@link kiosk.ranking.RateLimiter} and a
 * {@link kiosk.ranking.PublishedArticles} lookup, then hands it to a {@link kiosk.ranking.ViewRecorder},
 * which batches views from one writer thread into a {@link kiosk.ranking.ViewStore} (SQLite files, or
 * Redis shared by several replicas) and acknowledges each view once its batch is durable.
 * {@link kiosk.ranking.Ranking} sums the hourly counts of a window and caches the result briefly.
 *
 * <p>Knows no other Kiosk package: articles are slugs, and "published, in which section" is a function.
 */
package kiosk.ranking;
