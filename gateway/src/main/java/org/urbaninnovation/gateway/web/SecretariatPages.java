package org.urbaninnovation.gateway.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.urbaninnovation.gateway.web.api.ApiAnswer;
import org.urbaninnovation.gateway.web.api.PlatformApi;
import org.urbaninnovation.gateway.web.session.Session;
import org.urbaninnovation.gateway.web.session.SessionCodec;
import org.urbaninnovation.gateway.web.session.Sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * The secretariat's desk: cycles and their phase changes (a refused change shows the API's unmet
 * checks), screening, jurors, assignments with a preview of the automatic assignment, the ranking
 * (raw and normalized side by side, sortable, CSV), decisions, publishing, and the audit log.
 */
@Path("/secretariat")
@Produces(Html.TYPE)
public class SecretariatPages {

    static final List<String> PHASES = List.of("draft", "open", "screening", "review", "deliberation", "decided", "published");
    private static final List<String> RANK_COLUMNS = List.of("rank", "title", "city", "reviews", "weightedTotal", "rawMean",
            "normalizedMean", "spread");
    private static final List<String> AUDIT_NAMES = List.of("cycle", "actor", "entityType", "from", "to", "page");

    private final PlatformApi api;
    private final Sessions sessions;
    private final Html html;
    private final ObjectMapper json;
    private final Template cycles;
    private final Template desk;
    private final Template ranking;
    private final Template audit;

    public SecretariatPages(PlatformApi api, Sessions sessions, Html html, ObjectMapper json,
            @Location("web/secretariat.html") Template cycles, @Location("web/cycle-desk.html") Template desk,
            @Location("web/ranking.html") Template ranking, @Location("web/audit.html") Template audit) {
        this.api = api;
        this.sessions = sessions;
        this.html = html;
        this.json = json;
        this.cycles = cycles;
        this.desk = desk;
        this.ranking = ranking;
        this.audit = audit;
    }

    @GET
    @Operation(hidden = true)
    public Uni<Response> cycles(@Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        return admin(session, "/secretariat").orElseGet(() -> api.get("/api/v1/cycles?size=50", session.get().token())
                .map(answer -> answer.ok()
                        ? html.page(cycles.data("cycles", Json.plain(json, answer.body().path("items"))), session, "secretariat")
                        : html.refused(session, answer, "/secretariat")));
    }

    @GET
    @Path("/cycles/{id}")
    @Operation(hidden = true)
    public Uni<Response> desk(@PathParam("id") String id, @QueryParam("notice") String notice, @Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        return admin(session, "/secretariat/cycles/" + id).orElseGet(() -> deskPage(session.get(), id, notice, null, null));
    }

    private Uni<Response> deskPage(Session session, String id, String notice, ApiAnswer refused, ApiAnswer plan) {
        String token = session.token();
        String cycle = QueryLinks.encode(id);
        return Uni.combine().all().unis(api.get("/api/v1/cycles/" + cycle, token),
                api.get("/api/v1/submissions?size=100&cycle=" + cycle, token),
                api.get("/api/v1/cycles/" + cycle + "/jurors?size=100", token),
                api.get("/api/v1/assignments?size=100&cycle=" + cycle, token)).asTuple().map(all -> {
                    if (!all.getItem1().ok()) {
                        return html.refused(Optional.of(session), all.getItem1(), "/secretariat/cycles/" + id);
                    }
                    String phase = all.getItem1().body().path("phase").asText();
                    int at = PHASES.indexOf(phase);
                    TemplateInstance page = desk.data("cycle", Json.plain(json, all.getItem1().body()))
                            .data("next", at >= 0 && at + 1 < PHASES.size() ? PHASES.get(at + 1) : null)
                            .data("entries", Json.plain(json, all.getItem2().body().path("items")))
                            .data("jurors", Json.plain(json, all.getItem3().body().path("items")))
                            .data("assignments", Json.plain(json, all.getItem4().body().path("items")))
                            .data("notice", notice).data("problem", refused)
                            .data("plan", plan == null ? null : Json.plain(json, plan.body()))
                            .data("key", SessionCodec.randomToken());
                    return html.page(page, Optional.of(session), "secretariat", refused == null ? 200 : refused.status());
                });
    }

