package org.urbaninnovation.commons.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code ?page=&size=} of every list endpoint. Pages count from 0; the size is capped so
 * that no request can ask for an unbounded list.
 */
public class PageParams {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Offsets cost a sort of everything before them; beyond this a client should filter instead. */
    public static final int MAX_PAGE = 500;

    // Text, not int: a value such as "ten" then becomes a violation naming the parameter instead
    // of the framework's anonymous conversion error.
    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
            maximum = "" + MAX_PAGE, defaultValue = "0"))
    @Pattern(regexp = "-?\\d{1,9}", message = "must be a whole number")
    @Min(value = 0, message = "must be between 0 and " + MAX_PAGE)
    @Max(value = MAX_PAGE, message = "must be between 0 and " + MAX_PAGE + "; narrow the query instead of paging deeper")
    String page;

    @QueryParam("size")
    @DefaultValue("" + DEFAULT_SIZE)
    @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "" + MAX_SIZE, defaultValue = "" + DEFAULT_SIZE))
    @Pattern(regexp = "-?\\d{1,9}", message = "must be a whole number")
    @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
    @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE)
    String size;

    public int page() {
        return Integer.parseInt(page);
    }

    public int size() {
        return Integer.parseInt(size);
    }
}
