package org.urbaninnovation.gateway.routing;

import java.time.Duration;

import org.urbaninnovation.commons.problem.Problem;
import org.urbaninnovation.commons.problem.ProblemType;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service who the client really is (so its Location headers point at the gateway), and
 * answers with a problem document instead of an empty 502 when the service cannot be reached.
 */
class ForwardingInterceptor implements ProxyInterceptor {

    private final String service;
    private final Duration timeout;

    ForwardingInterceptor(String service, Duration timeout) {
        this.service = service;
        this.timeout = timeout;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest client = request.proxiedRequest();
        // Only what the gateway itself saw is forwarded: a client's own X-Forwarded-* could
        // otherwise steer the services' Location headers or spoof its address.
        request.headers().remove("Forwarded");
        request.headers().names().stream().filter(name -> name.regionMatches(true, 0, "X-Forwarded-", 0, 12))
                .toList().forEach(request.headers()::remove);
        if (client.authority() != null) {
            request.headers().set("X-Forwarded-Host", client.authority().toString());
        }
        request.headers().set("X-Forwarded-Proto", client.scheme() == null ? "http" : client.scheme());
        if (client.remoteAddress() != null) {
            request.headers().set("X-Forwarded-For", client.remoteAddress().hostAddress());
        }
        long started = System.nanoTime();
        return context.sendRequest().recover(failure -> {
            boolean timedOut = System.nanoTime() - started >= timeout.toNanos();
            ProblemType type = timedOut ? ProblemType.GATEWAY_TIMEOUT : ProblemType.BAD_GATEWAY;
            String detail = "The " + service + " service " + (timedOut ? "did not answer in time" : "cannot be reached")
                    + "; try again shortly.";
            Problem problem = Problem.of(type, detail, client.path());
            return Future.succeededFuture(request.response()
                    .setStatusCode(type.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .setBody(Body.body(Buffer.buffer(Json.encode(problem)))));
        });
    }
}
