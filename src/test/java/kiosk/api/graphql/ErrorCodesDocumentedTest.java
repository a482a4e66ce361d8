package kiosk.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The error codes and limit names are one list in three places: the Java enums the server answers
 * from, the schema's enums front ends generate types from, and the README's tables people read. A code
 * added to one and not the others fails here.
 */
class ErrorCodesDocumentedTest {

    private static final Path SCHEMA = Path.of("graphql", "schema.graphqls");
    private static final Path README = Path.of("README.md");

    @Test
    void errorCodes_areTheSameInJavaTheSchemaAndTheReadme() throws IOException {
        List<String> java = Arrays.stream(ErrorCode.values()).map(Enum::name).toList();

        assertThat(schemaEnum("ErrorCode")).containsExactlyElementsOf(java);
        assertThat(readmeTable("Error code")).containsExactlyElementsOf(java);
    }

    @Test
    void limits_areTheSameInJavaTheSchemaAndTheReadme() throws IOException {
        List<String> java = Arrays.stream(Limit.values()).map(Enum::name).toList();

        assertThat(schemaEnum("Limit")).containsExactlyElementsOf(java);
        assertThat(readmeTable("Limit")).containsExactlyElementsOf(java);
    }

    @Test
    void everyCodeAndLimit_isDescribedInTheSchema() throws IOException {
        for (String name : List.of("ErrorCode", "Limit")) {
            EnumTypeDefinition type = schema().getTypeOrNull(name, EnumTypeDefinition.class);
            assertThat(type.getDescription()).as(name).isNotNull();
            type.getEnumValueDefinitions().forEach(value ->
                    assertThat(value.getDescription()).as(name + "." + value.getName()).isNotNull());
        }
    }

    private static List<String> schemaEnum(String name) throws IOException {
        return schema().getTypeOrNull(name, EnumTypeDefinition.class).getEnumValueDefinitions().stream()
                .map(EnumValueDefinition::getName).toList();
    }

    private static TypeDefinitionRegistry schema() throws IOException {
        return new SchemaParser().parse(Files.readString(SCHEMA));
    }

    /** The first column of the README table whose header starts with {@code | header |}, without backticks. */
    private static List<String> readmeTable(String header) throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf(lines.stream().filter(line -> line.startsWith("| " + header + " |"))
                .findFirst().orElseThrow(() -> new AssertionError("README has no table headed | " + header + " |")));
        Pattern row = Pattern.compile("^\\| `([A-Z_]+)` \\|");
        return lines.subList(start + 2, lines.size()).stream()
                .takeWhile(line -> line.startsWith("|"))
                .map(line -> {
                    Matcher matcher = row.matcher(line);
                    assertThat(matcher.find()).as("README row " + line).isTrue();
                    return matcher.group(1);
                })
                .toList();
    }
}
