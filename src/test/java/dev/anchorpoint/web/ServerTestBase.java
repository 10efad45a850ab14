package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real server per test class (embedded Tomcat on a random port, H2 file storage in a temporary directory, the
 * default speech engine and tagger). The context is closed after the class so its recognizer (hundreds of MB)
 * does not stay in the test JVM; uploads use the live profile so one class holds one recognizer.
 */
@SpringBootTest(classes = AnchorpointServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.test.annotation.DirtiesContext(classMode =
        org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ServerTestBase {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory("anchorpoint-web-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("anchorpoint.data-dir", DATA::toString);
        r.add("anchorpoint.asr.batch-profile", () -> "live");
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    /**
     * Waits until the server has loaded its recognizer and tagger (minutes on a busy 2-core machine), so a test's
     * timeouts measure the behaviour under test, not the model load.
     */
    @org.junit.jupiter.api.BeforeEach
    void awaitEnginesReady() throws Exception {
        long end = System.currentTimeMillis() + 900_000;
        while (System.currentTimeMillis() < end) {
            Http h = get("/api/health", null);
            if (h.status() == 200 && "ready".equals(h.body().path("engines").asText())) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server's engines did not load within 15 minutes");
    }

    String base() {
        return "http://localhost:" + port;
    }

    String ws(String path) {
        return "ws://localhost:" + port + path;
    }

    record Http(int status, JsonNode body) {
    }

    Http post(String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Http(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
    }

    Http get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Http(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
    }

    /** Creates an interview; returns {id, token}. */
    JsonNode createInterview(String candidate) throws Exception {
        Http r = post("/api/interviews", null, "{\"candidate\": \"" + candidate
                + "\", \"rubric\": \"key-account-manager\", \"level\": \"senior\", \"interviewer\": \"Bob\"}");
        if (r.status() != 201) {
            throw new AssertionError("create failed: " + r);
        }
        return r.body();
    }

    /** kam-great.wav from sample-audio (16 kHz mono 16-bit), as raw PCM bytes without the header. */
    static byte[] samplePcm(String name, double seconds) throws Exception {
        Path wav = Path.of("sample-audio", name);
        try (javax.sound.sampled.AudioInputStream in = javax.sound.sampled.AudioSystem.getAudioInputStream(
                wav.toFile())) {
            javax.sound.sampled.AudioFormat f = in.getFormat();
            if (f.getSampleRate() != 16_000 || f.getChannels() != 1 || f.getSampleSizeInBits() != 16) {
                throw new AssertionError(wav + " is not 16 kHz mono 16-bit: " + f);
            }
            byte[] all = in.readAllBytes();
            int n = (int) Math.min(all.length, Math.round(seconds * 16_000) * 2);
            return java.util.Arrays.copyOf(all, n);
        }
    }
}
