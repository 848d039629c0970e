package org.urbaninnovation.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which demo user to sign in as. */
public record SignInRequest(
        @NotBlank @Size(max = 64) @Schema(description = "A demo user's login (GET /auth/dev/users)", example = "admin")
        String user) {
}
