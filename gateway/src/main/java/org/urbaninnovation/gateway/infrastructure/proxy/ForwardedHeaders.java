package org.urbaninnovation.gateway.infrastructure.proxy;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

/**
 * The headers of a forwarded request and of the answer passed back. Hop-by-hop headers (RFC 9110
 * 7.6.1, and those a Connection header names) stay on their hop. Only what the gateway itself saw
 * is forwarded about the client: a client's own X-Forwarded-* or Forwarded could otherwise steer
 * the services' Location headers or spoof its address.
 */
final class ForwardedHeaders {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    /** Set by the gateway itself on every forwarded request. */
    private static final Set<String> SET_BY_GATEWAY = Set.of("host", "forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-proto", "x-forwarded-port", "x-forwarded-prefix", "x-real-ip", "x-request-id");

    private final Optional<URI> publicBase;

    ForwardedHeaders(Optional<URI> publicBase) {
        this.publicBase = publicBase;
    }

    /** The client's request headers as the service gets them. */
    MultiMap request(HttpServerRequest client, String requestId) {
        MultiMap source = client.headers();
        Set<String> named = connectionTokens(source.get("Connection"));
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (Map.Entry<String, String> header : source) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !SET_BY_GATEWAY.contains(name) && !name.startsWith("x-forwarded-")
                    && (named.isEmpty() || !named.contains(name))) {
                headers.add(header.getKey(), header.getValue());
            }
        }
        String proto = proto(client);
        String host = host(client);
        String address = client.remoteAddress() == null ? null : client.remoteAddress().hostAddress();
        headers.set("X-Forwarded-Proto", proto);
        headers.set("X-Forwarded-Host", host);
        headers.set("X-Forwarded-Port", Integer.toString(port(client, proto)));
        StringBuilder forwarded = new StringBuilder();
        if (address != null) {
            headers.set("X-Forwarded-For", address);
            forwarded.append("for=").append(address.indexOf(':') >= 0 ? "\"[" + address + "]\"" : address).append(';');
        }
        forwarded.append("host=\"").append(host).append("\";proto=").append(proto);
        headers.set("Forwarded", forwarded.toString());
        headers.set("X-Request-Id", requestId);
        return headers;
    }

    /** Copies the service's answer headers, without its hop-by-hop ones, with its own absolute URLs made public. */
    void response(MultiMap from, MultiMap to, String serviceBase, HttpServerRequest client) {
        Set<String> named = connectionTokens(from.get("Connection"));
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (HOP_BY_HOP.contains(name) || (!named.isEmpty() && named.contains(name))) {
                continue;
            }
            String value = header.getValue();
            if (name.equals("location") && value.startsWith(serviceBase)
                    && (value.length() == serviceBase.length() || value.charAt(serviceBase.length()) == '/')) {
                // A service that did not read X-Forwarded-*: its own address must not reach the client.
                value = proto(client) + "://" + host(client) + value.substring(serviceBase.length());
            }
            to.add(header.getKey(), value);
        }
    }

    String proto(HttpServerRequest client) {
        if (publicBase.isPresent()) {
            return publicBase.get().getScheme();
        }
        return client.scheme() == null ? "http" : client.scheme();
    }

    String host(HttpServerRequest client) {
        if (publicBase.isPresent()) {
            return publicBase.get().getRawAuthority();
        }
        HostAndPort authority = client.authority();
        if (authority == null) {
            return client.localAddress() == null ? "localhost" : client.localAddress().hostAddress();
        }
        return authority.port() > 0 ? authority.host() + ":" + authority.port() : authority.host();
    }

    private int port(HttpServerRequest client, String proto) {
        if (publicBase.isPresent() && publicBase.get().getPort() > 0) {
            return publicBase.get().getPort();
        }
        HostAndPort authority = publicBase.isPresent() ? null : client.authority();
        if (authority != null && authority.port() > 0) {
            return authority.port();
        }
        return "https".equals(proto) ? 443 : 80;
    }

    private static Set<String> connectionTokens(String connection) {
        if (connection == null || connection.isEmpty()) {
            return Set.of();
        }
        java.util.HashSet<String> tokens = new java.util.HashSet<>();
        for (String token : connection.split(",")) {
            tokens.add(token.trim().toLowerCase(Locale.ROOT));
        }
        return tokens;
    }
}
