package org.urbaninnovation.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.StubService;
import org.urbaninnovation.gateway.stub.StubbedPlatform;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Bodies pass through as they arrive, both ways: the service sees an upload before the client has
 * finished sending it, and the client reads a CSV's first rows before the service has written the
 * rest. A gateway that buffered would wait for the whole body, and these tests would wait with it
 * (bounded: then they fail). A client that leaves mid-request leaves the log clean.
 */
@QuarkusTest
@TestProfile(StubbedPlatform.class)
class StreamingTest {

    private static final int MEGABYTE = 1_000_000;
    private static final int CHUNK = 64 * 1024;
    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    @Test
    void anUploadReachesTheServiceWhileTheClientIsStillSendingIt() throws Exception {
        try (Socket socket = new Socket("localhost", ProxyTest.gatewayPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/cities/upload HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.admin()
                    + "\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            chunk(out, CHUNK);
            long seen = 0;
            for (int poll = 0; poll < 200 && seen == 0; poll++) {
                Thread.sleep(50);
                seen = given().baseUri(ProxyTest.stub("catalog")).port(-1).get("/stub/upload-received").then().extract()
                        .jsonPath().getLong("bytes");
            }
            assertTrue(seen > 0, "the service saw nothing of the upload while the client was sending it");
            for (int sent = CHUNK; sent < MEGABYTE; sent += CHUNK) {
                chunk(out, Math.min(CHUNK, MEGABYTE - sent));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readAnswer(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("\"bodyLength\":1000000"), answer);
            assertTrue(answer.contains("\"chunked\":true"), answer);
        }
    }

    @Test
    void aChunkedUploadOverTheLimitIsCutOffWithA413Problem() throws Exception {
        try (Socket socket = new Socket("localhost", ProxyTest.gatewayPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/cities/upload HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.admin()
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                for (int sent = 0; sent < 2 * 1024 * 1024; sent += CHUNK) {
                    chunk(out, CHUNK);
                }
            } catch (IOException closedByTheGateway) {
                // The gateway answers and closes as soon as the limit is passed.
            }
            String answer = readAnswer(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("exceeds the limit of 1048576 bytes"), answer);
        }
    }

    @Test
    void aLongCsvReachesTheClientWhileTheServiceIsStillWritingIt() throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + ProxyTest.gatewayPort() + "/api/v1/initiatives/export")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            Future<String> firstRows = reader.submit(() -> lines.readLine() + "|" + lines.readLine());
            assertEquals("id,name|0,row 0", firstRows.get(15, TimeUnit.SECONDS),
                    "the first rows did not arrive before the last were written");
            given().baseUri(ProxyTest.stub("catalog")).port(-1).post("/stub/release").then().statusCode(200);
            List<String> rest = lines.lines().toList();
            assertEquals(StubService.CSV_ROWS - 1, rest.size());
            assertEquals("9999,row 9999", rest.get(rest.size() - 1));
        }
    }

    @Test
    void clientsThatLeaveMidRequestLeaveTheLogClean() throws Exception {
        List<LogRecord> complaints = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue() || String.valueOf(record.getMessage())
                        .contains("IllegalReferenceCount") || record.getThrown() != null) {
                    complaints.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            // Gone in the middle of sending a body.
            try (Socket socket = new Socket("localhost", ProxyTest.gatewayPort())) {
                socket.getOutputStream().write(("POST /api/v1/cities/upload HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + Tokens.admin() + "\r\nContent-Length: 500000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().write(new byte[CHUNK]);
                socket.getOutputStream().flush();
                Thread.sleep(300);
            }
            // Gone in the middle of reading an answer, which the service then goes on writing.
            try (Socket socket = new Socket("localhost", ProxyTest.gatewayPort())) {
                socket.getOutputStream().write("GET /api/v1/initiatives/export HTTP/1.1\r\nHost: localhost\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getInputStream().read(new byte[256]);
            }
            given().baseUri(ProxyTest.stub("catalog")).port(-1).post("/stub/release").then().statusCode(200);
            // Gone before the answer started.
            try (Socket socket = new Socket("localhost", ProxyTest.gatewayPort())) {
                socket.getOutputStream().write("GET /api/v1/themes HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            Thread.sleep(1_000);
            given().when().get("/api/v1/themes").then().statusCode(200);
        } finally {
            root.removeHandler(capture);
        }
        assertEquals(List.of(), complaints.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()
                + (r.getThrown() == null ? "" : " " + r.getThrown())).toList());
    }

    private static void chunk(OutputStream out, int size) throws IOException {
        out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[size]);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String readAnswer(InputStream in) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        StringBuilder answer = new StringBuilder();
        int read;
        while ((read = in.read(buffer)) > 0) {
            answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            if (answer.indexOf("\r\n\r\n") > 0 && (answer.indexOf("}") > 0 || answer.indexOf("0\r\n\r\n") > 0)) {
                break;
            }
        }
        return answer.toString();
    }
}
