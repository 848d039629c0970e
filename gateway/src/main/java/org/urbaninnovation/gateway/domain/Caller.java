package org.urbaninnovation.gateway.domain;

import java.util.Set;

/** Who a verified token says the caller is. */
public record Caller(String subject, Set<String> roles) {
}
