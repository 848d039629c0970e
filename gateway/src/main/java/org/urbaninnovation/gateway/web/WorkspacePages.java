package org.urbaninnovation.gateway.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.urbaninnovation.gateway.web.session.SessionCodec;
import org.urbaninnovation.gateway.web.session.Sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * A city's workspace: its submissions per cycle, and the multi-step form of one, which saves each
 * step as a JSON merge patch with the version it read (If-Match): a stale save is refused by the
 * API and the page says so instead of overwriting. The browser module autosaves through the same
 * POST, asking for JSON.
 */
@Path("/workspace")
@Produces(Html.TYPE)
public class WorkspacePages {

    private final PlatformApi api;
    private final Sessions sessions;
    private final Html html;
    private final Labels labels;
    private final Messages msg;
    private final ObjectMapper json;
    private final SubmissionForm form;
    private final Template list;
    private final Template edit;

    public WorkspacePages(PlatformApi api, Sessions sessions, Html html, Labels labels, Messages msg, ObjectMapper json,
            @Location("web/workspace.html") Template list, @Location("web/submission.html") Template edit) {
        this.api = api;
        this.sessions = sessions;
        this.html = html;
        this.labels = labels;
        this.msg = msg;
        this.json = json;
        this.form = new SubmissionForm(json);
        this.list = list;
        this.edit = edit;
    }

    @GET
    @Operation(hidden = true)
    public Uni<Response> list(@Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        return html.unlessSignedInAs(session, "city", "/workspace").map(r -> Uni.createFrom().item(r))
                .orElseGet(() -> listPage(session.get(), null, null));
    }

    /** The list of the city's entries; after a refused start, the refusal and the title typed, to correct. */
    private Uni<Response> listPage(Session session, ApiAnswer refused, String typedTitle) {
        String token = session.token();
        return Uni.combine().all().unis(api.get("/api/v1/submissions?size=100", token), api.get("/api/v1/cycles?size=20", token))
                .asTuple().map(both -> {
                    if (!both.getItem1().ok()) {
                        return html.refused(Optional.of(session), both.getItem1(), "/workspace");
                    }
                    Map<String, Object> cycles = new LinkedHashMap<>();
                    List<Object> open = new ArrayList<>();
                    both.getItem2().body().path("items").forEach(c -> {
                        cycles.put(c.path("id").asText(), Json.plain(json, c));
                        if ("open".equals(c.path("phase").asText())) {
                            open.add(Json.plain(json, c));
                        }
                    });
                    return html.page(list.data("submissions", Json.plain(json, both.getItem1().body().path("items")))
                            .data("cycles", cycles).data("open", open).data("idempotencyKey", SessionCodec.randomToken())
                            .data("problem", refused).data("typedTitle", typedTitle), Optional.of(session), "workspace",
                            refused == null ? 200 : refused.status());
                });
    }

    @POST
    @Path("/submissions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> create(MultivaluedMap<String, String> posted, @Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        Optional<Response> refused = guard(session, posted, "/workspace");
        if (refused.isPresent()) {
            return Uni.createFrom().item(refused.get());
        }
        ObjectNode body = json.createObjectNode().put("title", posted.getFirst("title"));
        String cycle = QueryLinks.encode(String.valueOf(posted.getFirst("cycleId")));
        return api.send("POST", "/api/v1/cycles/" + cycle + "/submissions", session.get().token(),
                Map.of("Content-Type", "application/json", "Idempotency-Key", String.valueOf(posted.getFirst("_key"))), body.toString())
                .flatMap(answer -> answer.ok()
                        ? Uni.createFrom().item(html.redirect("/workspace/submissions/" + answer.body().path("id").asText()))
                        : answer.status() == 401 ? Uni.createFrom().item(html.signInFirst("/workspace"))
                        : listPage(session.get(), answer, posted.getFirst("title")));
    }

    @GET
    @Path("/submissions/{id}")
    @Operation(hidden = true)
    public Uni<Response> step(@PathParam("id") String id, @QueryParam("step") String step, @QueryParam("notice") String notice,
            @Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        String path = "/workspace/submissions/" + id;
        return html.unlessSignedInAs(session, "city", path).map(r -> Uni.createFrom().item(r))
                .orElseGet(() -> read(session.get(), id).map(read -> read.submission.ok()
                        ? render(session.get(), read, stepOf(step), form.values(read.submission.body()), Map.of(), null, List.of(), notice)
                        : html.refused(session, read.submission, path)));
    }

