package org.urbaninnovation.commons.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The representation a client asked for, by {@code ?format=} (which wins, so that a link in a
 * spreadsheet or a browser needs no header) or by its {@code Accept} header. Parsed by
 * {@link FormatParamConverter}; rendered by Jackson or by {@link CsvWriter}.
 */
@Schema(type = SchemaType.STRING, enumeration = { "json", "csv" }, description = "json (default) or csv")
public enum Format {
    JSON(MediaType.APPLICATION_JSON_TYPE),
    CSV(Csv.MEDIA_TYPE_UTF8_TYPE);

    private final MediaType mediaType;

    Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Format> of(String wire) {
        return Arrays.stream(values()).filter(f -> f.wire().equalsIgnoreCase(wire.trim())).findFirst();
    }

    /** The media type to answer with: the parameter's if given, else CSV when Accept prefers it, else JSON. */
    public static MediaType negotiate(Format requested, HttpHeaders headers) {
        if (requested != null) {
            return requested.mediaType;
        }
        boolean csv = headers.getAcceptableMediaTypes().stream()
                .filter(type -> !type.isWildcardType())
                .findFirst()
                .map(type -> type.isCompatible(Csv.MEDIA_TYPE_TYPE))
                .orElse(false);
        return csv ? CSV.mediaType : JSON.mediaType;
    }
}
