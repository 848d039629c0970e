package org.urbaninnovation.metrics.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.http.Format;
import org.urbaninnovation.commons.paging.Page;
import org.urbaninnovation.commons.paging.PageParams;
import org.urbaninnovation.metrics.domain.IndicatorCatalog;

@Path("/api/v1/indicators")
@Tag(name = "Indicators")
@Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
public class IndicatorResource {

    /** How the document describes {@code Page<IndicatorView>} (an OpenAPI schema cannot name a generic type's argument). */
    @Schema(name = "IndicatorPage", description = "A page of indicators")
    record IndicatorPage(List<IndicatorView> items, int page, int size, long total) {
    }


    private final IndicatorCatalog indicators;

    public IndicatorResource(IndicatorCatalog indicators) {
        this.indicators = indicators;
    }

    @GET
    @Operation(summary = "Indicators with their unit, good direction, themes and SDG targets; JSON or CSV")
    @APIResponse(responseCode = "200", description = "The answer, as JSON or as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@Valid @BeanParam PageParams paging,
            @QueryParam("theme") @Pattern(regexp = "social_cultural|economic|environmental|governance|technology",
                    message = "must be one of social_cultural, economic, environmental, governance, technology") String theme,
            @QueryParam("format") Format format, @Context HttpHeaders headers) {
        List<IndicatorView> all = indicators.withTheme(theme).stream().map(IndicatorView::of).toList();
        List<IndicatorView> page = all.stream().skip((long) paging.page() * paging.size()).limit(paging.size()).toList();
        return Response.ok(Page.of(page, paging, all.size()).withColumns(IndicatorView.COLUMNS),
                Format.negotiate(format, headers)).build();
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One indicator's definition")
    public IndicatorView get(@PathParam("code") @Size(max = 80) String code) {
        return IndicatorView.of(indicators.get(code));
    }
}
