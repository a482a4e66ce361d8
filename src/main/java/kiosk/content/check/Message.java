package kiosk.content.check;

import java.util.List;
import java.util.Objects;

/**
 * A problem's words as a key of the message bundle and the values they name, so that it is told in
 * the editors' language ({@link Messages}). The bundle has {@code key} (the message) and, when there
 * is one, {@code key.hint} (how to fix it).
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
