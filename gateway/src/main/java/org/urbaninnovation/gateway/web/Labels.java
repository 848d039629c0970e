package org.urbaninnovation.gateway.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The API's codes as a reader reads them (themes, statuses, sections, qualifiers...), from the
 * message bundle; templates call it as {@code inject:labels}. A code it does not know is shown as
 * it came, so a new value of the API never breaks a page.
 */
@ApplicationScoped
@Named("labels")
public class Labels {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Messages msg;

    public Labels(Messages msg) {
        this.msg = msg;
    }

    public String theme(Object code) {
        return switch (String.valueOf(code)) {
            case "social_cultural" -> msg.theme_social_cultural();
            case "economic" -> msg.theme_economic();
            case "environmental" -> msg.theme_environmental();
            case "governance" -> msg.theme_governance();
            case "technology" -> msg.theme_technology();
            default -> String.valueOf(code);
        };
    }

    public String innovationType(Object code) {
        return switch (String.valueOf(code)) {
            case "evolutionary" -> msg.type_evolutionary();
            case "revolutionary" -> msg.type_revolutionary();
            case "incremental" -> msg.type_incremental();
            case "evolutionary_and_revolutionary" -> msg.type_evolutionary_and_revolutionary();
            default -> String.valueOf(code);
        };
    }

    public String section(Object code) {
        return switch (String.valueOf(code)) {
            case "abstract" -> msg.section_abstract();
            case "background" -> msg.section_background();
            case "keyMeasures" -> msg.section_keyMeasures();
            case "innovativeAspects" -> msg.section_innovativeAspects();
            case "implementation" -> msg.section_implementation();
            case "outcomes" -> msg.section_outcomes();
            case "lessons" -> msg.section_lessons();
            default -> String.valueOf(code);
        };
    }

    public String phase(Object code) {
        return switch (String.valueOf(code)) {
            case "baseline" -> msg.phase_baseline();
            case "result" -> msg.phase_result();
            case "target" -> msg.phase_target();
            case "scale" -> msg.phase_scale();
            case "context" -> msg.phase_context();
            default -> String.valueOf(code);
        };
    }

    public String status(Object code) {
        return switch (String.valueOf(code)) {
            case "draft" -> msg.status_draft();
            case "submitted" -> msg.status_submitted();
            case "withdrawn" -> msg.status_withdrawn();
            case "eligible" -> msg.status_eligible();
            case "ineligible" -> msg.status_ineligible();
            case "shortlisted" -> msg.status_shortlisted();
            case "winner" -> msg.status_winner();
            case "special_mention" -> msg.status_special_mention();
            case "not_selected" -> msg.status_not_selected();
            default -> String.valueOf(code);
        };
    }

    public String direction(Object code) {
        return switch (String.valueOf(code)) {
            case "higher_is_better" -> msg.direction_higher_is_better();
            case "lower_is_better" -> msg.direction_lower_is_better();
            case "neutral" -> msg.direction_neutral();
            default -> String.valueOf(code);
        };
    }

    public String qualifierWord(Object code) {
        return switch (String.valueOf(code)) {
            case "exact" -> msg.qualifier_exact();
            case "approximately" -> msg.qualifier_approximately_word();
            case "more_than" -> msg.qualifier_more_than_word();
            case "less_than" -> msg.qualifier_less_than_word();
            case "up_to" -> msg.qualifier_up_to_word();
            default -> String.valueOf(code);
        };
    }

    public String improved(Object improved) {
        return improved == null ? msg.outcome_neutral() : Boolean.TRUE.equals(improved) ? msg.outcome_improved() : msg.outcome_worse();
    }

    /** A figure as the city reported it: "more than 80", "about 12", "3 to 5". */
    public String figure(Object figure) {
        if (!(figure instanceof Map<?, ?> f) || f.get("value") == null && f.get("low") == null) {
            return "";
        }
        if (f.get("low") != null && f.get("high") != null) {
            return msg.qualifier_range(number(f.get("low")), number(f.get("high")));
        }
        String value = number(f.get("value"));
        return switch (String.valueOf(f.get("qualifier"))) {
            case "approximately" -> msg.qualifier_approximately(value);
            case "more_than" -> msg.qualifier_more_than(value);
            case "less_than" -> msg.qualifier_less_than(value);
            case "up_to" -> msg.qualifier_up_to(value);
            default -> value;
        };
    }

    public String number(Object value) {
        if (value == null) {
            return "";
        }
        try {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
            format.setMaximumFractionDigits(6);
            return format.format(new BigDecimal(value.toString()));
        } catch (NumberFormatException e) {
            return value.toString();
        }
    }

    /** An instant in a given time zone, for example a deadline in the cycle's own zone. */
    public String time(Object instant, Object zone) {
        if (instant == null) {
            return "";
        }
        ZoneId id = zone == null ? ZoneId.of("UTC") : ZoneId.of(zone.toString());
        return msg.time_in_zone(WHEN.format(Instant.parse(instant.toString()).atZone(id)), id.getId());
    }
}
