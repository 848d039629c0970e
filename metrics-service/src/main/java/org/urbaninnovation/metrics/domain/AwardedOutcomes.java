package org.urbaninnovation.metrics.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * What an award means for the metrics: the outcomes its city claimed become observations (the
 * baseline and the result, each with its qualifier and period, the evidence as the quote) on the
 * indicators the claims name, linked to the awarded initiative, so that they are outcome pairs at
 * once. The initiative's place is recorded from the award until the catalogue's own events arrive
 * ({@link CatalogProjection#placeAwarded}). Recording an award again changes nothing: figures are
 * keyed by (initiative, indicator, phase, period, scope) and one equal to the stored one is left as it is.
 */
@ApplicationScoped
public class AwardedOutcomes {

    private static final Logger LOG = Logger.getLogger(AwardedOutcomes.class);

    private final CatalogProjection projection;
    private final ClaimedIndicators indicators;
    private final ObservationChecks checks;
    private final ObservationStore store;
    private final Event<FiguresChanged> changed;

    public AwardedOutcomes(CatalogProjection projection, ClaimedIndicators indicators, ObservationChecks checks,
            ObservationStore store, Event<FiguresChanged> changed) {
        this.projection = projection;
        this.indicators = indicators;
        this.checks = checks;
        this.store = store;
        this.changed = changed;
    }

    /** Records the award's place and the figures of its claims; true when anything changed. */
    @Transactional
    public boolean record(Award award) {
        boolean placed = projection.placeAwarded(award);
        ObservationChecks.Checked checked = checks.ofAward(drafts(award));
        checked.refused().forEach(v -> LOG.warnf("A figure claimed for awarded initiative %s is not recorded: %s %s",
                award.initiativeId(), v.field(), v.message()));
        Recorded recorded = store.upsert(checked.observations());
        if (recorded.changedAnything()) {
            changed.fire(new FiguresChanged());
        }
        return placed || recorded.changedAnything();
    }

    /**
     * A claim with an indicator, a unit and a figure gives a baseline and a result for each figure
     * with a value. Two claims on one indicator are told apart by their scope ("claim 2"), so that
     * each claim's baseline pairs with its own result; a claim alone on its indicator has none.
     */
    private List<ObservationDraft> drafts(Award award) {
        Map<Integer, Award.Claim> usable = new LinkedHashMap<>();
        for (int i = 0; i < award.claims().size(); i++) {
            Award.Claim claim = award.claims().get(i);
            if (isBlank(claim.indicator()) || isBlank(claim.unit()) || (noValue(claim.baseline()) && noValue(claim.result()))) {
                continue;
            }
            usable.put(i, claim);
        }
        Map<Integer, String> codes = usable.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> indicators.of(e.getValue(), award.themes()).code, (a, b) -> a, LinkedHashMap::new));
        Map<String, Long> claimsPerCode = codes.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<ObservationDraft> drafts = new ArrayList<>();
        usable.forEach((index, claim) -> {
            String code = codes.get(index);
            String scope = claimsPerCode.get(code) > 1 ? "claim " + (index + 1) : "";
            add(drafts, award, claim, code, Phase.BASELINE, claim.baseline(), scope);
            add(drafts, award, claim, code, Phase.RESULT, claim.result(), scope);
        });
        return drafts;
    }

    private static void add(List<ObservationDraft> drafts, Award award, Award.Claim claim, String code, Phase phase,
            Award.Figure figure, String scope) {
        if (noValue(figure)) {
            return;
        }
        drafts.add(new ObservationDraft(award.initiativeId(), code, phase.wire(), figure.period(), scope, figure.value(),
                figure.qualifier(), null, null, claim.unit(),
                new ObservationDraft.Source("submission " + award.submissionId(), claim.evidence()),
                "Claimed by the city in its submission; " + award.outcome().replace('_', ' ') + " of " + award.cycleCode()));
    }

    /** Absent, or without a value: nothing to record. */
    private static boolean noValue(Award.Figure figure) {
        return figure == null || figure.value() == null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
