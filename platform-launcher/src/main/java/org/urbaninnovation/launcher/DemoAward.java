package org.urbaninnovation.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code ./platform demo-award}: walks a cycle to {@code published} through the gateway's public
 * API, as each role would, printing every step: the cities submit (completing what their drafts
 * lack), the secretariat screens and assigns, each juror scores and files, the secretariat reads
 * the ranking, decides and publishes; then it waits until the catalogue and the metrics show the
 * winners. It starts from the phase the cycle is in, so a walk cut short resumes where it stopped.
 * By default the demo data's 7th cycle, with the drafts of Xianning and Haikou and the three demo jurors.
 */
final class DemoAward {

    static final String DEMO_CYCLE = "55555555-0000-4000-8000-000000000007";
    static final String ADMIN = "admin";
    static final List<String> CITIES = List.of("city-xianning", "city-haikou");
    static final List<String> JURORS = List.of("juror-kenya", "juror-brazil", "juror-germany");

    /** What each demo draft lacks before it can be submitted, as the city would add it (a merge patch). */
    private static final Map<String, String> COMPLETIONS = Map.of(
            "33333333-0000-4000-8000-000000000101", """
                    {"outcomeClaims": [
                      {"indicator": "Students walking to school", "unit": "%", "direction": "higher_is_better",
                       "baseline": {"value": 30, "qualifier": "exact", "period": "2019"},
                       "result": {"value": 95, "qualifier": "exact", "period": "2023"},
                       "evidence": "The proportion of students walking to school increased significantly from 30% to 95%."},
                      {"indicator": "Private cars at school drop-off", "unit": "cars per hour", "direction": "lower_is_better",
                       "baseline": {"value": 120, "qualifier": "exact", "period": "2019"},
                       "result": {"value": 8, "qualifier": "exact", "period": "2023"},
                       "evidence": "Private cars at drop-off fell from 120 to 8 per hour at the pilot school."}]}""",
            "33333333-0000-4000-8000-000000000102", """
                    {"sections": {
                       "background": "The lower Wuyuan River is the largest breeding ground of the blue-tailed bee-eater on Hainan, next to a fast-growing district of the city.",
                       "keyMeasures": "A protection area with seasonal closures, nesting banks kept free of vegetation, volunteer patrols and birdwatching rules.",
                       "innovativeAspects": "Urban development and the breeding season are planned together: works near the banks pause while the birds nest.",
                       "outcomes": "The breeding colony grew every year since the protection area was established."},
                     "sdgs": [11, 15], "innovationType": "evolutionary", "tags": ["biodiversity", "river"],
                     "partners": [{"name": "Haikou Forestry Bureau", "role": "protection area management"}],
                     "outcomeClaims": [
                       {"indicator": "Blue-tailed bee-eater population", "unit": "birds", "direction": "higher_is_better",
                        "baseline": {"value": 26, "qualifier": "exact", "period": "2019"},
                        "result": {"value": 80, "qualifier": "more_than", "period": "2024"},
                        "evidence": "The number of blue-tailed bee-eaters rose from 26 to more than 80."},
                       {"indicator": "Nesting burrows along the Wuyuan River", "unit": "burrows", "direction": "higher_is_better",
                        "baseline": {"value": 12, "qualifier": "approximately", "period": "2019"},
                        "result": {"value": 45, "qualifier": "approximately", "period": "2024"},
                        "evidence": "Volunteer patrols counted about 45 occupied burrows in 2024, against about 12 in 2019."}],
                     "contacts": [{"name": "Haikou city office", "role": "Award contact", "email": "award@haikou.example.org"}]}""");

    /** An entry the cycle awarded: what the catalogue and the metrics will show. */
    record Awarded(String initiativeId, String title, String outcome) {
    }

    private final AwardApi api;
    private final PrintStream out;

    DemoAward(AwardApi api, PrintStream out) {
        this.api = api;
        this.out = out;
    }

    /** Walks the cycle from its phase to published; answers what it awarded. */
    List<Awarded> walk(String cycleId) {
        JsonNode cycle = cycle(cycleId);
        out.printf("%s (%s), now in %s%n", cycle.path("name").asText(), cycle.path("code").asText(), cycle.path("phase").asText());
        while (true) {
            switch (cycle.path("phase").asText()) {
                case "draft" -> advance(cycleId, "open");
                case "open" -> {
                    submitDrafts(cycleId);
                    advance(cycleId, "screening");
                }
                case "screening" -> {
                    screen(cycleId);
                    assign(cycleId, cycle.path("reviewsPerSubmission").asInt(3));
                    advance(cycleId, "review");
                }
                case "review" -> {
                    review(cycleId, cycle);
                    advance(cycleId, "deliberation");
                }
                case "deliberation" -> {
                    decide(cycleId, cycle);
                    advance(cycleId, "decided");
                }
                case "decided" -> publish(cycleId);
                case "published" -> {
                    return awarded(cycleId);
                }
                default -> throw new LauncherException("The cycle is in an unknown phase: " + cycle.path("phase"));
            }
            cycle = cycle(cycleId);
        }
    }

