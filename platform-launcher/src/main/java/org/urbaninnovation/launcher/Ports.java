package org.urbaninnovation.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Whether a local port is free, and if not, which process holds it (on Linux, from /proc). */
final class Ports {

    private Ports() {
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void requireFree(int port, String purpose) {
        if (!isFree(port)) {
            String holder = holder(port).map(p -> "held by " + p).orElse("held by an unknown process");
            throw new LauncherException("Port " + port + " (" + purpose + ") is already in use, " + holder
                    + ". Stop that process or set the port in the environment (see README, Configuration).");
        }
    }

    /** "pid 1234 (java ...)" for the process listening on the port, where /proc tells. */
    static Optional<String> holder(int port) {
        Optional<String> inode = listeningInode(port);
        if (inode.isEmpty()) {
            return Optional.empty();
        }
        String target = "socket:[" + inode.get() + "]";
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
                    boolean holds = fds.anyMatch(fd -> {
                        try {
                            return Files.readSymbolicLink(fd).toString().equals(target);
                        } catch (IOException e) {
                            return false;
                        }
                    });
                    if (holds) {
                        long pid = Long.parseLong(proc.getFileName().toString());
                        String command = ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("?");
                        return Optional.of("pid " + pid + " (" + abbreviate(command) + ")");
                    }
                } catch (IOException | SecurityException e) {
                    // Not ours to read: keep looking.
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> listeningInode(int port) {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    // local_address is f[1]; state 0A is LISTEN; inode is f[9].
                    if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                        return Optional.of(f[9]);
                    }
                }
            } catch (IOException e) {
                // Not Linux, or no IPv6: try the next table.
            }
        }
        return Optional.empty();
    }

    private static String abbreviate(String command) {
        return command.length() > 100 ? command.substring(0, 97) + "..." : command;
    }
}
