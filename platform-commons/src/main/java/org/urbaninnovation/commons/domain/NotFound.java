package org.urbaninnovation.commons.domain;

import java.util.List;

/** Nothing the caller may see has this identity: also what another city's or an unassigned entity looks like. */
public final class NotFound extends DomainException {

    public NotFound(String detail) {
        super(detail, List.of());
    }
}
