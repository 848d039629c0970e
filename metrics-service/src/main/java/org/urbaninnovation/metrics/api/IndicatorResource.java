package org.urbaninnovation.metrics.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.paging.Page;
import org.urbaninnovation.commons.paging.PageParams;
import org.urbaninnovation.commons.problem.ProblemException;
import org.urbaninnovation.metrics.persistence.IndicatorRepository;

@Path("/api/v1/indicators")
@Tag(name = "Indicators")
@Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
public class IndicatorResource {

    private final IndicatorRepository indicators;

    public IndicatorResource(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    @GET
    @Operation(summary = "Indicators with their unit, good direction, themes and SDG targets; JSON or CSV")
    public Response list(@Valid @BeanParam PageParams paging,
            @QueryParam("theme") @Pattern(regexp = "social_cultural|economic|environmental|governance|technology",
                    message = "must be one of social_cultural, economic, environmental, governance, technology") String theme,
            @QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        List<IndicatorView> all = indicators.all().stream()
                .filter(i -> theme == null || List.of(i.themes).contains(theme)).map(IndicatorView::of).toList();
        List<IndicatorView> page = all.stream().skip((long) paging.page() * paging.size()).limit(paging.size()).toList();
        return Csv.respond(format, headers, uri, Page.of(page, paging, all.size()), IndicatorView.CSV_HEADER,
                () -> page.stream().map(IndicatorView::csv).toList());
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One indicator's definition")
    public IndicatorView get(@PathParam("code") String code) {
        return indicators.findByIdOptional(code).map(IndicatorView::of)
                .orElseThrow(() -> ProblemException.notFound("No indicator with code '" + code + "'."));
    }
}
