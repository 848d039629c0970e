package org.urbaninnovation.submissions.domain.deliberation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings for deliberation. */
@ConfigMapping(prefix = "submissions.ranking")
public interface DeliberationSettings {

    /**
     * The spread (standard deviation, in score points) above which the jurors of an entry are said to
     * disagree, on its weighted total or on any one criterion.
     */
    @WithDefault("2.0")
    double disagreementThreshold();
}
