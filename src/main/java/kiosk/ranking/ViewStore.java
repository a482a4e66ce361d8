package kiosk.ranking;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * Durable view counts per article per hour. Implementations: {@link SqliteViewStore} (files under a data
 * directory, no server) and {@link RedisViewStore} (shared by several replicas); open either through
 * {@link ViewStoreConfig}. Callers normally write through a {@link ViewRecorder}, which batches views and
 * acknowledges each one after {@link #add} has returned.
 */
public interface ViewStore extends AutoCloseable {

    /**
     * How long counts are kept: the longest ranking window (30 days) and some slack for late readers.
     * Older counts are deleted or expire.
     */
    Duration RETENTION = Duration.ofDays(35);

    /**
     * Adds the counts to what is stored, in one durable step: when this returns they survive a crash of
     * this process (and, as configured, of the machine). On an exception none or, for Redis after a lost
     * reply, all of them may be stored, never a part.
     */
    void add(Collection<HourlyCount> counts) throws ViewStoreException;

    /** Views per article summed over the hours of {@code range}; articles without views are absent. */
    Map<String, Long> totals(HourRange range) throws ViewStoreException;

    /** Releases connections and files; counts already added stay stored. */
    @Override
    void close();
}
