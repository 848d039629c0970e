package org.urbaninnovation.gateway.infrastructure.proxy;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.urbaninnovation.commons.problem.ProblemType;
import org.urbaninnovation.gateway.domain.RequestClass;
import org.urbaninnovation.gateway.infrastructure.edge.RequestData;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;

/**
 * One request forwarded to one service, on the event loop that received it: the body streamed up
 * as it arrives (counted against the size limit), the answer streamed back as it comes, and every
 * way it can end (an answer, the service failing or going away, the client leaving) ending both
 * sides once and quietly.
 *
 * <p>A request no instance saw (the connection could not be made, or failed before the request's
 * head was written and before any of its body was read) goes to another instance whatever its
 * method. A request that was sent is tried again only when that cannot do anything twice: an
 * idempotent method, no body, within the service's retry budget. A request whose body was already
 * streamed is never tried again.
 */
final class Exchange {

    private static final Logger LOG = Logger.getLogger(Exchange.class);
    /** The probe found the instance gone while the request waited for it. */
    private static final InstanceGone GONE = new InstanceGone();

    private final RoutingContext ctx;
    private final Context context;
    private final Upstream upstream;
    private final ForwardedHeaders forwarded;
    private final long maxBody;
    private final HttpServerRequest client;
    private final HttpServerResponse response;
    private final boolean hasBody;
    private final RequestOptions options;
    /** The instance of the current attempt, and the instances tried so far (a bit each). */
    private Instance instance;
    private long tried;
    /** Counts attempts, so that what an abandoned one still reports is ignored. */
    private int attempts;
    private int retried;
    private boolean headWritten;
    private HttpClientRequest upstreamRequest;
    private long received;
    private boolean finished;

    Exchange(RoutingContext ctx, Context context, Upstream upstream, ForwardedHeaders forwarded, long maxBody) {
        this.ctx = ctx;
        this.context = context;
        this.upstream = upstream;
        this.forwarded = forwarded;
        this.maxBody = maxBody;
        this.client = ctx.request();
        this.response = ctx.response();
        String length = client.getHeader("Content-Length");
        this.hasBody = length != null ? !"0".equals(length) : client.headers().contains("Transfer-Encoding");
        String query = client.query();
        MultiMap headers = forwarded.request(client, RequestData.requestId(ctx));
        this.options = new RequestOptions().setMethod(client.method())
                .setURI(query == null ? ctx.normalizedPath() : ctx.normalizedPath() + "?" + query)
                .setHeaders(headers).setIdleTimeout(upstream.timeoutMillis).setConnectTimeout(upstream.connectTimeoutMillis);
    }

    void start() {
        if (hasBody) {
            // Nothing of the body may be read before the service's connection is there to take it.
            client.pause();
        } else {
            client.resume();
        }
        response.closeHandler(gone -> clientLeft());
        client.exceptionHandler(failure -> clientLeft());
        upstream.retryBudget.requested();
        attempt(upstream.first());
    }

    private void attempt(Instance target) {
        if (target == null) {
            unavailable();
            return;
        }
        instance = target;
        tried |= target.bit;
        headWritten = false;
        upstreamRequest = null;
        options.setHost(target.host).setPort(target.port);
        int current = ++attempts;
        target.waiting(this);
        target.guarded(() -> send(current)).onComplete(result -> {
            target.answered(this);
            if (current != attempts) {
                if (result.succeeded()) {
                    result.result().request().reset();
                }
            } else if (result.succeeded()) {
                target.answering();
                respond(result.result());
            } else {
                failed(result.cause());
            }
        });
    }

    private Future<HttpClientResponse> send(int current) {
        return instance.client().request(options).compose(request -> {
            // Its failures reach the response future; a reset the gateway made itself is no news.
            request.exceptionHandler(failure -> LOG.debugf("%s %s to %s: %s", client.method(), client.path(), upstream.name,
                    failure.getMessage()));
            if (finished || current != attempts) {
                request.reset();
                return Future.failedFuture(new IllegalStateException("the client left, or the attempt was taken back"));
            }
            upstreamRequest = request;
            if (!hasBody) {
                request.end().onSuccess(written -> headWritten(current));
                return request.response().map(Exchange::held);
            }
            streamBody(request, current);
            return request.response().map(Exchange::held);
        });
    }

    private void headWritten(int current) {
        if (current == attempts) {
            headWritten = true;
        }
    }

    /**
     * Paused as it arrives: the circuit breaker hands the answer on in a later tick, and the body's
     * first chunks must wait for the pipe to the client rather than be dropped.
     */
    private static HttpClientResponse held(HttpClientResponse answer) {
        answer.pause();
        return answer;
    }

    private void streamBody(HttpClientRequest request, int current) {
        if (client.getHeader("Content-Length") == null) {
            request.setChunked(true);
        }
        client.handler(chunk -> {
            received += chunk.length();
            if (received > maxBody) {
                tooLarge();
                return;
            }
            request.write(chunk);
            if (request.writeQueueFull()) {
                client.pause();
                request.drainHandler(drained -> client.resume());
            }
        });
        client.endHandler(end -> {
            if (!finished) {
                request.end().onSuccess(written -> headWritten(current));
            }
        });
        client.resume();
    }

