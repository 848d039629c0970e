package org.urbaninnovation.gateway.web.api;

/** A page's call that the API refused and the page does not handle itself (401, 403, 404, 5xx...). */
public class ApiRefused extends RuntimeException {

    private final transient ApiAnswer answer;

    public ApiRefused(ApiAnswer answer) {
        super("The API answered " + answer.status(), null, false, false);
        this.answer = answer;
    }

    public ApiAnswer answer() {
        return answer;
    }
}
