package org.urbaninnovation.commons.text;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every string and object key read from a JSON body passes {@link SafeText}: a {@code "\u0000"}
 * in a title is a 400 naming the field (through {@link UnsafeTextException}), not a 500 from
 * PostgreSQL, and an unpaired surrogate is not stored as a question mark.
 */
@Singleton
public class SafeTextModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("safe-text");
        module.addDeserializer(String.class, new SafeStringDeserializer());
        module.addKeyDeserializer(String.class, new SafeKeyDeserializer());
        mapper.registerModule(module);
    }

    /** A string that {@link SafeText} refuses; the problem mapper names its field. */
    public static final class UnsafeTextException extends MismatchedInputException {

        private final String refusal;

        UnsafeTextException(JsonParser parser, String refusal) {
            super(parser, refusal, String.class);
            this.refusal = refusal;
        }

        public String refusal() {
            return refusal;
        }
    }

    private static final class SafeStringDeserializer extends StdScalarDeserializer<String> {

        SafeStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(parser, StringDeserializer.instance.deserialize(parser, context));
        }
    }

    private static final class SafeKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(context.getParser(), key);
        }
    }

    private static String checked(JsonParser parser, String value) throws UnsafeTextException {
        if (value != null) {
            var refusal = SafeText.problem(value);
            if (refusal.isPresent()) {
                throw new UnsafeTextException(parser, refusal.get());
            }
        }
        return value;
    }
}
