package org.urbaninnovation.submissions.api;

/**
 * The request examples of the OpenAPI document; each is accepted as it stands (ids excepted, which
 * name the caller's own cycle, entry or juror), and a test posts every one.
 */
final class Examples {

    private Examples() {
    }

    static final String CYCLE = """
            {"number": 8, "name": "8th Guangzhou International Award for Urban Innovation",
             "submissionDeadline": "2030-06-30T15:59:59Z", "timeZone": "Asia/Shanghai"}""";

    static final String CYCLE_PATCH = """
            {"name": "8th Guangzhou International Award for Urban Innovation (2030)", "winners": 5,
             "wordLimits": {"abstract": 250}}""";

    static final String PHASE = """
            {"phase": "open"}""";

    static final String SUBMISSION = """
            {"title": "Walking school routes for every district",
             "summary": "Four walking bus routes per school, designed with the children who walk them.",
             "sections": {"abstract": "Walking buses replace the school run in twenty schools."},
             "themes": ["social_cultural", "governance"], "sdgs": [3, 11], "innovationType": "incremental",
             "tags": ["child-friendly city"], "partners": [{"name": "Education Bureau", "role": "co-lead"}],
             "city": {"name": "Xianning", "country": "China", "countryCode": "CN", "population": 3036100, "areaKm2": 9752},
             "outcomeClaims": [{"indicator": "Students walking to school", "unit": "%", "direction": "higher_is_better",
               "baseline": {"value": 30, "qualifier": "exact", "period": "2022"},
               "result": {"value": 95, "qualifier": "exact", "period": "2023"},
               "evidence": "School survey of all 800 students"}],
             "contacts": [{"name": "Li Wei", "role": "Project lead", "email": "li.wei@example.org"}]}""";

    static final String SUBMISSION_PATCH = """
            {"sections": {"background": "Parents drove their children to school; the streets had no pavements."},
             "tags": null}""";

    static final String SCREENING = """
            {"eligible": true, "reason": "Complete, within the award's scope, implemented for more than a year."}""";

    static final String EXTENSION = """
            {"until": "2030-07-07T15:59:59Z", "reason": "The city office was closed by flooding in the last week."}""";

    static final String JUROR = """
            {"subject": "juror-kenya", "name": "Amina Odhiambo", "country": "KE"}""";

    static final String ASSIGNMENT = """
            {"submissionId": "33333333-0000-4000-8000-000000000101", "jurorId": "44444444-0000-4000-8000-000000000001"}""";

    static final String AUTO_ASSIGNMENT = """
            {"perSubmission": 3}""";

    static final String CONFLICT = """
            {"reason": "I advised the city's transport bureau on this project in 2023."}""";

    static final String REVIEW = """
            {"scores": {"innovation": 8, "effectiveness": 7, "replicability": 9, "significance": 8},
             "comment": "Cheap, quick and already copied by twenty schools; the safety figures are convincing."}""";

    static final String DECISION = """
            {"submissionId": "33333333-0000-4000-8000-000000000101", "outcome": "winner",
             "rationale": "Ranked first by the jury; transferable to any city at low cost."}""";
}