    private void respond(HttpClientResponse answer) {
        if (finished) {
            answer.request().reset();
            return;
        }
        finished = true;
        response.setStatusCode(answer.statusCode());
        if (answer.statusMessage() != null) {
            response.setStatusMessage(answer.statusMessage());
        }
        forwarded.response(answer.headers(), response.headers(), instance.base, client);
        int status = answer.statusCode();
        if (!answer.headers().contains("Content-Length") && client.method() != HttpMethod.HEAD && status != 204 && status != 304) {
            response.setChunked(true);
        }
        answer.pipe().endOnFailure(false).to(response).onFailure(broken -> {
            // The service stopped mid-answer or the client left: a truncated answer must not look complete.
            answer.request().reset();
            response.reset();
        });
    }

    private void failed(Throwable failure) {
        if (finished) {
            return;
        }
        Instance next;
        if (!headWritten && received == 0 && (next = upstream.next(instance, tried)) != null) {
            // No instance saw it: another one may take it, whatever its method. Its body waits for that one.
            if (hasBody) {
                client.pause();
            }
            attempt(next);
            return;
        }
        if (retryable(failure) && (next = nextForRetry()) != null && upstream.retryBudget.tryRetry()) {
            retried++;
            attempt(next);
            return;
        }
        finished = true;
        if (failure instanceof TimeoutException && !(failure instanceof ConnectTimeoutException) && upstreamRequest != null) {
            answer(ProblemType.GATEWAY_TIMEOUT, "The " + upstream.name + " service did not answer within "
                    + upstream.timeoutMillis + " ms; try again shortly.");
        } else if (failure instanceof InstanceGone && !repeatable()) {
            answer(ProblemType.GATEWAY_TIMEOUT, "The " + upstream.name + " service stopped answering while it had this request:"
                    + " it may or may not have been applied. Read the resource, or send it again with the same Idempotency-Key.");
        } else if (failure instanceof CircuitBreakerOpenException || failure instanceof ConnectException
                || failure instanceof ConnectTimeoutException || failure instanceof TimeoutException
                || failure instanceof InstanceGone) {
            unavailable();
        } else {
            LOG.debugf("%s %s to %s failed: %s", client.method(), client.path(), upstream.name, failure);
            answer(ProblemType.BAD_GATEWAY, "The " + upstream.name + " service broke off its answer; try again shortly.");
        }
    }

    private boolean retryable(Throwable failure) {
        return retried < upstream.retries && !hasBody && RequestClass.isIdempotent(client.method().name())
                && !(failure instanceof TimeoutException) && !(failure instanceof CircuitBreakerOpenException)
                && !(failure instanceof IllegalStateException);
    }

    /** Another instance than those tried when there is one, else the same again on another connection. */
    private Instance nextForRetry() {
        Instance untried = upstream.next(instance, tried);
        return untried != null ? untried : upstream.next(instance, 0);
    }

    /**
     * The probe found the instance silent while this request waited for it: taken back, and tried
     * elsewhere if it may be. A write the instance may be applying is left to it unless
     * {@code writesToo}.
     */
    void abandon(Instance gone, boolean writesToo) {
        context.runOnContext(now -> {
            if (finished || instance != gone || !(writesToo || repeatable())) {
                return;
            }
            attempts++;
            gone.answered(this);
            if (upstreamRequest != null) {
                upstreamRequest.reset();
            }
            failed(GONE);
        });
    }

    /** Whether sending it again cannot do anything twice: the instance never saw it, or it is a read. */
    private boolean repeatable() {
        return (!headWritten && received == 0) || (!hasBody && RequestClass.isIdempotent(client.method().name()));
    }

    private void unavailable() {
        finished = true;
        response.putHeader("Retry-After", "1");
        answer(ProblemType.SERVICE_UNAVAILABLE, "The " + upstream.name + " service is unavailable; try again shortly.");
    }

    private void tooLarge() {
        finished = true;
        client.handler(null);
        if (upstreamRequest != null) {
            upstreamRequest.reset();
        }
        // The rest of the body is never read: the connection cannot serve another request.
        response.putHeader("Connection", "close");
        answer(ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the limit of " + maxBody + " bytes.");
    }

    private void clientLeft() {
        if (!finished) {
            finished = true;
            if (instance != null) {
                instance.answered(this);
            }
            if (upstreamRequest != null) {
                upstreamRequest.reset();
            }
        }
    }

    private void answer(ProblemType type, String detail) {
        if (!response.ended() && !response.closed()) {
            RequestData.problem(ctx, type, detail);
        }
    }

    /** Without a stack trace: it is a state, not a fault of the gateway's. */
    private static final class InstanceGone extends RuntimeException {
        InstanceGone() {
            super("the probe found the instance gone", null, false, false);
        }
    }
}
