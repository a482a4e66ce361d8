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
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The schema's {@code DateTime}: an {@link OffsetDateTime} as an ISO-8601 string that keeps its offset. */
final class DateTimeScalar implements Coercing<OffsetDateTime, String> {

    static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("An instant as an ISO-8601 string with its offset, such as 2026-11-20T09:30:00+09:00.")
            .coercing(new DateTimeScalar())
            .build();

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof OffsetDateTime dateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
        }
        throw new CoercingSerializeException("not an OffsetDateTime: " + value);
    }

    @Override
    public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
        if (input instanceof String text) {
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                throw new CoercingParseValueException(problem(text), e);
            }
        }
        throw new CoercingParseValueException(problem(input));
    }

    @Override
    public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                       Locale locale) {
        if (input instanceof StringValue text) {
            try {
                return parse(text.getValue());
            } catch (DateTimeParseException e) {
                throw new CoercingParseLiteralException(problem(text.getValue()), e);
            }
        }
        throw new CoercingParseLiteralException(problem(input));
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return StringValue.of(serialize(input, context, locale));
    }

    private static OffsetDateTime parse(String text) {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String problem(Object input) {
        return "DateTime needs an ISO-8601 date-time with offset, such as 2026-11-20T09:30:00+09:00; got " + input;
    }
}
