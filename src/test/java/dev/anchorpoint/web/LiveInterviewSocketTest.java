package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live interview over the sockets, as a browser or a meeting bot would run it: the first minute of
 * kam-great.wav (three questions and answers, both voices on one mixed channel) streamed at real-time pace to
 * /ws/interviews/{id}/audio while two viewers watch /ws/interviews/{id}/events, and a viewer of another interview
 * sees none of it.
 */
class LiveInterviewSocketTest extends ServerTestBase {

    @Test
    void streamedInterviewFillsTheScorecardAndAConfirmIsStoredAndBroadcast() throws Exception {
        JsonNode created = createInterview("Grace Hopper");
        String id = created.get("id").asText();
        String token = created.get("token").asText();
        JsonNode other = createInterview("Someone Else");

        try (WsClient viewer = new WsClient(ws("/ws/interviews/" + id + "/events?token=" + token + "&name=Bob"));
             WsClient panel = new WsClient(ws("/ws/interviews/" + id + "/events?token=" + token + "&name=Carol"));
             WsClient stranger = new WsClient(ws("/ws/interviews/" + other.get("id").asText() + "/events?token="
                     + other.get("token").asText()));
             WsClient audio = new WsClient(ws("/ws/interviews/" + id + "/audio?token=" + token))) {
            JsonNode first = viewer.next(120_000);
            assertThat(first.get("type").asText()).isEqualTo("status");
            assertThat(first.get("candidate").asText()).isEqualTo("Grace Hopper");
            ResilienceTest.awaitState(stranger);
            ResilienceTest.awaitState(panel);
            int strangerBaseline = stranger.seen.size();

            audio.text("{\"config\": {\"sample_rate\": 16000, \"speaker\": \"mixed\"}}");
            byte[] pcm = samplePcm("kam-great.wav", 60);
            int chunk = 3200; // 100 ms
            long t0 = System.nanoTime();
            int sent = 0;
            for (int off = 0; off < pcm.length; off += chunk) {
                audio.binary(pcm, off, Math.min(chunk, pcm.length - off));
                sent++;
                long due = t0 + sent * 100_000_000L;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            audio.text("{\"eof\": 1}");
            // One vosk reply per frame and one for eof (the eof reply waits for decoding to catch up).
            for (int i = 0; i <= sent; i++) {
                JsonNode r = audio.next(600_000);
                assertThat(r.has("partial") || r.has("text")).as("reply %s", r).isTrue();
            }

            // Suggestions on at least 3 dimensions.
            Map<String, Integer> suggested = new HashMap<>();
            long end = System.currentTimeMillis() + 120_000;
            while (suggested.size() < 3 && System.currentTimeMillis() < end) {
                JsonNode e = viewer.await(n -> n.path("type").asText().equals("suggestion")
                        && !n.path("score").isNull(), Math.max(1, end - System.currentTimeMillis()));
                suggested.put(e.get("dimension").asText(), e.get("score").asInt());
                assertThat(e.get("confidence").asDouble()).isBetween(0.0, 1.0);
                assertThat(e.get("evidence")).isNotEmpty();
            }
            viewer.drain(1500);
            assertThat(suggested).as("dimensions suggested").hasSizeGreaterThanOrEqualTo(3);

            List<JsonNode> utterances = viewer.seen.stream().filter(n -> n.path("type").asText().equals("utterance"))
                    .toList();
            String candidateText = utterances.stream().filter(u -> u.get("speaker").asText().equals("candidate"))
                    .map(u -> u.get("text").asText()).collect(Collectors.joining(" "));
            assertThat(VoskProtocolTest.recall("three year account strategy trusted advisor negotiated expansion"
                    + " multi year deal", candidateText)).as("candidate said: %s", candidateText).isGreaterThan(0.5);
            assertThat(viewer.seen).anyMatch(n -> n.path("type").asText().equals("signal"));
            assertThat(viewer.seen).anyMatch(n -> n.path("type").asText().equals("score")
                    && !n.path("finalScore").isNull());

            // Confirm one suggestion: stored, broadcast to the whole panel, and in the REST scorecard.
            String dim = suggested.keySet().iterator().next();
            viewer.text("{\"type\": \"confirm\", \"dimension\": \"" + dim + "\"}");
            JsonNode decision = panel.await(n -> n.path("type").asText().equals("decision"), 30_000);
            assertThat(decision.get("dimension").asText()).isEqualTo(dim);
            assertThat(decision.get("action").asText()).isEqualTo("confirm");
            assertThat(decision.get("score").asInt()).isEqualTo(suggested.get(dim));
            assertThat(decision.get("by").asText()).isEqualTo("Bob");

            Http card = get("/api/interviews/" + id + "/scorecard", token);
            assertThat(card.status()).isEqualTo(200);
            assertThat(card.body().get("schemaVersion").asText()).isEqualTo("1.0");
            JsonNode d = null;
            for (JsonNode x : card.body().get("dimensions")) {
                if (x.get("id").asText().equals(dim)) {
                    d = x;
                }
            }
            assertThat(d).isNotNull();
            assertThat(d.get("decision").get("action").asText()).isEqualTo("confirm");
            assertThat(d.get("decision").get("score").asInt()).isEqualTo(suggested.get(dim));
            assertThat(card.body().get("transcript")).hasSizeGreaterThanOrEqualTo(4);

            stranger.drain(500);
            assertThat(stranger.seen.size()).as("another interview's viewer gets none of these events")
                    .isEqualTo(strangerBaseline);
        }
        assertThat(DATA.resolve("audio").resolve(id).resolve("mixed.wav")).exists();
    }
}
