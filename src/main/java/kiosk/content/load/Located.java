package kiosk.content.load;

/** A value read from a file with its position, kept until the reference it names is resolved. */
public record Located<T>(T value, int line, int column) {

    static <T> Located<T> at(YamlNode node, T value) {
        return new Located<>(value, node.line(), node.column());
    }
}
