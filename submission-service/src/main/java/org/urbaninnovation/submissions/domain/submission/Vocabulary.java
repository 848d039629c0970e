package org.urbaninnovation.submissions.domain.submission;

/**
 * The closed vocabularies of a submission, the catalogue's where the catalogue has one, so that an
 * awarded entry is accepted there as it stands.
 */
public final class Vocabulary {

    public static final String THEME = "social_cultural|economic|environmental|governance|technology";
    public static final String THEME_MESSAGE = "must be one of social_cultural, economic, environmental, governance, technology";
    public static final String INNOVATION_TYPE = "evolutionary|revolutionary|incremental|evolutionary_and_revolutionary";
    public static final String INNOVATION_TYPE_MESSAGE = "must be one of evolutionary, revolutionary, incremental, evolutionary_and_revolutionary";
    public static final String DIRECTION = "higher_is_better|lower_is_better|neutral";
    public static final String DIRECTION_MESSAGE = "must be one of higher_is_better, lower_is_better, neutral";
    public static final String QUALIFIER = "exact|approximately|more_than|less_than|up_to";
    public static final String QUALIFIER_MESSAGE = "must be one of exact, approximately, more_than, less_than, up_to";
    /** ISO 8601 periods as the metrics use them: a year, a quarter, a month or a day. */
    public static final String PERIOD = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?";
    public static final String PERIOD_MESSAGE = "must be an ISO 8601 period: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD";
    public static final String COUNTRY_CODE = "[A-Z]{2}";
    public static final String COUNTRY_CODE_MESSAGE = "must be an ISO 3166-1 alpha-2 code such as CN";

    private Vocabulary() {
    }
}
