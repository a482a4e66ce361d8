package kiosk.content.load;

/**
 * A value read from a file with its position, kept until the reference it names is resolved.
 * Line and column 0 mean the value comes from the file's name (a slug), not from a line of it.
 */
public record Located<T>(T value, int line, int column) {

    static <T> Located<T> fileName(T value) {
        return new Located<>(value, 0, 0);
    }

    boolean fromFileName() {
        return line == 0;
    }

    static <T> Located<T> at(YamlNode node, T value) {
        return new Located<>(value, node.line(), node.column());
    }
}
