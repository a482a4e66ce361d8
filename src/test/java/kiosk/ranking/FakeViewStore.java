package kiosk.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts in memory, sums by brute force, and remembers what it was asked: a fake, not a mock. */
class FakeViewStore implements ViewStore {

    final List<List<HourlyCount>> batches = new ArrayList<>();
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public synchronized void add(Collection<HourlyCount> counts) {
        batches.add(List.copyOf(counts));
    }

    /** Adds {@code views} views of {@code slug} in {@code hour}. */
    FakeViewStore views(String slug, long hour, long views) {
        add(List.of(new HourlyCount(slug, hour, views)));
        return this;
    }

    @Override
    public synchronized Map<String, Long> totals(HourRange range) {
        reads.incrementAndGet();
        return ViewStoreContract.sum(batches.stream().flatMap(List::stream).toList(), range);
    }

    synchronized long total() {
        return batches.stream().flatMap(List::stream).mapToLong(HourlyCount::views).sum();
    }

    synchronized int batchCount() {
        return batches.size();
    }

    @Override
    public void close() {
    }
}