    @POST
    @Path("/submissions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ Html.TYPE, MediaType.APPLICATION_JSON })
    @Operation(hidden = true)
    public Uni<Response> save(@PathParam("id") String id, MultivaluedMap<String, String> posted,
            @HeaderParam("Accept") String accept, @Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        String path = "/workspace/submissions/" + id;
        boolean wantsJson = accept != null && accept.contains(MediaType.APPLICATION_JSON);
        Optional<Response> refused = guard(session, posted, path);
        if (refused.isPresent()) {
            return Uni.createFrom().item(wantsJson ? Response.status(refused.get().getStatus()).type(MediaType.APPLICATION_JSON)
                    .entity("{}").build() : refused.get());
        }
        String token = session.get().token();
        String step = stepOf(posted.getFirst("_step"));
        String action = String.valueOf(posted.getFirst("_action"));
        Map<String, String> ifMatch = Map.of("If-Match", etag(posted.getFirst("_version")));
        String entry = "/api/v1/submissions/" + QueryLinks.encode(id);
        if (action.equals("submit") || action.equals("withdraw")) {
            return api.send("POST", entry + "/" + action, token, ifMatch, null).flatMap(answer -> answer.ok()
                    ? Uni.createFrom().item(html.redirect(path + "?step=review&notice=" + action))
                    : read(session.get(), id).map(read -> answer.status() == 412
                            ? render(session.get(), read, step, form.values(read.submission.body()), Map.of(), null, List.of(), "conflict")
                            : answer.status() == 401 || answer.status() == 404 ? html.refused(session, answer, path)
                            : render(session.get(), read, "review", form.values(read.submission.body()), answer.violations(), null,
                                    answer.violationLines().isEmpty() ? List.of(answer.detail()) : answer.violationLines(), null)));
        }
        Map<String, String> headers = new LinkedHashMap<>(ifMatch);
        headers.put("Content-Type", "application/merge-patch+json");
        return api.send("PATCH", entry, token, headers, form.patch(step, posted).toString()).flatMap(answer -> {
            if (wantsJson) {
                return autosaveAnswer(session.get(), id, answer);
            }
            if (answer.ok()) {
                String next = action.equals("next") ? STEP_AFTER.getOrDefault(step, step) : step;
                String extra = action.equals("addClaim") ? "&notice=addClaim" : "";
                return Uni.createFrom().item(html.redirect(path + "?step=" + next + extra + "#content"));
            }
            if (answer.status() == 401 || answer.status() == 404 || answer.status() >= 500) {
                return Uni.createFrom().item(html.refused(session, answer, path));
            }
            return read(session.get(), id).map(read -> {
                Map<String, String> mine = form.posted(posted, form.values(read.submission.body()));
                return answer.status() == 412
                        ? render(session.get(), read, step, mine, Map.of(), form.values(read.submission.body()), List.of(), null)
                        : render(session.get(), read, step, mine, answer.violations(), null, List.of(), "invalid");
            });
        });
    }

    private static final Map<String, String> STEP_AFTER = stepsAfter();

    private static Map<String, String> stepsAfter() {
        Map<String, String> after = new LinkedHashMap<>();
        for (int i = 0; i + 1 < SubmissionForm.STEPS.size(); i++) {
            after.put(SubmissionForm.STEPS.get(i), SubmissionForm.STEPS.get(i + 1));
        }
        return after;
    }

    /** The autosave's answer to the browser module: the new version and word counts, the violations, or what is saved now. */
    private Uni<Response> autosaveAnswer(Session session, String id, ApiAnswer answer) {
        if (answer.status() == 412) {
            return read(session, id).map(read -> json(412, json.createObjectNode()
                    .set("current", json.valueToTree(form.values(read.submission.body())))));
        }
        ObjectNode body = json.createObjectNode();
        if (answer.ok()) {
            body.put("version", answer.body().path("version").asText());
            ObjectNode counts = body.putObject("wordCounts");
            answer.body().path("wordCounts").fields().forEachRemaining(e -> counts.putObject(e.getKey())
                    .put("text", words(e.getValue())).put("over", e.getValue().path("over").asBoolean()));
        } else {
            body.set("violations", json.valueToTree(answer.violations()));
        }
        return Uni.createFrom().item(json(answer.ok() ? 200 : answer.status(), body));
    }

    private static Response json(int status, JsonNode body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body.toString()).header("Cache-Control", "no-store").build();
    }

    private String words(JsonNode count) {
        return count.path("limit").isMissingNode() || count.path("limit").isNull() ? msg.words(count.path("words").asInt())
                : msg.words_of_limit(count.path("words").asInt(), count.path("limit").asInt());
    }

    private record Read(ApiAnswer submission, ApiAnswer cycle) {
    }

    private Uni<Read> read(Session session, String id) {
        return api.get("/api/v1/submissions/" + QueryLinks.encode(id), session.token()).flatMap(submission -> !submission.ok()
                ? Uni.createFrom().item(new Read(submission, null))
                : api.get("/api/v1/cycles/" + submission.body().path("cycleId").asText(), session.token())
                        .map(cycle -> new Read(submission, cycle)));
    }

