package org.urbaninnovation.gateway.stub;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

/**
 * A working catalogue, a metrics service that accepts connections and never answers (as a process
 * stopped with SIGSTOP does: the kernel completes the handshake, nobody reads), and a submission
 * service that refuses connections (nothing listens on its port).
 */
public class FailingServices implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private ServerSocket silent;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            silent = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "silent-service");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of(
                "gateway.services.catalog.url", StubService.start(vertx, "catalog").url(),
                "gateway.services.metrics.url", "http://localhost:" + silent.getLocalPort(),
                "gateway.services.submissions.url", "http://localhost:" + closedPort());
    }

    @Override
    public void stop() {
        try {
            silent.close();
            for (Socket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** A port nothing listens on: connections to it are refused. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
