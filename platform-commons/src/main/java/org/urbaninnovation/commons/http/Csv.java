package org.urbaninnovation.commons.http;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MediaType;

/**
 * RFC 4180 CSV for tabular answers: UTF-8, one header row, CRLF line ends. Cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String MEDIA_TYPE_UTF8 = "text/csv; charset=UTF-8";
    public static final MediaType MEDIA_TYPE_TYPE = MediaType.valueOf(MEDIA_TYPE);
    public static final MediaType MEDIA_TYPE_UTF8_TYPE = MediaType.valueOf(MEDIA_TYPE_UTF8);

    private Csv() {
    }

    public static String of(List<String> header, List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", header)).append("\r\n");
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Iterable<?> items
                ? String.join(";", java.util.stream.StreamSupport.stream(items.spliterator(), false).map(String::valueOf).toList())
                : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        // Text is always quoted: a spreadsheet that splits on ';' still sees one cell.
        return value instanceof Number || text.isEmpty() ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