    /**
     * Waits until every awarded initiative is in the catalogue (and its outcome claims in the
     * metrics), printing where; false when they did not all show within {@code seconds}.
     */
    boolean showInCatalogueAndMetrics(List<Awarded> awarded, int seconds) {
        out.println("Waiting for the catalogue and the metrics to read the award's feed...");
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        List<Awarded> waiting = new ArrayList<>(awarded);
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            for (Awarded entry : List.copyOf(waiting)) {
                AwardApi.Answer initiative = api.call(null, "GET", "/api/v1/initiatives/" + entry.initiativeId(), null, null, null);
                JsonNode outcomes = api.get(null, "/api/v1/outcomes?initiative=" + entry.initiativeId());
                if (initiative.status() == 200 && outcomes.path("total").asInt() > 0) {
                    waiting.remove(entry);
                    step("catalogue", "%s \"%s\": /api/v1/initiatives/%s (%.1f s)", entry.outcome().replace('_', ' '),
                            entry.title(), initiative.body().path("slug").asText(), (System.nanoTime() - start) / 1e9);
                    for (JsonNode pair : outcomes.path("items")) {
                        step("metrics", "%s: %s → %s %s", pair.path("indicatorName").asText(pair.path("indicator").asText()),
                                figure(pair.path("baseline")), figure(pair.path("result")), pair.path("result").path("unit").asText());
                    }
                }
            }
            if (!waiting.isEmpty()) {
                sleep(1000);
            }
        }
        for (Awarded entry : waiting) {
            step("waiting", "\"%s\" is not in the catalogue and the metrics yet: ./platform logs catalog, ./platform logs metrics",
                    entry.title());
        }
        return waiting.isEmpty();
    }

    private void submitDrafts(String cycleId) {
        for (String city : CITIES) {
            for (JsonNode draft : items(city, "/api/v1/submissions?cycle=" + cycleId + "&status=draft")) {
                String id = draft.path("id").asText();
                String path = "/api/v1/submissions/" + id;
                AwardApi.Answer submitted = api.call(city, "POST", path + "/submit", null, null, null);
                if (submitted.status() == 422 && COMPLETIONS.containsKey(id)) {
                    step(city, "submit \"%s\": refused, %d gaps (%s); completes the draft", draft.path("title").asText(),
                            submitted.body().path("violations").size(), fields(submitted.body().path("violations")));
                    api.mergePatch(city, path, COMPLETIONS.get(id), api.getWithEtag(city, path).etag());
                    submitted = api.call(city, "POST", path + "/submit", null, null, null);
                }
                if (submitted.status() == 422 && !COMPLETIONS.containsKey(id)) {
                    // A draft the city started itself (in the web form, a script): the demo does not write its text.
                    step(city, "leaves \"%s\" a draft: %d gaps (%s)", draft.path("title").asText(),
                            submitted.body().path("violations").size(), fields(submitted.body().path("violations")));
                    continue;
                }
                if (submitted.status() != 200) {
                    throw new LauncherException(city + " cannot submit \"" + draft.path("title").asText() + "\": "
                            + submitted.status() + " " + submitted.body().path("detail").asText() + " "
                            + fields(submitted.body().path("violations")));
                }
                step(city, "submits \"%s\"", draft.path("title").asText());
            }
        }
    }

    private void screen(String cycleId) {
        for (JsonNode entry : items(ADMIN, "/api/v1/submissions?cycle=" + cycleId + "&status=submitted")) {
            api.send(ADMIN, "POST", "/api/v1/submissions/" + entry.path("id").asText() + "/screening",
                    Map.of("eligible", true, "reason", "Complete, and within the award's scope."), null, 200);
            step(ADMIN, "screens \"%s\": eligible", entry.path("title").asText());
        }
    }

    private void assign(String cycleId, int perSubmission) {
        JsonNode plan = api.send(ADMIN, "POST", "/api/v1/cycles/" + cycleId + "/assignments/auto",
                Map.of("perSubmission", perSubmission), null, 200);
        step(ADMIN, "assigns %d jurors to each of %d entries: %d assignments, %d to %d per juror, %d shortfalls",
                perSubmission, plan.path("entries").asInt(), plan.path("created").asInt(), plan.path("minLoad").asInt(),
                plan.path("maxLoad").asInt(), plan.path("shortfalls").size());
    }

    /** Each juror scores every entry assigned to them, high but not alike, and files the review. */
    private void review(String cycleId, JsonNode cycle) {
        int max = cycle.path("scoreScale").path("max").asInt(10);
        int min = cycle.path("scoreScale").path("min").asInt(1);
        for (int j = 0; j < JURORS.size(); j++) {
            String juror = JURORS.get(j);
            for (JsonNode assignment : items(juror, "/api/v1/assignments?cycle=" + cycleId)) {
                if ("filed".equals(assignment.path("reviewStatus").asText()) || !"active".equals(assignment.path("status").asText("active"))) {
                    continue;
                }
                String review = "/api/v1/assignments/" + assignment.path("id").asText() + "/review";
                StringBuilder scores = new StringBuilder();
                Map<String, Integer> byCriterion = new LinkedHashMap<>();
                int entry = Math.floorMod(assignment.path("submissionId").asText().hashCode(), 3);
                int c = 0;
                for (JsonNode criterion : cycle.path("criteria")) {
                    int score = Math.max(min, max - 1 - (j + 2 * entry + c++) % 3);
                    byCriterion.put(criterion.path("code").asText(), score);
                    scores.append(scores.length() == 0 ? "" : ", ").append(criterion.path("code").asText()).append(' ').append(score);
                }
                String title = api.get(juror, "/api/v1/submissions/" + assignment.path("submissionId").asText()).path("title").asText();
                api.send(juror, "PUT", review, Map.of("scores", byCriterion, "comment", "Scored for the demo by " + juror + "."),
                        api.getWithEtag(juror, review).etag(), 200);
                api.send(juror, "POST", review + "/file", null, null, 200);
                step(juror, "scores \"%s\" (%s) and files the review", title, scores);
            }
        }
    }

    /** Winners by the jury's ranking as many as the cycle awards (every eligible entry when fewer), then the shortlist. */
    private void decide(String cycleId, JsonNode cycle) {
        List<JsonNode> ranking = items(ADMIN, "/api/v1/cycles/" + cycleId + "/ranking");
        int winners = Math.min(cycle.path("winners").asInt(5), ranking.size());
        for (JsonNode row : ranking) {
            step(ADMIN, "ranking %d. \"%s\" (%s): weighted %s, spread %s%s", row.path("rank").asInt(), row.path("title").asText(),
                    row.path("city").asText(), row.path("weightedTotal").asText(), row.path("spread").asText(),
                    row.path("disagreement").asBoolean() ? ", jurors disagree" : "");
        }
        for (JsonNode row : ranking) {
            int rank = row.path("rank").asInt();
            String outcome = rank <= winners ? "winner" : rank <= cycle.path("shortlistSize").asInt(15) ? "shortlisted" : "not_selected";
            api.send(ADMIN, "POST", "/api/v1/cycles/" + cycleId + "/decisions", Map.of("submissionId",
                    row.path("submissionId").asText(), "outcome", outcome, "rationale", "Ranked " + rank + " of "
                            + ranking.size() + " by the jury's weighted total (" + row.path("weightedTotal").asText() + ")."),
                    null, 201);
            step(ADMIN, "decides \"%s\": %s", row.path("title").asText(), outcome.replace('_', ' '));
        }
    }

    private void publish(String cycleId) {
        api.send(ADMIN, "POST", "/api/v1/cycles/" + cycleId + "/publish", null, null, 200);
        step(ADMIN, "publishes the cycle: each winner and special mention is announced once on the award's feed");
    }

    private List<Awarded> awarded(String cycleId) {
        List<Awarded> awarded = new ArrayList<>();
        for (String outcome : List.of("winner", "special_mention")) {
            for (JsonNode entry : items(ADMIN, "/api/v1/submissions?cycle=" + cycleId + "&status=" + outcome)) {
                awarded.add(new Awarded(entry.path("initiativeId").asText(), entry.path("title").asText(), outcome));
            }
        }
        return awarded;
    }

    private void advance(String cycleId, String phase) {
        AwardApi.Answer cycle = api.getWithEtag(null, "/api/v1/cycles/" + cycleId);
        api.send(ADMIN, "POST", "/api/v1/cycles/" + cycleId + "/phase", Map.of("phase", phase), cycle.etag(), 200);
        step(ADMIN, "moves the cycle to %s", phase);
    }

    private JsonNode cycle(String cycleId) {
        return api.get(null, "/api/v1/cycles/" + cycleId);
    }

    /** Every item of a list, page by page. */
    private List<JsonNode> items(String user, String path) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode answer = api.get(user, path + (path.contains("?") ? "&" : "?") + "size=100&page=" + page);
            answer.path("items").forEach(items::add);
            if (items.size() >= answer.path("total").asLong() || answer.path("items").isEmpty()) {
                return items;
            }
        }
    }

    private void step(String who, String format, Object... args) {
        out.printf("  %-14s %s%n", who, String.format(format, args));
    }

    private static String figure(JsonNode figure) {
        String qualifier = switch (figure.path("qualifier").asText("exact")) {
            case "approximately" -> "about ";
            case "more_than" -> "more than ";
            case "less_than" -> "less than ";
            case "up_to" -> "up to ";
            default -> "";
        };
        String period = figure.path("period").isTextual() ? " (" + figure.path("period").asText() + ")" : "";
        return qualifier + figure.path("value").asText() + period;
    }

    private static String fields(JsonNode violations) {
        List<String> fields = new ArrayList<>();
        violations.forEach(v -> fields.add(v.path("field").asText()));
        return String.join(", ", fields);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted");
        }
    }
}
