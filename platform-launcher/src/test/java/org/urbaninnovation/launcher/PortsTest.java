package org.urbaninnovation.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void busyPortIsReportedWithItsPortAndHolder() throws Exception {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(0));
            int port = socket.getLocalPort();
            assertFalse(Ports.isFree(port));
            LauncherException e = assertThrows(LauncherException.class, () -> Ports.requireFree(port, "gateway"));
            assertTrue(e.getMessage().contains("Port " + port + " (gateway) is already in use"), e.getMessage());
            if (System.getProperty("os.name").contains("Linux")) {
                assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
            }
        }
    }

    @Test
    void freePortIsFree() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertTrue(Ports.isFree(port));
    }
}
