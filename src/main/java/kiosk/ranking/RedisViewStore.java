package kiosk.ranking;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.SafeEncoder;

/**
 * The shared store: several Kiosk replicas count into one Redis. A hash per bucket,
 * {@code <prefix>h:<hour>} and {@code <prefix>d:<day>}, maps article slugs to views; {@code HINCRBY}
 * adds, so replicas never overwrite each other. Keys expire {@link ViewStore#RETENTION} after their
 * bucket ends, so Redis holds about 35 days of counts and no clean-up job is needed.
 *
 * <p>Durability: {@link #add} sends a batch as one {@code MULTI}/{@code EXEC} and returns once Redis has
 * replied, so a batch is applied whole or not at all. A reply means durable only if Redis is configured
 * so: {@code appendonly yes} with {@code appendfsync always} fsyncs the append-only file before Redis
 * replies (Redis groups the fsync of everything it received in one event-loop turn, so pipelined batches
 * are cheap), and a machine crash loses nothing acknowledged. With {@code appendfsync everysec} a crash of
 * the Redis process loses nothing (the file is written before the reply), but a machine crash loses up to
 * about two seconds of acknowledged views. Without {@code appendonly} a restart loses everything since the
 * last snapshot. {@link #open} logs a warning unless it sees {@code appendonly yes}.
 */
public final class RedisViewStore implements ViewStore {

    /** Key prefix used when the configuration names none. */
    public static final String DEFAULT_PREFIX = "kiosk:views:";

    private static final Logger LOG = LoggerFactory.getLogger(RedisViewStore.class);
    private static final long SECONDS_PER_HOUR = 3600;

    private final RedisClient client;
    private final String prefix;

    private RedisViewStore(RedisClient client, String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    /**
     * Connects to {@code uri} ({@code redis://[user:password@]host:port[/database]}, or {@code rediss://}
     * for TLS). A pool of connections is opened lazily, so an unreachable server shows on first use.
     */
    public static RedisViewStore open(URI uri, String prefix) {
        RedisViewStore store = new RedisViewStore(RedisClient.create(uri), prefix);
        store.warnUnlessDurable();
        return store;
    }

    private void warnUnlessDurable() {
        try {
            String appendonly = config("appendonly");
            String appendfsync = config("appendfsync");
            if (!"yes".equals(appendonly)) {
                LOG.warn("Redis has appendonly {}: acknowledged views are lost when it restarts;"
                        + " set appendonly yes and appendfsync always", appendonly);
            } else if (!"always".equals(appendfsync)) {
                LOG.info("Redis has appendfsync {}: a machine crash may lose the last seconds of views", appendfsync);
            }
        } catch (JedisException e) {
            LOG.warn("cannot check Redis durability settings ({}); counting anyway", e.getMessage());
        }
    }

    /** One {@code CONFIG GET} value; managed Redis services may refuse CONFIG, which the caller reports. */
    private String config(String parameter) {
        Object reply = client.sendCommand(Protocol.Command.CONFIG, "GET", parameter);
        if (reply instanceof List<?> pair && pair.size() == 2 && pair.get(1) instanceof byte[] value) {
            return SafeEncoder.encode(value);
        }
        return "unknown";
    }

    @Override
    public void add(Collection<HourlyCount> counts) {
        if (counts.isEmpty()) {
            return;
        }
        Map<String, Long> expiries = new LinkedHashMap<>();
        try (AbstractTransaction transaction = client.multi()) {
            for (Rollup.Increment increment : Rollup.increments(counts)) {
                String key = key(increment.span(), increment.index());
                transaction.hincrBy(key, increment.slug(), increment.views());
                expiries.putIfAbsent(key, Rollup.expiryHour(increment.span(), increment.index()) * SECONDS_PER_HOUR);
            }
            expiries.forEach(transaction::expireAt);
            List<Object> replies = transaction.exec();
            if (replies == null) {
                throw new ViewStoreException("Redis aborted the transaction", null);
            }
            for (Object reply : replies) {
                if (reply instanceof Exception failure) {
                    throw new ViewStoreException("Redis refused a view count", failure);
                }
            }
        } catch (JedisException e) {
            throw new ViewStoreException("cannot add view counts to Redis", e);
        }
    }

    @Override
    public Map<String, Long> totals(HourRange range) {
        List<Response<Map<String, String>>> buckets = new ArrayList<>();
        try (AbstractPipeline pipeline = client.pipelined()) {
            for (Rollup.Range covering : Rollup.cover(range)) {
                for (long index = covering.first(); index <= covering.last(); index++) {
                    buckets.add(pipeline.hgetAll(key(covering.span(), index)));
                }
            }
            pipeline.sync();
            Map<String, Long> totals = new HashMap<>();
            // a refused command (Redis still loading its file, say) throws here, at its reply, not at sync()
            for (Response<Map<String, String>> bucket : buckets) {
                bucket.get().forEach((slug, views) -> totals.merge(slug, Long.parseLong(views), Long::sum));
            }
            return totals;
        } catch (JedisException e) {
            throw new ViewStoreException("cannot read view counts from Redis", e);
        }
    }

    private String key(Rollup.Span span, long index) {
        return prefix + span.code + ":" + index;
    }

    @Override
    public void close() {
        client.close();
    }
}
