package org.urbaninnovation.commons.text;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What text may reach a service's rules and its database. PostgreSQL refuses NUL in text (an
 * error that would otherwise surface as a 500), other C0 control characters have no business in
 * names, slugs or prose, and an unpaired surrogate cannot be stored as UTF-8 at all. Tab, line
 * feed and carriage return are text. Percent-encoded parts of a URI must decode to valid UTF-8.
 */
public final class SafeText {

    public static final String CONTROL = "must not contain control characters (such as NUL) other than tab and line breaks";
    public static final String SURROGATE = "must not contain unpaired UTF-16 surrogates";
    public static final String ENCODING = "is not valid percent-encoded UTF-8";

    private SafeText() {
    }

    /** Why this text is refused, or empty when it is fine. */
    public static Optional<String> problem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(CONTROL);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(SURROGATE);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(SURROGATE);
            }
        }
        return Optional.empty();
    }

    /**
     * A percent-encoded URI component (a path, a query parameter's name or value; {@code +} is a
     * space in a query), decoded strictly: a stray {@code %} or bytes that are not UTF-8 are refused.
     */
    public static Decoded decode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return Decoded.refused(ENCODING);
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            return problem(text).map(Decoded::refused).orElse(new Decoded(text, null));
        } catch (CharacterCodingException e) {
            return Decoded.refused(ENCODING);
        }
    }

    /** A decoded component, or why it was refused. */
    public record Decoded(String text, String refusal) {

        static Decoded refused(String why) {
            return new Decoded(null, why);
        }

        public boolean refused() {
            return refusal != null;
        }
    }
}
