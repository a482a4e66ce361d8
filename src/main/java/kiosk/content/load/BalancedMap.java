package kiosk.content.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a list on the calling thread and the common pool's workers, each taking the next item as it finishes
 * one, so that all finish within an item of each other. A parallel stream cuts its input into four parts a
 * worker up front (on two cores, 2,500 articles each of 10,000): the thread that finished its parts first then
 * waited for the other's last one, a tenth of a cold {@code check}'s wall time, while reading an article
 * costs more at the start (the JIT still compiling) than at the end.
 */
final class BalancedMap {

    private BalancedMap() {
    }

    /** The function's results in the items' order; a failure of the function is thrown once every thread has stopped. */
    static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                results[i] = function.apply(items.get(i));
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), items.size() - 1);
        List<ForkJoinTask<?>> tasks = new ArrayList<>();
        for (int helper = 0; helper < helpers; helper++) {
            tasks.add(ForkJoinPool.commonPool().submit(work));
        }
        try {
            work.run();
        } finally {
            tasks.forEach(ForkJoinTask::quietlyJoin);
        }
        tasks.forEach(ForkJoinTask::join); // a helper's failure, now that all have stopped
        @SuppressWarnings("unchecked") // every slot holds the function's R
        List<R> mapped = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return mapped;
    }
}
