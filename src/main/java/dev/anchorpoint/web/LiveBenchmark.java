package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code scripts/bench-live N}: N simulated interviews at once, each streaming a recording at 1x real time over
 * /ws/interviews/{id}/audio (one mixed channel, 100 ms frames) while a viewer listens on the events socket.
 * Prints the p50/p95 latency from the end of an utterance's audio to its {@code utterance} event and to the first
 * {@code suggestion} event citing it, and whether every stream kept up (its final result arrived within
 * {@value #KEEP_UP_MS} ms of the end of its audio). Starts the server in-process unless {@code --url} is given.
 */
public final class LiveBenchmark {
    static final long KEEP_UP_MS = 5_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !args[0].matches("\\d+")) {
            System.err.println("usage: scripts/bench-live N [--wav FILE] [--seconds S] [--url http://host:port]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path wav = Path.of("sample-audio", "kam-great.wav");
        double seconds = Double.MAX_VALUE;
        String url = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--wav" -> wav = Path.of(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--url" -> url = args[++i];
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        byte[] pcm = readPcm(wav, seconds);
        ConfigurableApplicationContext ctx = null;
        if (url == null) {
            Path data = Files.createTempDirectory("anchorpoint-bench");
            ctx = AnchorpointServer.start("--server.port=0", "--anchorpoint.data-dir=" + data,
                    "--logging.level.root=WARN", "--logging.level.dev.anchorpoint=WARN");
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            url = "http://localhost:" + port;
            Engines engines = ctx.getBean(Engines.class);
            System.out.println("server in-process on port " + port + "; engine=" + engines.live().engine()
                    + " profile=" + engines.live().profile());
            while (!engines.isReady()) { // recognizer and tagger loaded before the clock starts
                Thread.sleep(200);
            }
        }
        System.out.printf(Locale.ROOT, "interviews=%d audio=%s (%.1f s each) at 1x real time%n", n,
                wav.getFileName(), pcm.length / 32_000.0);
        List<Stream> streams = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            streams.add(new Stream(i, url, pcm));
        }
        List<Thread> threads = new ArrayList<>();
        for (Stream s : streams) {
            Thread t = new Thread(s::run, "bench-" + s.index);
            threads.add(t);
            t.start();
            Thread.sleep(250); // interviews do not all start on the same frame
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Long> utt = new ArrayList<>();
        List<Long> sug = new ArrayList<>();
        boolean allKeptUp = true;
        for (Stream s : streams) {
            utt.addAll(s.utteranceLatencies);
            sug.addAll(s.suggestionLatencies);
            boolean kept = s.error == null && s.finalLagMs >= 0 && s.finalLagMs <= KEEP_UP_MS;
            allKeptUp &= kept;
            System.out.printf(Locale.ROOT, "stream %d: %d utterances, %d suggestion updates, final result %s after"
                            + " the audio ended: %s%n", s.index, s.utteranceLatencies.size(),
                    s.suggestionLatencies.size(), s.finalLagMs < 0 ? "never" : s.finalLagMs + " ms",
                    s.error != null ? "failed (" + s.error + ")" : kept ? "kept up" : "fell behind");
        }
        System.out.printf(Locale.ROOT, "utterance latency ms: p50=%d p95=%d n=%d%n", pct(utt, 50), pct(utt, 95),
                utt.size());
        System.out.printf(Locale.ROOT, "suggestion latency ms: p50=%d p95=%d n=%d%n", pct(sug, 50), pct(sug, 95),
                sug.size());
        System.out.printf(Locale.ROOT, "N=%d kept_up=%s utterance_p50_ms=%d utterance_p95_ms=%d"
                        + " suggestion_p50_ms=%d suggestion_p95_ms=%d%n", n, allKeptUp ? "yes" : "no", pct(utt, 50),
                pct(utt, 95), pct(sug, 50), pct(sug, 95));
        if (ctx != null) {
            ctx.close();
        }
        System.exit(0);
    }

    static long pct(List<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** The recording as 16 kHz mono 16-bit little-endian PCM, cut to {@code seconds}. */
    static byte[] readPcm(Path wav, double seconds) {
        short[] samples = dev.anchorpoint.audio.AudioDecoder.decode16kMono(wav);
        int n = (int) Math.min(samples.length, seconds * 16_000);
        return dev.anchorpoint.audio.Pcm16.toLittleEndian(samples, 0, n);
    }

    /** One simulated interview: audio out at 1x, events in, latencies measured against the audio clock. */
    static final class Stream {
        final int index;
        final String url;
        final byte[] pcm;
        final List<Long> utteranceLatencies = Collections.synchronizedList(new ArrayList<>());
        final List<Long> suggestionLatencies = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Long> utteranceEnd = Collections.synchronizedMap(new HashMap<>());
        final Set<String> suggested = Collections.synchronizedSet(new HashSet<>());
        volatile long t0;
        volatile long finalLagMs = -1;
        volatile String error;

        Stream(int index, String url, byte[] pcm) {
            this.index = index;
            this.url = url;
            this.pcm = pcm;
        }

        void run() {
            try {
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/interviews"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"candidate\": \"Bench " + index + "\", \"level\": \"senior\","
                                        + " \"interviewer\": \"Bench\"}")).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode created = JSON.readTree(r.body());
                String id = created.get("id").asText();
                String token = created.get("token").asText();
                String ws = url.replaceFirst("^http", "ws") + "/ws/interviews/" + id;
                WebSocketContainer c = ContainerProvider.getWebSocketContainer();
                CountDownLatch done = new CountDownLatch(1);
                Session events = c.connectToServer(new Endpoint() {
                    @Override
                    public void onOpen(Session s, EndpointConfig config) {
                        s.addMessageHandler(String.class, (MessageHandler.Whole<String>) Stream.this::event);
                    }
                }, ClientEndpointConfig.Builder.create().build(), URI.create(ws + "/events?token=" + token));
                Session audio = c.connectToServer(new Endpoint() {
                    @Override
                    public void onOpen(Session s, EndpointConfig config) {
                        s.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
                            if (text.contains("\"text\"") && t0 > 0 && eofSent) {
                                finalLagMs = System.currentTimeMillis() - (t0 + pcm.length / 32);
                                done.countDown();
                            }
                        });
                    }

                    @Override
                    public void onClose(Session s, CloseReason reason) {
                        done.countDown();
                    }
                }, ClientEndpointConfig.Builder.create().build(), URI.create(ws + "/audio?token=" + token));
                audio.getBasicRemote().sendText("{\"config\": {\"sample_rate\": 16000, \"speaker\": \"mixed\"}}");
                int chunk = 3200;
                t0 = System.currentTimeMillis();
                int k = 0;
                for (int off = 0; off < pcm.length; off += chunk) {
                    audio.getBasicRemote().sendBinary(ByteBuffer.wrap(pcm, off, Math.min(chunk, pcm.length - off)));
                    k++;
                    long wait = t0 + k * 100L - System.currentTimeMillis();
                    if (wait > 0) {
                        Thread.sleep(wait);
                    }
                }
                eofSent = true;
                audio.getBasicRemote().sendText("{\"eof\" : 1}");
                if (!done.await(15, TimeUnit.MINUTES)) {
                    error = "no final result within 15 minutes";
                }
                Thread.sleep(2000); // the last suggestions follow the last utterance
                events.close();
            } catch (Exception e) {
                error = e.toString();
            }
        }

        volatile boolean eofSent;

        private void event(String text) {
            long now = System.currentTimeMillis();
            try {
                JsonNode e = JSON.readTree(text);
                String type = e.path("type").asText();
                if (type.equals("utterance") && t0 > 0) {
                    long end = e.get("endMs").asLong();
                    utteranceEnd.put(e.get("id").asText(), end);
                    utteranceLatencies.add(now - (t0 + end));
                } else if (type.equals("suggestion") && t0 > 0) {
                    for (JsonNode ev : e.path("evidence")) {
                        String u = ev.path("utteranceId").asText();
                        Long end = utteranceEnd.get(u);
                        if (end != null && suggested.add(u)) {
                            suggestionLatencies.add(now - (t0 + end));
                        }
                    }
                }
            } catch (Exception ex) {
                error = "bad event: " + ex.getMessage();
            }
        }
    }
}
