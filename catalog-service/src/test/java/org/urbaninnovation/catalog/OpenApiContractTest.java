package org.urbaninnovation.catalog;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.Optional;

import org.urbaninnovation.catalog.api.CatalogFixtures;
import org.urbaninnovation.testsupport.OpenApiContract;
import org.urbaninnovation.testsupport.Tokens;
import org.urbaninnovation.testsupport.openapi.ApiOperation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class OpenApiContractTest extends OpenApiContract {

    /** A replacement's example applies to an initiative or a city of its own, read with its ETag. */
    @Override
    protected Optional<Prepared> prepare(ApiOperation operation) {
        if (operation.path().equals("/api/v1/initiatives/{id}") && operation.method().equals("PUT")) {
            CatalogFixtures.Created created = CatalogFixtures.create("Target of the documented replacement");
            return Optional.of(new Prepared(Map.of("id", created.id().toString()), Map.of("If-Match", created.etag())));
        }
        if (operation.path().equals("/api/v1/cities/{id}") && operation.method().equals("PUT")) {
            var city = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body("{\"name\": \"Replacement Target\", \"country\": \"Testland\"}").when().post("/api/v1/cities")
                    .then().statusCode(201).extract();
            return Optional.of(new Prepared(Map.of("id", city.path("id")), Map.of("If-Match", city.header("ETag"))));
        }
        return Optional.empty();
    }

    @Override
    protected void undo(ApiOperation operation, Response accepted) {
        CatalogWrites.withdrawWhatWasPublished(operation, accepted);
        if (operation.method().equals("PUT") && operation.path().equals("/api/v1/initiatives/{id}")) {
            CatalogFixtures.withdraw(java.util.UUID.fromString(accepted.path("id")));
        }
    }
}
