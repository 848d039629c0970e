package org.urbaninnovation.gateway.web;

import java.util.ArrayList;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.urbaninnovation.gateway.web.api.ApiAnswer;
import org.urbaninnovation.gateway.web.api.PlatformApi;
import org.urbaninnovation.gateway.web.session.Session;
import org.urbaninnovation.gateway.web.session.Sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * A juror's desk: their assignments, and one entry beside the scoring form of its cycle (criteria,
 * weights, scale), with save, file and a declaration of conflict. The others' reviews come from
 * the API, which shows them only once the juror's own is filed.
 */
@Path("/jury")
@Produces(Html.TYPE)
public class JuryPages {

    private final PlatformApi api;
    private final Sessions sessions;
    private final Html html;
    private final ObjectMapper json;
    private final Template list;
    private final Template review;

    public JuryPages(PlatformApi api, Sessions sessions, Html html, ObjectMapper json, @Location("web/jury.html") Template list,
            @Location("web/review.html") Template review) {
        this.api = api;
        this.sessions = sessions;
        this.html = html;
        this.json = json;
        this.list = list;
        this.review = review;
    }

    @GET
    @Operation(hidden = true)
    public Uni<Response> list(@Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        return html.unlessSignedInAs(session, "jury", "/jury").map(r -> Uni.createFrom().item(r)).orElseGet(() -> {
            String token = session.get().token();
            return api.get("/api/v1/assignments?size=100", token).flatMap(assignments -> {
                if (!assignments.ok()) {
                    return Uni.createFrom().item(html.refused(session, assignments, "/jury"));
                }
                List<Uni<Map<String, Object>>> rows = new ArrayList<>();
                assignments.body().path("items").forEach(a -> rows.add(api.get("/api/v1/submissions/" + a.path("submissionId").asText(), token)
                        .map(s -> Map.of("a", Json.plain(json, a), "title", s.body().path("title").asText(""),
                                "city", s.body().path("city").path("name").asText("")))));
                Uni<List<?>> all = rows.isEmpty() ? Uni.createFrom().item(List.<Object>of())
                        : Uni.combine().all().unis(rows).with(l -> (List<?>) l);
                return all.map(l -> html.page(list.data("rows", l), session, "jury"));
            });
        });
    }

    @GET
    @Path("/assignments/{id}")
    @Operation(hidden = true)
    public Uni<Response> assignment(@PathParam("id") String id, @QueryParam("notice") String notice, @Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        String path = "/jury/assignments/" + id;
        return html.unlessSignedInAs(session, "jury", path).map(r -> Uni.createFrom().item(r))
                .orElseGet(() -> page(session.get(), id, notice, null, null));
    }

    private Uni<Response> page(Session session, String id, String notice, ApiAnswer refused, MultivaluedMap<String, String> posted) {
        String token = session.token();
        String path = "/jury/assignments/" + id;
        return api.get("/api/v1/assignments?size=100", token).flatMap(assignments -> {
            JsonNode assignment = null;
            for (JsonNode a : assignments.body().path("items")) {
                if (a.path("id").asText().equals(id)) {
                    assignment = a;
                }
            }
            if (assignment == null) {
                return Uni.createFrom().item(assignments.ok() ? html.notFound(Optional.of(session))
                        : html.refused(Optional.of(session), assignments, path));
            }
            String submissionId = assignment.path("submissionId").asText();
            JsonNode found = assignment;
            return Uni.combine().all().unis(api.get("/api/v1/submissions/" + submissionId, token),
                    api.get("/api/v1/cycles/" + assignment.path("cycleId").asText(), token),
                    api.get("/api/v1/assignments/" + QueryLinks.encode(id) + "/review", token),
                    api.get("/api/v1/submissions/" + submissionId + "/reviews?size=20", token)).asTuple().map(all -> {
                        JsonNode mine = all.getItem3().body();
                        Map<String, Object> scores = new java.util.HashMap<>();
                        mine.path("scores").fields().forEachRemaining(e -> scores.put(e.getKey(), e.getValue().asText()));
                        if (posted != null) {
                            all.getItem2().body().path("criteria").forEach(c -> scores.put(c.path("code").asText(),
                                    String.valueOf(posted.getFirst("scores." + c.path("code").asText()))));
                        }
                        List<Integer> scale = new ArrayList<>();
                        JsonNode range = all.getItem2().body().path("scoreScale");
                        for (int n = range.path("min").asInt(1); n <= range.path("max").asInt(10); n++) {
                            scale.add(n);
                        }
                        return html.page(review.data("assignment", Json.plain(json, found))
                                .data("s", Json.plain(json, all.getItem1().body())).data("cycle", Json.plain(json, all.getItem2().body()))
                                .data("review", Json.plain(json, mine)).data("scores", scores).data("scale", scale)
                                .data("comment", posted != null ? posted.getFirst("comment") : mine.path("comment").asText(""))
                                .data("others", all.getItem4().ok() ? Json.plain(json, all.getItem4().body().path("items")) : null)
                                .data("notice", notice).data("problem", refused)
                                .data("errors", refused == null ? Map.of() : refused.violations()),
                                Optional.of(session), "jury", refused == null ? 200 : refused.status());
                    });
        });
    }

    @POST
    @Path("/assignments/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> act(@PathParam("id") String id, MultivaluedMap<String, String> posted, @Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        String path = "/jury/assignments/" + id;
        Optional<Response> role = html.unlessSignedInAs(session, "jury", path);
        if (role.isPresent()) {
            return Uni.createFrom().item(role.get());
        }
        if (!Sessions.csrfMatches(session, posted.getFirst("_csrf"))) {
            return Uni.createFrom().item(html.forbidden(session));
        }
        String token = session.get().token();
        String base = "/api/v1/assignments/" + QueryLinks.encode(id);
        String action = String.valueOf(posted.getFirst("_action"));
        if (action.equals("conflict")) {
            String body = json.createObjectNode().put("reason", String.valueOf(posted.getFirst("reason"))).toString();
            return api.send("POST", base + "/conflict", token, Map.of("Content-Type", "application/json"), body)
                    .flatMap(answer -> answer.ok() ? Uni.createFrom().item(html.redirect(path + "?notice=conflict"))
                            : page(session.get(), id, null, answer, posted));
        }
        ObjectNode body = json.createObjectNode();
        ObjectNode scores = body.putObject("scores");
        posted.forEach((name, values) -> {
            if (name.startsWith("scores.") && !values.isEmpty() && !values.get(0).isBlank()) {
                try {
                    scores.put(name.substring("scores.".length()), Integer.parseInt(values.get(0)));
                } catch (NumberFormatException e) {
                    scores.put(name.substring("scores.".length()), values.get(0));
                }
            }
        });
        String comment = posted.getFirst("comment");
        if (comment != null && !comment.isBlank()) {
            body.put("comment", comment);
        }
        return api.send("PUT", base + "/review", token, Map.of("Content-Type", "application/json",
                "If-Match", WorkspacePages.etag(posted.getFirst("_version"))), body.toString()).flatMap(saved -> {
                    if (!saved.ok()) {
                        return page(session.get(), id, null, saved, posted);
                    }
                    if (!action.equals("file")) {
                        return Uni.createFrom().item(html.redirect(path + "?notice=saved"));
                    }
                    return api.send("POST", base + "/review/file", token, Map.of("If-Match", saved.etag().orElse("*")), null)
                            .flatMap(filed -> filed.ok() ? Uni.createFrom().item(html.redirect(path + "?notice=filed"))
                                    : page(session.get(), id, null, filed, posted));
                });
    }
}
