package org.urbaninnovation.gateway.routing;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;

/**
 * Forwards each path prefix to the service that owns it, without rewriting the path: every
 * service serves its own resources under {@code /api/v1/...}.
 */
@ApplicationScoped
public class ServiceProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ServiceProxyRoutes.class);

    private final GatewayConfig config;

    public ServiceProxyRoutes(GatewayConfig config) {
        this.config = config;
    }

    void install(@Observes Router router, Vertx vertx) {
        for (Map.Entry<String, GatewayConfig.Service> entry : config.services().entrySet()) {
            GatewayConfig.Service service = entry.getValue();
            // One pool per service, so that a hanging service cannot take the others' connections;
            // the idle timeout bounds how long a request waits for an answer.
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setConnectTimeout(2_000)
                    .setIdleTimeout((int) Math.max(1, config.timeout().toSeconds()))
                    .setKeepAlive(true)
                    .setMaxPoolSize(64));
            int port = service.url().getPort() > 0 ? service.url().getPort() : 80;
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(port, service.url().getHost())
                    .addInterceptor(new ForwardingInterceptor(entry.getKey(), config.timeout()));
            for (String prefix : service.paths()) {
                router.route(prefix).handler(ctx -> proxy.handle(ctx.request()));
                router.route(prefix + "/*").handler(ctx -> proxy.handle(ctx.request()));
                LOG.infof("Routing %s to %s (%s)", prefix, entry.getKey(), service.url());
            }
        }
    }
}
