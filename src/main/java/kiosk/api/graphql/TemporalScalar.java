package kiosk.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.Locale;

/**
 * The schema's date scalars, as ISO-8601 strings: {@code DateTime}, an instant with its offset, always
 * to the second (content and git know no finer time, and one format is what clients can compare and
 * parse with a fixed pattern), and {@code Date}, a calendar day. Their {@code @specifiedBy} URLs are
 * in the schema file.
 */
final class TemporalScalar<T extends TemporalAccessor> implements Coercing<T, String> {

    /** Seconds, never fractions: {@code 2026-11-20T09:30:00+09:00}, or {@code Z} for UTC. */
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    static final GraphQLScalarType DATE_TIME = scalar("DateTime", OffsetDateTime.class, SECONDS,
            DateTimeFormatter.ISO_OFFSET_DATE_TIME, OffsetDateTime::from,
            "an ISO-8601 date-time with offset, such as 2026-11-20T09:30:00+09:00");
    static final GraphQLScalarType DATE = scalar("Date", LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from, "an ISO-8601 calendar date, such as 2026-11-24");

    private final String name;
    private final Class<T> type;
    private final DateTimeFormatter output;
    private final DateTimeFormatter input;
    private final TemporalQuery<T> query;
    private final String expected;

    private TemporalScalar(String name, Class<T> type, DateTimeFormatter output, DateTimeFormatter input,
                           TemporalQuery<T> query, String expected) {
        this.name = name;
        this.type = type;
        this.output = output;
        this.input = input;
        this.query = query;
        this.expected = expected;
    }

    private static <T extends TemporalAccessor> GraphQLScalarType scalar(String name, Class<T> type, DateTimeFormatter output,
                                                                        DateTimeFormatter input, TemporalQuery<T> query,
                                                                        String expected) {
        // no description here: the schema file's, with its @specifiedBy, is the one published
        return GraphQLScalarType.newScalar()
                .name(name)
                .coercing(new TemporalScalar<>(name, type, output, input, query, expected))
                .build();
    }

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        if (type.isInstance(value)) {
            return output.format(type.cast(value));
        }
        throw new CoercingSerializeException("not a " + type.getSimpleName() + ": " + value);
    }

    @Override
    public T parseValue(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof String text) {
            try {
                return input.parse(text, query);
            } catch (DateTimeParseException e) {
                throw new CoercingParseValueException(problem(text), e);
            }
        }
        throw new CoercingParseValueException(problem(value));
    }

    @Override
    public T parseLiteral(Value<?> value, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (value instanceof StringValue text) {
            try {
                return input.parse(text.getValue(), query);
            } catch (DateTimeParseException e) {
                throw new CoercingParseLiteralException(problem(text.getValue()), e);
            }
        }
        throw new CoercingParseLiteralException(problem(value));
    }

    @Override
    public Value<?> valueToLiteral(Object value, GraphQLContext context, Locale locale) {
        return StringValue.of(serialize(value, context, locale));
    }

    private String problem(Object value) {
        return name + " needs " + expected + "; got " + value;
    }
}
