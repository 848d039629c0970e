package org.urbaninnovation.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.openapi.ApiDocument;
import org.urbaninnovation.testsupport.openapi.ApiOperation;
import org.urbaninnovation.testsupport.openapi.DatabaseRows;
import org.urbaninnovation.testsupport.openapi.HostileInput;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Every operation of the service's own {@code /q/openapi}, attacked: hostile values in each
 * parameter (NUL, a path traversal, 10,000 characters, SQL and script text, an integer overflow,
 * negative, zero, a fraction, right-to-left and emoji text, an unknown enum value) and, for each
 * request body, each field nulled, mistyped, oversized and given NUL or script text, unknown fields,
 * malformed JSON, a wrong content type and a body over the limit. Never a 5xx, every error a
 * problem+json whose {@code status} is the HTTP status, no stack trace or database text in any
 * body, and no row changed by a refused write. A service's {@code @QuarkusTest} extends it.
 */
public abstract class HostileInputContract {

    /** The operations attacked: all but a test's own probes under {@code /test/}, unless a service says otherwise (and why). */
    protected boolean covers(ApiOperation operation) {
        return !operation.path().startsWith("/test/");
    }

    /** A token for an operation's roles (null: a public operation): the secretariat's where it may, else the first role's. */
    protected String tokenFor(List<String> roles) {
        if (roles == null) {
            return null;
        }
        return roles.isEmpty() || roles.contains("admin") ? Tokens.admin() : Tokens.withRole(roles.get(0));
    }

    /** Undoes a write that an attack made because it happened to be valid, where other tests count what exists. */
    protected void undo(ApiOperation operation, Response accepted) {
    }

    @Test
    void hostileParametersNeverReachA5xxNorChangeAnything() {
        List<String> findings = engine().run(this::covers, true, false);
        assertTrue(findings.isEmpty(), findings.size() + " findings:\n" + String.join("\n", findings));
    }

    @Test
    void hostileBodiesNeverReachA5xxNorChangeAnything() {
        List<String> findings = engine().run(this::covers, false, true);
        assertTrue(findings.isEmpty(), findings.size() + " findings:\n" + String.join("\n", findings));
    }

    private HostileInput engine() {
        ApiDocument doc = ApiDocument.parse(given().accept("application/json").when().get("/q/openapi?format=json").asString());
        return new HostileInput(doc, RestAssured::given, this::tokenFor, DatabaseRows.ofTestApplication()).onAcceptedWrite(this::undo);
    }
}
