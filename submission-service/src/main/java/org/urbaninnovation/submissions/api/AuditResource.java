package org.urbaninnovation.submissions.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.urbaninnovation.submissions.domain.audit.AuditFilter;
import org.urbaninnovation.submissions.domain.audit.AuditLog;

import com.fasterxml.jackson.databind.ObjectMapper;

@Path("/api/v1/audit")
@Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
@Tag(name = "Audit", description = "Every change: who, when, what, before and after")
public class AuditResource {

    private final AuditLog audit;
    private final ObjectMapper mapper;

    public AuditResource(AuditLog audit, ObjectMapper mapper) {
        this.audit = audit;
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "The audit trail, oldest first, filtered (admin); JSON or CSV",
            description = "entity is an entity's id (a cycle, entry, juror, assignment or review); from is inclusive, to exclusive.")
    @APIResponse(responseCode = "200", description = "The list, as JSON or as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentedLists.AuditPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@QueryParam("cycle") @Pattern(regexp = Params.UUID_PATTERN, message = Params.UUID_MESSAGE) String cycle,
            @QueryParam("actor") @Size(min = 1, max = 200) String actor,
            @QueryParam("entity") @Size(min = 1, max = 100) String entity,
            @QueryParam("entityType") @Pattern(regexp = "cycle|submission|juror|assignment|review|decision",
                    message = "must be one of cycle, submission, juror, assignment, review, decision") String entityType,
            @QueryParam("from") @Size(max = 40) String from, @QueryParam("to") @Size(max = 40) String to,
            @Valid @BeanParam PageParams paging, @QueryParam("format") Format format, @Context HttpHeaders headers) {
        AuditFilter filter = new AuditFilter(Params.uuid(cycle), actor, entity, entityType, Params.instant("from", from),
                Params.instant("to", to));
        var page = Pages.of(audit.find(filter, Pages.request(paging)), paging, r -> AuditView.of(r, mapper));
        return Response.ok(page.withColumns(AuditView.COLUMNS), Format.negotiate(format, headers)).build();
    }
}
