package org.urbaninnovation.gateway.api;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.gateway.domain.DevSignIn;

/**
 * LOCAL ONLY: the development issuer. Sign in as a demo user without a password and get a bearer
 * token the platform accepts. Absent (404, and left out of the API document) unless the gateway
 * runs with a development key (the launcher's local profile, dev mode, tests).
 */
@Path("/auth/dev")
@Tag(name = "gateway")
public class DevSignInResource {

    private final DevSignIn signIn;

    public DevSignInResource(DevSignIn signIn) {
        this.signIn = signIn;
    }

    @POST
    @Path("/sign-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "LOCAL ONLY: sign in as a demo user, without a password, and get a bearer token")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "the secretariat", value = "{\"user\": \"admin\"}")))
    public SignInAnswer signIn(@Valid @NotNull SignInRequest request) {
        return SignInAnswer.of(signIn.signIn(request.user()), Instant.now().getEpochSecond());
    }

    @GET
    @Path("/users")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "LOCAL ONLY: the demo users one can sign in as")
    public List<DemoUserView> users() {
        return signIn.users().stream().map(DemoUserView::of).toList();
    }
}
