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
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(2_000)
                .setKeepAlive(true)
                .setMaxPoolSize(64));
        for (Map.Entry<String, GatewayConfig.Service> entry : config.services().entrySet()) {
            GatewayConfig.Service service = entry.getValue();
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
