package org.urbaninnovation.gateway.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.urbaninnovation.commons.domain.NotFound;
import org.urbaninnovation.gateway.domain.ProfileAssembly;
import org.urbaninnovation.gateway.web.api.ApiAnswer;
import org.urbaninnovation.gateway.web.api.PlatformApi;
import org.urbaninnovation.gateway.web.session.Session;
import org.urbaninnovation.gateway.web.session.Sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * The public pages: the catalogue's search with its facets, an initiative with its outcome charts,
 * a city, and the dashboard. Everything comes from the public API, anonymously.
 */
@Path("/")
@Produces(Html.TYPE)
public class PublicPages {

    static final List<String> SEARCH_FILTERS = List.of("theme", "city", "country", "sdg", "innovationType", "cycle");
    private static final List<String> SEARCH_NAMES = List.of("q", "theme", "city", "country", "sdg", "innovationType", "cycle",
            "sort", "page");
    static final List<String> SECTION_ORDER = List.of("abstract", "background", "keyMeasures", "innovativeAspects",
            "implementation", "outcomes", "lessons");
    private static final List<String> THEMES = List.of("social_cultural", "economic", "environmental", "governance", "technology");

    private final PlatformApi api;
    private final ProfileAssembly profiles;
    private final Sessions sessions;
    private final Html html;
    private final Labels labels;
    private final Charts charts;
    private final Messages msg;
    private final ObjectMapper json;
    private final Template search;
    private final Template initiative;
    private final Template city;
    private final Template dashboard;

    public PublicPages(PlatformApi api, ProfileAssembly profiles, Sessions sessions, Html html, Labels labels, Charts charts,
            Messages msg, ObjectMapper json, @Location("web/search.html") Template search,
            @Location("web/initiative.html") Template initiative, @Location("web/city.html") Template city,
            @Location("web/dashboard.html") Template dashboard) {
        this.api = api;
        this.profiles = profiles;
        this.sessions = sessions;
        this.html = html;
        this.labels = labels;
        this.charts = charts;
        this.msg = msg;
        this.json = json;
        this.search = search;
        this.initiative = initiative;
        this.city = city;
        this.dashboard = dashboard;
    }

    public record FacetValue(String label, long count, String href, boolean active) {
    }

    public record Facet(String label, List<FacetValue> values) {
    }

    @GET
    @Operation(hidden = true)
    public Uni<Response> search(@Context UriInfo uri, @Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        QueryLinks query = new QueryLinks("/", SEARCH_NAMES, SEARCH_FILTERS, uri.getQueryParameters());
        String apiPath = "/api/v1/initiatives" + (query.encoded().isEmpty() ? "" : "?" + query.encoded());
        return api.get(apiPath, null).map(answer -> {
            var page = search.data("query", query);
            if (answer.status() == 400) {
                return html.page(page.data("problem", answer), session, "search", 400);
            }
            if (!answer.ok()) {
                return html.refused(session, answer, "/");
            }
            JsonNode body = answer.body();
            return html.page(page.data("problem", null).data("result", Json.plain(json, body))
                    .data("facets", facets(body.path("facets"), query))
                    .data("paging", Paging.of(query, body.path("page").asInt(), body.path("size").asInt(20), body.path("total").asLong()))
                    .data("csv", "/api/v1/initiatives?" + (query.encoded().isEmpty() ? "" : query.encoded() + "&") + "format=csv"),
                    session, "search");
        });
    }

    private List<Facet> facets(JsonNode facets, QueryLinks query) {
        List<Facet> all = new ArrayList<>();
        for (String name : SEARCH_FILTERS) {
            List<FacetValue> values = new ArrayList<>();
            facets.path(name).forEach(v -> {
                String value = v.path("value").asText();
                values.add(new FacetValue(facetLabel(name, value), v.path("count").asLong(), query.toggle(name, value),
                        query.active(name, value)));
            });
            all.add(new Facet(facetTitle(name), values));
        }
        return all;
    }

    private String facetTitle(String name) {
        return switch (name) {
            case "theme" -> msg.facet_theme();
            case "city" -> msg.facet_city();
            case "country" -> msg.facet_country();
            case "sdg" -> msg.facet_sdg();
            case "innovationType" -> msg.facet_innovationType();
            default -> msg.facet_cycle();
        };
    }

    private String facetLabel(String name, String value) {
        return switch (name) {
            case "theme" -> labels.theme(value);
            case "innovationType" -> labels.innovationType(value);
            case "sdg" -> msg.dashboard_sdg(value);
            default -> value;
        };
    }

    @GET
    @Path("initiatives/{slug}")
    @Operation(hidden = true)
    public Uni<Response> initiative(@PathParam("slug") String slug, @Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        return Uni.createFrom().completionStage(() -> profiles.profile(slug))
                .onFailure(CompletionException.class).transform(Throwable::getCause)
                .map(profile -> {
                    Object outcomes = plainPart(profile.outcomes());
                    List<Map<String, Object>> figures = new ArrayList<>();
                    if (outcomes instanceof Map<?, ?> page && page.get("items") instanceof List<?> items) {
                        for (Object item : items) {
                            Map<String, Object> figure = new java.util.LinkedHashMap<>();
                            figure.put("outcome", item);
                            Map<?, ?> outcome = (Map<?, ?>) item;
                            figure.put("chart", charts.outcome(outcome));
                            figure.put("label", msg.outcome_chart_label(String.valueOf(outcome.get("indicatorName")),
                                    labels.figure(outcome.get("baseline")), labels.figure(outcome.get("result")),
                                    String.valueOf(outcome.get("unit"))));
                            figures.add(figure);
                        }
                    }
                    if (profile.initiative() == null) {
                        return html.refused(session, unavailable(), "/initiatives/" + slug);
                    }
                    Object described = plainPart(profile.initiative());
                    return html.page(initiative.data("initiative", described).data("sections", sections(described))
                            .data("city", plainPart(profile.city())).data("outcomes", figures)
                            .data("observations", plainPart(profile.observations())).data("similar", plainPart(profile.similar()))
                            .data("missing", String.join(", ", profile.missing())), session, "search");
                })
                .onFailure(NotFound.class).recoverWithItem(() -> html.notFound(session));
    }

