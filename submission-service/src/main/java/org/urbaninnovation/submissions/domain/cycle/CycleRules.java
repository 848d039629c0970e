package org.urbaninnovation.submissions.domain.cycle;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.urbaninnovation.commons.domain.Violation;

/** What must hold across a cycle's settings, beyond each field's own bounds. */
public final class CycleRules {

    private CycleRules() {
    }

    /** Every problem of these settings (with defaults applied), each named by its field. */
    public static List<Violation> problems(CycleSettings settings) {
        List<Violation> problems = new ArrayList<>();
        try {
            ZoneId.of(settings.timeZone());
        } catch (DateTimeException e) {
            problems.add(new Violation("timeZone", "must be an IANA time zone such as Asia/Shanghai"));
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < settings.criteria().size(); i++) {
            Criterion criterion = settings.criteria().get(i);
            sum = sum.add(criterion.weight());
            if (!codes.add(criterion.code())) {
                problems.add(new Violation("criteria[" + i + "].code", "is used by another criterion"));
            }
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            problems.add(new Violation("criteria", "weights must sum to 1 (they sum to " + sum.stripTrailingZeros().toPlainString() + ")"));
        }
        if (settings.scoreScale().min() >= settings.scoreScale().max()) {
            problems.add(new Violation("scoreScale", "min must be below max"));
        }
        if (settings.winners() > settings.shortlistSize()) {
            problems.add(new Violation("winners", "must not exceed the shortlist size (" + settings.shortlistSize() + ")"));
        }
        return problems;
    }
}
