package kiosk.catalog;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed by the first thread that asks for it, while any other asking waits for that one;
 * the work is then dropped, with whatever it held. For a catalog's parts that a server need not have
 * before it answers its first request.
 */
final class OnFirstUse<T> implements Supplier<T> {

    private Supplier<T> work;
    private volatile T value;

    private OnFirstUse(Supplier<T> work) {
        this.work = work;
    }

    /** {@code work}'s value, computed on first use. */
    static <T> OnFirstUse<T> of(Supplier<T> work) {
        return new OnFirstUse<>(Objects.requireNonNull(work, "work"));
    }

    /** A value already at hand. */
    static <T> OnFirstUse<T> done(T value) {
        OnFirstUse<T> done = new OnFirstUse<>(null);
        done.value = Objects.requireNonNull(value, "value");
        return done;
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = Objects.requireNonNull(work.get(), "work's value");
                    value = current;
                    work = null;
                }
            }
        }
        return current;
    }
}
