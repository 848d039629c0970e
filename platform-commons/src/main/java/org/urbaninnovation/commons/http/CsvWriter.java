package org.urbaninnovation.commons.http;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/** Every {@link Tabular} answer as RFC 4180 CSV: the one place where any list becomes CSV. */
@Provider
@Produces(Csv.MEDIA_TYPE)
public class CsvWriter implements MessageBodyWriter<Tabular> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Tabular.class.isAssignableFrom(type) && mediaType.isCompatible(Csv.MEDIA_TYPE_TYPE);
    }

    @Override
    public void writeTo(Tabular table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        entityStream.write(Csv.of(table.csvHeader(), table.csvRows()).getBytes(StandardCharsets.UTF_8));
    }
}
