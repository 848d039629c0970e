package org.urbaninnovation.submissions.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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
import org.urbaninnovation.commons.paging.PageParams;
import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.cycle.CycleService;
import org.urbaninnovation.submissions.domain.deliberation.DeliberationService;
import org.urbaninnovation.submissions.domain.deliberation.Ranking;

@Path("/api/v1/cycles/{cycleId}/ranking")
@Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
@Tag(name = "Deliberation", description = "The ranking of the jury's scores and the decisions")
public class RankingResource {

    private final DeliberationService deliberation;
    private final CycleService cycles;

    public RankingResource(DeliberationService deliberation, CycleService cycles) {
        this.deliberation = deliberation;
        this.cycles = cycles;
    }

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "The ranking of the cycle's eligible entries (admin); JSON or CSV",
            description = "Weighted total, raw mean and per-juror z-score-normalized mean side by side, the spread (standard"
                    + " deviation) per entry and criterion, a disagreement flag above the configured threshold"
                    + " (SUBMISSIONS_DISAGREEMENT_THRESHOLD); order=weighted (default) or normalized; ties are broken by the"
                    + " other measure, the raw mean, the earlier submission, the id.")
    @APIResponse(responseCode = "200", description = "The list, as JSON or as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentedLists.RankingPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response ranking(@PathParam("cycleId") UUID cycleId,
            @QueryParam("order") @DefaultValue("weighted") @Pattern(regexp = Ranking.Order.PATTERN, message = "must be weighted or normalized") String order,
            @Valid @BeanParam PageParams paging, @QueryParam("format") Format format, @Context HttpHeaders headers) {
        Cycle cycle = cycles.get(cycleId);
        var page = Pages.of(deliberation.ranking(cycleId, Ranking.Order.of(order).orElseThrow(), Pages.request(paging)),
                paging, RankingRow::of);
        return Response.ok(page.withColumns(RankingRow.columns(cycle.criteria())), Format.negotiate(format, headers))
                .header("X-Disagreement-Threshold", deliberation.disagreementThreshold()).build();
    }
}