    /** The sections in the award's order, each as its paragraphs. */
    private static List<Map<String, Object>> sections(Object initiative) {
        List<Map<String, Object>> ordered = new ArrayList<>();
        if (initiative instanceof Map<?, ?> i && i.get("sections") instanceof Map<?, ?> sections) {
            for (String name : SECTION_ORDER) {
                if (sections.get(name) instanceof String text && !text.isBlank()) {
                    ordered.add(Map.of("key", name, "paragraphs", List.of(text.split("\\n+"))));
                }
            }
        }
        return ordered;
    }

    private Object plainPart(Object part) {
        return part instanceof JsonNode node ? Json.plain(json, node) : part;
    }

    private ApiAnswer unavailable() {
        return new ApiAnswer(503, Optional.empty(), "", "", json.createObjectNode().put("detail",
                "The catalogue is not available right now."));
    }

    @GET
    @Path("cities/{slug}")
    @Operation(hidden = true)
    public Uni<Response> city(@PathParam("slug") String slug, @Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        return api.get("/api/v1/cities/" + QueryLinks.encode(slug), null).map(answer -> answer.ok()
                ? html.page(city.data("city", Json.plain(json, answer.body())), session, "search")
                : html.refused(session, answer, "/cities/" + slug));
    }

    @GET
    @Path("dashboard")
    @Operation(hidden = true)
    public Uni<Response> dashboard(@Context UriInfo uri, @Context HttpServerRequest request) {
        Optional<Session> session = sessions.read(request);
        String indicator = uri.getQueryParameters().getFirst("indicator");
        Uni<String> byTheme = improvement(THEMES, "theme", labels::theme);
        Uni<String> bySdg = api.get("/api/v1/aggregates?groupBy=sdg&fn=count", null).flatMap(answer -> {
            List<String> sdgs = new ArrayList<>();
            answer.body().path("items").forEach(g -> {
                if (!g.path("sdg").isNull() && !g.path("sdg").isMissingNode()) {
                    sdgs.add(g.path("sdg").asText());
                }
            });
            return sdgs.isEmpty() ? Uni.createFrom().item("") : improvement(sdgs, "sdg", msg::dashboard_sdg);
        });
        Uni<List<Map<String, String>>> indicators = Uni.combine().all()
                .unis(api.get("/api/v1/indicators?size=100&page=0", null), api.get("/api/v1/indicators?size=100&page=1", null))
                .with(first -> {
                    List<Map<String, String>> options = new ArrayList<>();
                    for (Object part : first) {
                        ((ApiAnswer) part).body().path("items").forEach(i -> options.add(Map.of("code", i.path("code").asText(),
                                "name", i.path("name").asText(), "unit", i.path("unit").asText())));
                    }
                    options.sort(Comparator.comparing(o -> o.get("name")));
                    return options;
                });
        Uni<ApiAnswer> series = indicator == null || indicator.isBlank() ? Uni.createFrom().nullItem()
                : api.get("/api/v1/series?by=city&indicator=" + QueryLinks.encode(indicator), null);
        return Uni.combine().all().unis(byTheme, bySdg, indicators, series).asTuple().map(all -> {
            var page = dashboard.data("byTheme", all.getItem1()).data("bySdg", all.getItem2())
                    .data("indicators", all.getItem3()).data("indicator", indicator);
            ApiAnswer seriesAnswer = all.getItem4();
            if (seriesAnswer != null && seriesAnswer.ok()) {
                Object plain = Json.plain(json, seriesAnswer.body());
                List<?> rows = plain instanceof Map<?, ?> m && m.get("items") instanceof List<?> l ? l : List.of();
                String unit = seriesAnswer.body().path("unit").asText("");
                String name = all.getItem3().stream().filter(o -> o.get("code").equals(indicator)).map(o -> o.get("name"))
                        .findFirst().orElse(indicator);
                page.data("series", rows).data("seriesChart", charts.series(rows, unit))
                        .data("seriesTitle", msg.dashboard_series(name, unit))
                        .data("seriesCsv", "/api/v1/series?by=city&indicator=" + QueryLinks.encode(indicator) + "&format=csv");
            } else {
                page.data("seriesProblem", seriesAnswer == null ? null : seriesAnswer.detail());
            }
            return html.page(page, session, "dashboard");
        });
    }

    /** Per group, how many before → after pairs improved and how many got worse: the outcomes' totals, as Grafana's panel reads them. */
    private Uni<String> improvement(List<String> groups, String parameter, java.util.function.Function<String, String> label) {
        List<Uni<Long>> counts = new ArrayList<>();
        for (String group : groups) {
            for (String improved : List.of("true", "false")) {
                counts.add(api.get("/api/v1/outcomes?size=1&improved=" + improved + "&" + parameter + "=" + QueryLinks.encode(group), null)
                        .map(a -> a.body().path("total").asLong()));
            }
        }
        return Uni.combine().all().unis(counts).with(results -> {
            List<Long> up = new ArrayList<>();
            List<Long> down = new ArrayList<>();
            for (int i = 0; i < results.size(); i += 2) {
                up.add((Long) results.get(i));
                down.add((Long) results.get(i + 1));
            }
            return charts.improvement(groups.stream().map(label).toList(), up, down);
        });
    }
}