    @POST
    @Path("/cycles/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> act(@PathParam("id") String id, MultivaluedMap<String, String> posted, @Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        String path = "/secretariat/cycles/" + id;
        Optional<Uni<Response>> refused = admin(session, path);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!Sessions.csrfMatches(session, posted.getFirst("_csrf"))) {
            return Uni.createFrom().item(html.forbidden(session));
        }
        String token = session.get().token();
        String cycle = "/api/v1/cycles/" + QueryLinks.encode(id);
        Map<String, String> jsonType = Map.of("Content-Type", "application/json");
        String action = String.valueOf(posted.getFirst("_action"));
        Uni<ApiAnswer> call = switch (action) {
            case "phase" -> api.send("POST", cycle + "/phase", token, Map.of("Content-Type", "application/json",
                    "If-Match", WorkspacePages.etag(posted.getFirst("_version"))),
                    json.createObjectNode().put("phase", posted.getFirst("phase")).toString());
            case "screen" -> api.send("POST", "/api/v1/submissions/" + QueryLinks.encode(String.valueOf(posted.getFirst("submission")))
                    + "/screening", token, jsonType, json.createObjectNode().put("eligible", "true".equals(posted.getFirst("eligible")))
                    .put("reason", posted.getFirst("reason")).toString());
            case "register" -> api.send("POST", cycle + "/jurors", token, jsonType, json.createObjectNode()
                    .put("subject", posted.getFirst("subject")).put("name", posted.getFirst("name"))
                    .put("country", posted.getFirst("country")).toString());
            case "preview", "apply" -> api.send("POST", cycle + "/assignments/auto?dryRun=" + action.equals("preview"), token, jsonType,
                    json.createObjectNode().put("perSubmission", number(posted.getFirst("perSubmission"))).toString());
            case "decide" -> api.send("POST", cycle + "/decisions", token, Map.of("Content-Type", "application/json",
                    "Idempotency-Key", String.valueOf(posted.getFirst("_key"))), json.createObjectNode()
                    .put("submissionId", posted.getFirst("submission")).put("outcome", posted.getFirst("outcome"))
                    .put("rationale", posted.getFirst("rationale")).toString());
            default -> Uni.createFrom().item(new ApiAnswer(400, Optional.empty(), "", "", json.createObjectNode()
                    .put("detail", "Unknown action")));
        };
        return call.flatMap(answer -> {
            if (answer.status() == 401) {
                return Uni.createFrom().item(html.signInFirst(path));
            }
            if (!answer.ok()) {
                return action.equals("decide") ? rankingPage(session.get(), id, null, answer) : deskPage(session.get(), id, null, answer, null);
            }
            if (action.equals("preview")) {
                return deskPage(session.get(), id, null, null, answer);
            }
            if (action.equals("decide")) {
                return Uni.createFrom().item(html.redirect(path + "/ranking?notice=decided"));
            }
            if (action.equals("apply")) {
                return Uni.createFrom().item(html.redirect(path + "?notice=applied-" + answer.body().path("created").asInt()));
            }
            return Uni.createFrom().item(html.redirect(path + "?notice=" + action));
        });
    }

    @GET
    @Path("/cycles/{id}/ranking")
    @Operation(hidden = true)
    public Uni<Response> ranking(@PathParam("id") String id, @QueryParam("sort") String sort, @Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        return admin(session, "/secretariat/cycles/" + id + "/ranking").orElseGet(() -> rankingPage(session.get(), id, sort, null));
    }

    private Uni<Response> rankingPage(Session session, String id, String sort, ApiAnswer refused) {
        String cycle = "/api/v1/cycles/" + QueryLinks.encode(id);
        return Uni.combine().all().unis(api.get(cycle, session.token()), api.get(cycle + "/ranking?size=100", session.token()))
                .asTuple().map(both -> {
                    if (!both.getItem2().ok()) {
                        return html.refused(Optional.of(session), both.getItem2(), "/secretariat/cycles/" + id + "/ranking");
                    }
                    List<JsonNode> rows = new ArrayList<>();
                    both.getItem2().body().path("items").forEach(rows::add);
                    String column = sort == null ? "rank" : sort.replace("-", "");
                    if (RANK_COLUMNS.contains(column)) {
                        Comparator<JsonNode> order = Comparator.comparing(r -> sortKey(r.path(column)));
                        rows.sort(sort != null && sort.startsWith("-") ? order.reversed() : order);
                    }
                    Map<String, String> links = new java.util.LinkedHashMap<>();
                    RANK_COLUMNS.forEach(c -> links.put(c, "?sort=" + (c.equals(column) && (sort == null || !sort.startsWith("-")) ? "-" : "") + c));
                    return html.page(ranking.data("cycle", Json.plain(json, both.getItem1().body()))
                            .data("rows", rows.stream().map(r -> Json.plain(json, r)).toList()).data("links", links)
                            .data("sorted", column).data("problem", refused).data("key", SessionCodec.randomToken()),
                            Optional.of(session), "secretariat", refused == null ? 200 : refused.status());
                });
    }

    /** Numbers sort as numbers, texts as texts, blanks last. */
    private static Comparable<Object> sortKey(JsonNode value) {
        Object key = value.isNumber() ? (Object) value.decimalValue() : value.isMissingNode() || value.isNull() ? null : value.asText();
        return other -> {
            Object a = key;
            Object b = other;
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : 1) : -1;
            }
            if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
                return x.compareTo(y);
            }
            return a.toString().compareToIgnoreCase(b.toString());
        };
    }

    @GET
    @Path("/cycles/{id}/ranking.csv")
    @Produces("text/csv")
    @Operation(hidden = true)
    public Uni<Response> rankingCsv(@PathParam("id") String id, @Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        return admin(session, "/secretariat/cycles/" + id + "/ranking").orElseGet(() -> api.send("GET",
                "/api/v1/cycles/" + QueryLinks.encode(id) + "/ranking?size=100&format=csv", session.get().token(),
                Map.of("Accept", "text/csv"), null).map(answer -> answer.ok()
                        ? Response.ok(answer.text(), "text/csv;charset=UTF-8")
                                .header("Content-Disposition", "attachment; filename=\"ranking.csv\"").build()
                        : html.refused(session, answer, "/secretariat")));
    }

    @GET
    @Path("/audit")
    @Operation(hidden = true)
    public Uni<Response> audit(@Context UriInfo uri, @Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        QueryLinks query = new QueryLinks("/secretariat/audit", AUDIT_NAMES, AUDIT_NAMES, uri.getQueryParameters());
        return admin(session, "/secretariat/audit").orElseGet(() -> api.get("/api/v1/audit?size=50"
                + (query.encoded().isEmpty() ? "" : "&" + query.encoded()), session.get().token()).map(answer -> {
                    if (!answer.ok() && answer.status() != 400) {
                        return html.refused(session, answer, "/secretariat/audit");
                    }
                    JsonNode body = answer.body();
                    return html.page(audit.data("query", query).data("entityTypes", List.of("cycle", "submission", "juror", "assignment", "review", "decision")).data("problem", answer.ok() ? null : answer)
                            .data("records", Json.plain(json, body.path("items")))
                            .data("paging", Paging.of(query, body.path("page").asInt(), body.path("size").asInt(50), body.path("total").asLong())),
                            session, "secretariat", answer.ok() ? 200 : 400);
                }));
    }

    private Optional<Uni<Response>> admin(Optional<Session> session, String path) {
        return html.unlessSignedInAs(session, "admin", path).map(r -> Uni.createFrom().item(r));
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }
}
