package org.urbaninnovation.catalog.conventions;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A test-only resource that exercises the platform's HTTP conventions (problem details,
 * validation, security) independently of any domain endpoint.
 */
@Path("/test/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public enum Colour { RED, GREEN }

    public record ProbeRequest(@NotBlank @Size(max = 20) String name, @Min(0) Integer count, Colour colour) {
    }

    public record Who(String subject, String city) {
    }

    private final JsonWebToken jwt;

    public ProbeResource(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public ProbeRequest echo(@Valid ProbeRequest request) {
        return request;
    }

    @GET
    @Path("/me")
    @RolesAllowed({ "admin", "jury", "city", "service" })
    public Who me() {
        return new Who(jwt.getSubject(), jwt.getClaim("city"));
    }

    @GET
    @Path("/public")
    @PermitAll
    public Who open() {
        return new Who(null, null);
    }

    @GET
    @Path("/boom")
    @PermitAll
    public Who boom() {
        throw new IllegalStateException("secret internals: password=hunter2");
    }
}
