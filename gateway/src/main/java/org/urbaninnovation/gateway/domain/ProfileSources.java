package org.urbaninnovation.gateway.domain;

import java.util.concurrent.CompletionStage;

/**
 * Where the parts of an initiative's profile come from (the catalogue and the metrics service);
 * each call answers within its own time limit and never fails: an outage is {@link Fetched.Unavailable}.
 */
public interface ProfileSources {

    CompletionStage<Fetched<Initiative>> initiative(String idOrSlug);

    CompletionStage<Fetched<Object>> city(String cityId);

    CompletionStage<Fetched<Object>> similar(String idOrSlug);

    CompletionStage<Fetched<Object>> outcomes(String initiativeId);

    CompletionStage<Fetched<Object>> observations(String initiativeId);
}