    private Response render(Session session, Read read, String step, Map<String, String> values, Map<String, String> errors,
            Map<String, String> saved, List<String> gaps, String notice) {
        JsonNode s = read.submission.body();
        int claimCount = SubmissionForm.count(new jakarta.ws.rs.core.MultivaluedHashMap<>(Map.of("_claims", values.getOrDefault("_claims", "0"))), "_claims");
        if ("addClaim".equals(notice) || claimCount == 0 && "claims".equals(step)) {
            claimCount++;
        }
        List<Map<String, Object>> sections = new ArrayList<>();
        for (String name : PublicPages.SECTION_ORDER) {
            JsonNode count = s.path("wordCounts").path(name);
            sections.add(Map.of("name", "sections." + name, "id", "section-" + name, "key", name, "label", labels.section(name),
                    "value", values.getOrDefault("sections." + name, ""), "words", words(count),
                    "over", count.path("over").asBoolean(), "error", errors.getOrDefault("sections." + name, "")));
        }
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < claimCount; i++) {
            claims.add(group("outcomeClaims[" + i + "]", i, SubmissionForm.CLAIM_FIELDS, values, errors));
        }
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (int i = 0; i < SubmissionForm.CONTACTS; i++) {
            contacts.add(group("contacts[" + i + "]", i, SubmissionForm.CONTACT_FIELDS, values, errors));
        }
        List<Map<String, String>> compare = new ArrayList<>();
        if (saved != null) {
            values.forEach((field, mine) -> {
                String theirs = saved.getOrDefault(field, "");
                if (!field.startsWith("_") && !mine.equals(theirs)) {
                    compare.add(Map.of("field", field, "mine", mine, "theirs", theirs));
                }
            });
        }
        List<String> themes = List.of(values.getOrDefault("themes", "").split("\n"));
        List<String> sdgs = List.of(values.getOrDefault("sdgs", "").split("\n"));
        JsonNode cycle = read.cycle == null ? json.createObjectNode() : read.cycle.body();
        TemplateInstance page = edit.data("s", Json.plain(json, s)).data("cycle", Json.plain(json, cycle)).data("step", step)
                .data("steps", SubmissionForm.STEPS).data("v", values).data("errors", errors).data("sections", sections)
                .data("claims", claims).data("claimCount", claimCount).data("contacts", contacts).data("themes", themes)
                .data("sdgs", sdgs).data("conflict", saved != null || "conflict".equals(notice)).data("compare", compare)
                .data("gaps", gaps).data("notice", notice).data("editable", "draft".equals(s.path("status").asText()))
                .data("cityFields", SubmissionForm.CITY_FIELDS).data("contactFields", SubmissionForm.CONTACT_FIELDS)
                .data("types", List.of("evolutionary", "revolutionary", "incremental", "evolutionary_and_revolutionary"))
                .data("directions", List.of("higher_is_better", "lower_is_better", "neutral"))
                .data("phases", List.of("baseline", "result"))
                .data("qualifiers", List.of("exact", "approximately", "more_than", "less_than", "up_to")).data("allThemes", List.of("social_cultural", "economic",
                        "environmental", "governance", "technology"))
                .data("allSdgs", java.util.stream.IntStream.rangeClosed(1, 17).mapToObj(Integer::toString).toList());
        int status = saved != null ? 409 : errors.isEmpty() && gaps.isEmpty() ? 200 : 422;
        return html.page(page, Optional.of(session), "workspace", status);
    }

    private static Map<String, Object> group(String prefix, int index, List<String> fields, Map<String, String> values,
            Map<String, String> errors) {
        Map<String, String> mine = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (String field : fields) {
            mine.put(field, values.getOrDefault(prefix + "." + field, ""));
            problems.put(field, errors.getOrDefault(prefix + "." + field, ""));
        }
        return Map.of("prefix", prefix, "n", index + 1, "v", mine, "e", problems,
                "error", errors.getOrDefault(prefix, ""));
    }

    private Optional<Response> guard(Optional<Session> session, MultivaluedMap<String, String> posted, String path) {
        Optional<Response> role = html.unlessSignedInAs(session, "city", path);
        if (role.isPresent()) {
            return role;
        }
        return Sessions.csrfMatches(session, posted.getFirst("_csrf")) ? Optional.empty() : Optional.of(html.forbidden(session));
    }

    /** The version a page read, as the If-Match of its change (versions are opaque texts such as 3 or 3.2-7). */
    static String etag(String version) {
        return "\"" + String.valueOf(version).replace("\"", "") + "\"";
    }

    private static String stepOf(String step) {
        return step != null && SubmissionForm.STEPS.contains(step) ? step : SubmissionForm.STEPS.get(0);
    }
}
