package org.urbaninnovation.metrics.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 period as the sources give them (a year, a quarter, a month or a day), kept as
 * written and as the interval {@code [start, end)} it covers so that periods of different
 * granularity can be compared and filtered together.
 */
public record Period(String text, LocalDate start, LocalDate end) {

    public static final String FORMATS = "YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD";

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** @throws IllegalArgumentException with a message a client can act on */
    public static Period parse(String text) {
        if (text == null || text.length() > 10) {
            throw invalid(text);
        }
        try {
            Matcher m;
            if ((m = YEAR.matcher(text)).matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
                return new Period(text, start, start.plusYears(1));
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
                return new Period(text, start, start.plusMonths(3));
            }
            if ((m = MONTH.matcher(text)).matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return new Period(text, start, start.plusMonths(1));
            }
            if (DAY.matcher(text).matches()) {
                LocalDate day = LocalDate.parse(text);
                return new Period(text, day, day.plusDays(1));
            }
        } catch (DateTimeException e) {
            throw invalid(text);
        }
        throw invalid(text);
    }

    /**
     * A bound of a {@code from}/{@code to} filter: a period, or a timestamp such as Grafana's
     * {@code $__isoFrom()} ({@code 2023-01-01T00:00:00.000Z}), which stands for its UTC day. As an
     * upper bound, a timestamp at midnight ends before that day: a range "to 2024-01-01T00:00Z"
     * does not reach into 2024.
     */
    public static Period parseBound(String text, boolean upper) {
        if (text != null && text.length() > 10 && text.length() <= 40 && text.contains("T")) {
            try {
                OffsetDateTime instant = OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
                LocalDate day = instant.toLocalDate();
                if (upper && instant.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
                    return new Period(text, day.minusDays(1), day);
                }
                return new Period(text, day, day.plusDays(1));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be an ISO 8601 period (" + FORMATS
                        + ") or a timestamp such as 2023-01-01T00:00:00Z");
            }
        }
        return parse(text);
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("must be an ISO 8601 period (" + FORMATS + "), not '" + text + "'");
    }
}
