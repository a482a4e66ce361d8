package kiosk.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a list on the common pool's workers and the calling thread, each taking the next item as it finishes
 * one, so that all finish within an item of each other. A parallel stream cuts its input into four parts a
 * worker up front (on two cores, 2,500 articles each of 10,000): the thread that finished its parts first then
 * waited for the other's last one, a tenth of a cold {@code check}'s wall time, while reading an article
 * costs more at the start (the JIT still compiling) than at the end.
 *
 * <p>A map can also be {@linkplain #start started} before its items are known and before the calling thread is
 * free: the workers take the items as soon as they are listed, and the calling thread joins in when it has done
 * its own work. Once the function fails on one item, no thread takes another.
 */
public final class BalancedMap<T, R> {

    private final List<T> items;
    private final Function<? super T, ? extends R> function;
    private final Object[] results;
    private final AtomicInteger next = new AtomicInteger();

    private BalancedMap(List<T> items, Function<? super T, ? extends R> function) {
        this.items = items;
        this.function = function;
        this.results = new Object[items.size()];
    }

    /** The function's results in the items' order; a failure of the function is thrown once every thread has stopped. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        return BalancedMap.<T, R>start(CompletableFuture.completedFuture(items), function).join();
    }

    /**
     * Starts mapping the items, once they are there, on the common pool's workers; {@link Pending#join} has the
     * calling thread take part and returns the results.
     */
    public static <T, R> Pending<R> start(CompletableFuture<List<T>> items, Function<? super T, ? extends R> function) {
        CompletableFuture<BalancedMap<?, R>> map = items.thenApply(listed -> new BalancedMap<>(listed, function));
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int helper = 0; helper < ForkJoinPool.getCommonPoolParallelism(); helper++) {
            helpers.add(ForkJoinPool.commonPool().submit(() -> map.join().work()));
        }
        return new Pending<>(map, helpers);
    }

    private void work() {
        try {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                results[i] = function.apply(items.get(i));
            }
        } catch (RuntimeException | Error e) {
            next.set(items.size()); // the map fails anyway: the other threads stop at their current item
            throw e;
        }
    }

    /** A map under way on the pool's workers. */
    public static final class Pending<R> {

        private final CompletableFuture<BalancedMap<?, R>> map;
        private final List<ForkJoinTask<?>> helpers;

        private Pending(CompletableFuture<BalancedMap<?, R>> map, List<ForkJoinTask<?>> helpers) {
            this.map = map;
            this.helpers = helpers;
        }

        /**
         * Maps on this thread too until no item is left, then waits for the workers: the results in the items'
         * order. A failure of the function (or of listing the items) is thrown once every thread has stopped.
         */
        public List<R> join() {
            try {
                map.join().work();
            } finally {
                helpers.forEach(ForkJoinTask::quietlyJoin);
            }
            helpers.forEach(ForkJoinTask::join); // a helper's failure, now that all have stopped
            @SuppressWarnings("unchecked") // every slot holds the function's R
            List<R> mapped = (List<R>) Collections.unmodifiableList(Arrays.asList(map.join().results));
            return mapped;
        }
    }
}
