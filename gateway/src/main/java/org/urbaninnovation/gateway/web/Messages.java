package org.urbaninnovation.gateway.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the pages, in English; a second language is a file beside it
 * ({@code messages/msg_zh.properties}, keys as the methods' names). Templates read them as
 * {@code {msg:key}}, Java as this bean's methods.
 */
@MessageBundle("msg")
public interface Messages {

    // The frame of every page
    @Message("Urban Innovation Award")
    String site_name();

    @Message("Skip to the content")
    String skip_to_content();

    @Message("Main")
    String nav_label();

    @Message("Initiatives")
    String nav_search();

    @Message("Dashboard")
    String nav_dashboard();

    @Message("My submissions")
    String nav_workspace();

    @Message("Jury")
    String nav_jury();

    @Message("Secretariat")
    String nav_secretariat();

    @Message("Sign in")
    String nav_sign_in();

    @Message("Sign out")
    String nav_sign_out();

    @Message("Signed in as {name}")
    String signed_in_as(String name);

    @Message("Every figure comes from the award's published collection and its cities' reports. API: /q/swagger-ui")
    String footer();

    // Search
    @Message("Search the initiatives")
    String search_title();

    @Message("Words, \"a phrase\" or prefix*")
    String search_label();

    @Message("Search")
    String search_button();

    @Message("{total} initiatives")
    String search_total(Object total);

    @Message("at least {total} initiatives")
    String search_total_lower_bound(Object total);

    @Message("No initiative matches. Try fewer words or remove a filter.")
    String search_none();

    @Message("Download this result as CSV")
    String search_csv();

    @Message("Filters")
    String facets_title();

    @Message("Remove the filters")
    String facets_clear();

    @Message("Theme")
    String facet_theme();

    @Message("City")
    String facet_city();

    @Message("Country")
    String facet_country();

    @Message("SDG")
    String facet_sdg();

    @Message("Innovation type")
    String facet_innovationType();

    @Message("Cycle")
    String facet_cycle();

    @Message("Sort by")
    String sort_label();

    @Message("Sort")
    String sort_apply();

    @Message("Relevance")
    String sort_relevance();

    @Message("Title")
    String sort_title();

    @Message("City")
    String sort_city();

    @Message("Newest")
    String sort_newest();

    @Message("Pages")
    String paging_label();

    @Message("Previous")
    String paging_previous();

    @Message("Next")
    String paging_next();

    @Message("Page {page} of {pages}")
    String paging_position(int page, long pages);

    // An initiative
    @Message("Summary")
    String initiative_summary();

    @Message("Partners")
    String initiative_partners();

    @Message("Outcomes, before and after")
    String initiative_outcomes();

    @Message("No outcome figures are recorded for this initiative.")
    String initiative_no_outcomes();

    @Message("Other figures")
    String initiative_figures();

    @Message("Similar initiatives")
    String initiative_similar();

    @Message("Some parts are not available right now: {parts}.")
    String initiative_missing(String parts);

    @Message("The city")
    String initiative_city();

    @Message("Source: lines {first} to {last} of {document}")
    String initiative_provenance(Object first, Object last, Object document);

    @Message("Before")
    String phase_baseline();

    @Message("After")
    String phase_result();

    @Message("Target")
    String phase_target();

    @Message("Scale")
    String phase_scale();

    @Message("Context")
    String phase_context();

    @Message("Phase")
    String figure_phase();

    @Message("Period")
    String figure_period();

    @Message("Figure as reported")
    String figure_value();

    @Message("Source sentence")
    String figure_quote();

    @Message("Indicator")
    String figure_indicator();

    @Message("improved")
    String outcome_improved();

    @Message("worse")
    String outcome_worse();

    @Message("neutral")
    String outcome_neutral();

    @Message("{indicator}: {before} → {after} {unit}")
    String outcome_chart_label(String indicator, String before, String after, String unit);

    @Message("Abstract")
    String section_abstract();

    @Message("Background")
    String section_background();

    @Message("Key measures")
    String section_keyMeasures();

    @Message("Innovative aspects")
    String section_innovativeAspects();

    @Message("Implementation")
    String section_implementation();

    @Message("Outcomes")
    String section_outcomes();

    @Message("Lessons")
    String section_lessons();

    @Message("Social and cultural")
    String theme_social_cultural();

    @Message("Economic")
    String theme_economic();

    @Message("Environmental")
    String theme_environmental();

    @Message("Governance")
    String theme_governance();

    @Message("Technology")
    String theme_technology();

    @Message("Evolutionary")
    String type_evolutionary();

    @Message("Revolutionary")
    String type_revolutionary();

    @Message("Incremental")
    String type_incremental();

    @Message("Evolutionary and revolutionary")
    String type_evolutionary_and_revolutionary();

    @Message("about {value}")
    String qualifier_approximately(String value);

    @Message("more than {value}")
    String qualifier_more_than(String value);

    @Message("less than {value}")
    String qualifier_less_than(String value);

    @Message("up to {value}")
    String qualifier_up_to(String value);

    @Message("{low} to {high}")
    String qualifier_range(String low, String high);

    // A city
    @Message("Basic data, as printed")
    String city_data();

    @Message("Population")
    String city_population();

    @Message("Area (km²)")
    String city_area();

    @Message("Density (people per km²)")
    String city_density();

    @Message("GDP per capita (USD)")
    String city_gdp();

    @Message("Growth rate")
    String city_growth();

    @Message("Main sources of prosperity")
    String city_prosperity();

    @Message("Country")
    String city_country();

    @Message("Notes on the data")
    String city_notes();

    @Message("not printed")
    String city_not_printed();

    @Message("Initiatives of {city}")
    String city_initiatives(String city);

    // Dashboard
    @Message("Dashboard")
    String dashboard_title();

    @Message("Improvement by theme")
    String dashboard_by_theme();

    @Message("Improvement by SDG")
    String dashboard_by_sdg();

    @Message("Before → after pairs that improved and that got worse, by the direction of each indicator.")
    String dashboard_by_explained();

    @Message("Improved")
    String dashboard_improved();

    @Message("Worse")
    String dashboard_worse();

    @Message("SDG {n}")
    String dashboard_sdg(Object n);

    @Message("No initiative names an SDG yet.")
    String dashboard_no_sdg();

    @Message("Indicator explorer")
    String dashboard_explorer();

    @Message("Indicator")
    String dashboard_indicator();

    @Message("Show")
    String dashboard_show();

    @Message("Series of {indicator} by city ({unit})")
    String dashboard_series(String indicator, String unit);

    @Message("Series")
    String dashboard_series_name();

    @Message("Value")
    String dashboard_value();

    @Message("Download the series as CSV")
    String dashboard_csv();

    @Message("Choose an indicator to see its figures by city.")
    String dashboard_choose();

    // Sign-in
    @Message("Sign in")
    String sign_in_title();

    @Message("Sign in with your organisation's account")
    String sign_in_oidc();

    @Message("Local platform only: choose a demo user")
    String sign_in_dev_title();

    @Message("This list exists only on a local development platform: no password is asked, and the production gateway has no such page.")
    String sign_in_dev_warning();

    @Message("Sign in as {name}")
    String sign_in_as(String name);

    @Message("No sign-in is configured on this gateway.")
    String sign_in_none();

    @Message("Please sign in to see this page.")
    String sign_in_needed();

    @Message("The form had expired or did not come from this site. Please try again.")
    String csrf_refused();

    // Errors
    @Message("Not found")
    String error_not_found();

    @Message("Nothing is found at this address.")
    String error_not_found_detail();

    @Message("Not allowed")
    String error_forbidden();

    @Message("Your account may not see this page.")
    String error_forbidden_detail();

    @Message("Not available right now")
    String error_unavailable();

    @Message("Something went wrong")
    String error_other();

    @Message("Back to the initiatives")
    String error_back();

    // Times
    @Message("{time} in {zone}")
    String time_in_zone(String time, String zone);

    @Message("your time: ")
    String time_yours();

    // City workspace
    @Message("My submissions")
    String workspace_title();

    @Message("Cycle")
    String workspace_cycle();

    @Message("Status")
    String workspace_status();

    @Message("Deadline")
    String workspace_deadline();

    @Message("Last saved")
    String workspace_updated();

    @Message("Open")
    String workspace_open();

    @Message("You have no submissions yet.")
    String workspace_none();

    @Message("Start a submission")
    String workspace_start();

    @Message("Title of the initiative")
    String workspace_new_title();

    @Message("Start the draft")
    String workspace_create();

    @Message("Cycles open for entries")
    String workspace_open_cycles();

    @Message("Steps")
    String form_steps();

    @Message("Description")
    String step_description();

    @Message("Themes and partners")
    String step_classification();

    @Message("City data")
    String step_city();

    @Message("Outcome claims")
    String step_claims();

    @Message("Contacts")
    String step_contacts();

    @Message("Check and submit")
    String step_review();

    @Message("Title")
    String field_title();

    @Message("Summary")
    String field_summary();

    @Message("{words} of {limit} words")
    String words_of_limit(Object words, Object limit);

    @Message("{words} words")
    String words(Object words);

    @Message("over the limit")
    String words_over();

    @Message("Save")
    String form_save();

    @Message("Save and continue")
    String form_save_next();

    @Message("Saved.")
    String form_saved();

    @Message("Saving…")
    String form_saving();

    @Message("Not saved: fix the fields marked below.")
    String form_invalid();

    @Message("This draft was changed elsewhere (another tab or person) since you opened it. Your last changes are not saved.")
    String form_conflict();

    @Message("Reload the saved version")
    String form_reload();

    @Message("Compare with the saved version")
    String form_compare();

    @Message("Field")
    String compare_field();

    @Message("Yours (not saved)")
    String compare_yours();

    @Message("Saved elsewhere")
    String compare_saved();

    @Message("Themes")
    String field_themes();

    @Message("Sustainable Development Goals")
    String field_sdgs();

    @Message("Innovation type")
    String field_innovation_type();

    @Message("not chosen")
    String field_not_chosen();

    @Message("Tags (one per line)")
    String field_tags();

    @Message("Partners (one per line: name, then its role after a colon)")
    String field_partners();

    @Message("City name")
    String field_city_name();

    @Message("Country")
    String field_city_country();

    @Message("Country code (ISO, two letters)")
    String field_city_country_code();

    @Message("Population")
    String field_city_population();

    @Message("Area (km²)")
    String field_city_area();

    @Message("Density (people per km²)")
    String field_city_density();

    @Message("GDP per capita (USD)")
    String field_city_gdp();

    @Message("Growth rate")
    String field_city_growth();

    @Message("Main sources of prosperity")
    String field_city_prosperity();

    @Message("Outcome claim {n}")
    String claim_title(int n);

    @Message("Indicator")
    String claim_indicator();

    @Message("Unit")
    String claim_unit();

    @Message("Which way is good")
    String claim_direction();

    @Message("Higher is better")
    String direction_higher_is_better();

    @Message("Lower is better")
    String direction_lower_is_better();

    @Message("Neutral")
    String direction_neutral();

    @Message("Baseline value")
    String claim_baseline_value();

    @Message("Baseline period (2022, 2022-Q3, 2022-07)")
    String claim_baseline_period();

    @Message("Result value")
    String claim_result_value();

    @Message("Result period")
    String claim_result_period();

    @Message("How exact")
    String claim_qualifier();

    @Message("exact")
    String qualifier_exact();

    @Message("about")
    String qualifier_approximately_word();

    @Message("more than")
    String qualifier_more_than_word();

    @Message("less than")
    String qualifier_less_than_word();

    @Message("up to")
    String qualifier_up_to_word();

    @Message("Evidence")
    String claim_evidence();

    @Message("Remove this claim")
    String claim_remove();

    @Message("Add an outcome claim")
    String claim_add();

    @Message("Contact {n}")
    String contact_title(int n);

    @Message("Name")
    String contact_name();

    @Message("Role")
    String contact_role();

    @Message("Email")
    String contact_email();

    @Message("Phone")
    String contact_phone();

    @Message("Completeness")
    String completeness_title();

    @Message("Words per section against the cycle's limits. The award's own check runs when you submit: anything missing is listed here, field by field.")
    String completeness_explained();

    @Message("Still needed before it can be submitted")
    String completeness_gaps();

    @Message("Submit")
    String submit();

    @Message("Withdraw the entry")
    String withdraw();

    @Message("Submitted. The secretariat will screen it after the deadline.")
    String submitted();

    @Message("Status history")
    String history_title();

    @Message("{status} on {at} by {by}")
    String history_step(String status, String at, String by);

    @Message("Draft")
    String status_draft();

    @Message("Submitted")
    String status_submitted();

    @Message("Withdrawn")
    String status_withdrawn();

    @Message("Eligible")
    String status_eligible();

    @Message("Ineligible")
    String status_ineligible();

    @Message("Shortlisted")
    String status_shortlisted();

    @Message("Winner")
    String status_winner();

    @Message("Special mention")
    String status_special_mention();

    @Message("Not selected")
    String status_not_selected();

    // Jury
    @Message("My assignments")
    String jury_title();

    @Message("Entry")
    String jury_entry();

    @Message("Review")
    String jury_review();

    @Message("No entry is assigned to you yet.")
    String jury_none();

    @Message("Score the entry")
    String jury_score();

    @Message("{name} (weight {weight})")
    String jury_criterion(String name, Object weight);

    @Message("Score from {min} to {max}")
    String jury_scale(Object min, Object max);

    @Message("Comment for the jury")
    String jury_comment();

    @Message("Save the draft")
    String jury_save();

    @Message("File the review")
    String jury_file();

    @Message("Your review is filed.")
    String jury_filed();

    @Message("Declare a conflict of interest")
    String jury_conflict();

    @Message("Why you cannot judge this entry")
    String jury_conflict_reason();

    @Message("Declare")
    String jury_conflict_button();

    @Message("You declared a conflict of interest: {reason}")
    String jury_conflicted(String reason);

    @Message("The other jurors' reviews")
    String jury_others();

    @Message("The other jurors' reviews are shown once your own is filed.")
    String jury_others_after();

    @Message("Juror")
    String jury_juror();

    @Message("Weighted total")
    String jury_weighted();

    @Message("(you)")
    String jury_you();

    // Secretariat
    @Message("Award cycles")
    String sec_cycles();

    @Message("Phase")
    String sec_phase();

    @Message("Move to {phase}")
    String sec_move_to(String phase);

    @Message("The cycle cannot move on yet:")
    String sec_unmet();

    @Message("Entries")
    String sec_entries();

    @Message("Screening")
    String sec_screening();

    @Message("Eligible")
    String sec_eligible();

    @Message("Not eligible")
    String sec_ineligible();

    @Message("Reason")
    String sec_reason();

    @Message("Record the screening")
    String sec_screen();

    @Message("Jurors")
    String sec_jurors();

    @Message("Register a juror")
    String sec_register_juror();

    @Message("Account (token subject)")
    String sec_juror_subject();

    @Message("Name")
    String sec_juror_name();

    @Message("Country code")
    String sec_juror_country();

    @Message("Register")
    String sec_register();

    @Message("Assignments")
    String sec_assignments();

    @Message("Jurors per entry")
    String sec_per_submission();

    @Message("Preview the automatic assignment")
    String sec_auto_preview();

    @Message("Apply this assignment")
    String sec_auto_apply();

    @Message("Preview: {count} new assignments, juror loads from {min} to {max}.")
    String sec_auto_planned(Object count, Object min, Object max);

    @Message("Applied: {count} new assignments.")
    String sec_auto_applied(Object count);

    @Message("Could not get all their jurors: {entries}")
    String sec_shortfalls(String entries);

    @Message("Ranking")
    String sec_ranking();

    @Message("Rank")
    String rank_rank();

    @Message("Entry")
    String rank_title();

    @Message("City")
    String rank_city();

    @Message("Reviews")
    String rank_reviews();

    @Message("Weighted total")
    String rank_weighted();

    @Message("Raw mean")
    String rank_raw();

    @Message("Normalized mean")
    String rank_normalized();

    @Message("Spread")
    String rank_spread();

    @Message("Jurors disagree")
    String rank_disagreement();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("Sort by {column}")
    String rank_sort_by(String column);

    @Message("Download the ranking as CSV")
    String rank_csv();

    @Message("No eligible entry is ranked yet.")
    String rank_none();

    @Message("Decision")
    String sec_decision();

    @Message("Rationale")
    String sec_rationale();

    @Message("Record the decision")
    String sec_decide();

    @Message("Recorded.")
    String sec_recorded();

    @Message("Publish the cycle")
    String sec_publish();

    @Message("Audit log")
    String sec_audit();

    @Message("Actor")
    String audit_actor();

    @Message("Entity type")
    String audit_entity_type();

    @Message("any")
    String audit_any();

    @Message("From (2026-12-01)")
    String audit_from();

    @Message("To")
    String audit_to();

    @Message("Filter")
    String audit_filter();

    @Message("When")
    String audit_at();

    @Message("Action")
    String audit_action();

    @Message("Entity")
    String audit_entity();

    @Message("Change")
    String audit_change();

    @Message("Open the cycle's desk")
    String sec_open_cycle();
}
