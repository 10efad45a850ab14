package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input and dropped connections: each gets a clear error on the socket (or a 4xx JSON error) and leaves the
 * interview working; a reconnect continues the same interview with everything stored before the drop.
 */
class ResilienceTest extends ServerTestBase {

    @Test
    void unknownInterviewsAndWrongTokensAreRefusedOnEverySocket() throws Exception {
        JsonNode i = createInterview("Alan Turing");
        String id = i.get("id").asText();
        try (WsClient c = new WsClient(ws("/ws/interviews/nope/events?token=x"))) {
            JsonNode e = c.next(60_000);
            assertThat(e.get("type").asText()).isEqualTo("error");
            assertThat(e.get("message").asText()).contains("no interview with id 'nope'");
        }
        try (WsClient c = new WsClient(ws("/ws/interviews/" + id + "/events?token=wrong"))) {
            assertThat(c.next(60_000).get("message").asText()).contains("wrong access token");
        }
        try (WsClient c = new WsClient(ws("/ws/interviews/" + id + "/events"))) {
            assertThat(c.next(60_000).get("message").asText()).contains("access token");
        }
        try (WsClient c = new WsClient(ws("/ws/interviews/" + id + "/audio?token=wrong"))) {
            assertThat(c.next(60_000).get("error").asText()).contains("wrong access token");
        }
        assertThat(get("/api/interviews/" + id + "/scorecard", null).status()).isEqualTo(401);
        assertThat(get("/api/interviews/" + id + "/scorecard", "wrong").status()).isEqualTo(403);
        assertThat(get("/api/interviews/nope/scorecard", "x").status()).isEqualTo(404);
        Http bad = post("/api/interviews", null, "{\"candidate\": \"X\", \"level\": \"boss\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("error").asText()).contains("unknown level 'boss'");
        assertThat(post("/api/interviews", null, "{not json").status()).isEqualTo(400);
    }

    @Test
    void malformedMessagesGetErrorsAndTheInterviewCarriesOn() throws Exception {
        JsonNode i = createInterview("Ada Lovelace");
        String id = i.get("id").asText();
        String token = i.get("token").asText();
        String events = ws("/ws/interviews/" + id + "/events?token=" + token + "&name=Bob");
        try (WsClient v = new WsClient(events)) {
            awaitState(v);
            v.text("nonsense");
            assertThat(v.await(n -> n.path("type").asText().equals("error"), 60_000).get("message").asText())
                    .contains("JSON object with a type");
            v.text("{\"type\": \"override\", \"dimension\": \"no_such\", \"score\": 4}");
            assertThat(v.await(n -> n.path("type").asText().equals("error"), 60_000).get("message").asText())
                    .contains("unknown dimension 'no_such'");
            v.text("{\"type\": \"override\", \"dimension\": \"relationship_management\", \"score\": 9}");
            assertThat(v.await(n -> n.path("type").asText().equals("error"), 60_000).get("message").asText())
                    .contains("1 to 5");
            v.text("{\"type\": \"confirm\", \"dimension\": \"relationship_management\"}");
            assertThat(v.await(n -> n.path("type").asText().equals("error"), 60_000).get("message").asText())
                    .contains("nothing to confirm");
            v.text("{\"type\": \"launch\"}");
            assertThat(v.await(n -> n.path("type").asText().equals("error"), 60_000).get("message").asText())
                    .contains("unknown message type");

            v.text("{\"type\": \"override\", \"dimension\": \"relationship_management\", \"score\": 4,"
                    + " \"note\": \"strong exec access\"}");
            JsonNode d = v.await(n -> n.path("type").asText().equals("decision"), 60_000);
            assertThat(d.get("score").asInt()).isEqualTo(4);
            v.text("{\"type\": \"note\", \"dimension\": \"relationship_management\", \"text\": \"ask for names\"}");
            v.await(n -> n.path("type").asText().equals("decision") && n.path("action").asText().equals("note"),
                    60_000);
        }
        // A reconnecting viewer catches up: the decision log comes with the state.
        try (WsClient v = new WsClient(events)) {
            awaitState(v);
            List<JsonNode> decisions = v.seen.stream().filter(n -> n.path("type").asText().equals("decision"))
                    .toList();
            assertThat(decisions).extracting(n -> n.get("action").asText()).containsExactly("override", "note");
            assertThat(v.seen).anyMatch(n -> n.path("type").asText().equals("score")
                    && n.path("finalScore").asDouble() == 4.0);
        }

        // Audio socket: binary before config, bad speaker, second socket for the same speaker.
        String audioUrl = ws("/ws/interviews/" + id + "/audio?token=" + token);
        try (WsClient a = new WsClient(audioUrl); WsClient b = new WsClient(audioUrl);
             WsClient c = new WsClient(audioUrl)) {
            byte[] frame = new byte[3200];
            a.binary(frame, 0, frame.length);
            assertThat(a.next(60_000).get("error").asText()).contains("send the config before audio");
            a.text("{\"config\": {\"sample_rate\": 16000, \"speaker\": \"candidate\"}}");
            b.text("{\"config\": {\"sample_rate\": 16000, \"speaker\": \"candidate\"}}");
            assertThat(b.next(60_000).get("error").asText()).contains("already streaming");
            c.text("{\"config\": {\"sample_rate\": 16000, \"speaker\": \"boss\"}}");
            assertThat(c.next(60_000).get("error").asText()).contains("speaker must be");
            a.binary(frame, 0, frame.length);
            assertThat(a.next(120_000).has("partial")).isTrue();
        }
    }

    @Test
    void aDroppedAudioSocketReconnectsToTheSameInterviewAndKeepsItsTranscript() throws Exception {
        JsonNode i = createInterview("Katherine Johnson");
        String id = i.get("id").asText();
        String token = i.get("token").asText();
        byte[] pcm = samplePcm("kam-great.wav", 40);
        int split = 16_000 * 2 * 23; // after the first answer
        try (WsClient v = new WsClient(ws("/ws/interviews/" + id + "/events?token=" + token))) {
            try (WsClient a = new WsClient(ws("/ws/interviews/" + id + "/audio?token=" + token))) {
                a.text("{\"config\": {\"sample_rate\": 16000, \"speaker\": \"mixed\"}}");
                for (int off = 0; off < split; off += 8000) {
                    a.binary(pcm, off, Math.min(8000, split - off));
                    a.next(120_000);
                }
            } // dropped without eof: what was received is still decoded and kept
            JsonNode firstPart = v.await(n -> n.path("type").asText().equals("utterance")
                    && n.path("text").asText().contains("strategy"), 300_000);
            try (WsClient a = new WsClient(ws("/ws/interviews/" + id + "/audio?token=" + token))) {
                a.text("{\"config\": {\"sample_rate\": 16000, \"speaker\": \"mixed\"}}");
                for (int off = split; off < pcm.length; off += 8000) {
                    a.binary(pcm, off, Math.min(8000, pcm.length - off));
                    a.next(120_000);
                }
                a.text("{\"eof\": 1}");
                a.next(300_000);
            }
            JsonNode later = v.await(n -> n.path("type").asText().equals("utterance")
                    && n.path("startMs").asLong() >= split / 32, 300_000);
            assertThat(later.get("id").asText()).isGreaterThan(firstPart.get("id").asText());
        }
        Http card = get("/api/interviews/" + id + "/scorecard", token);
        assertThat(card.body().get("transcript").toString()).contains("strategy");
        assertThat(ServerTestBase.DATA.resolve("audio").resolve(id).resolve("mixed.wav").toFile().length())
                .isGreaterThan(pcm.length);
    }

    @Test
    void submitLocksTheScorecard() throws Exception {
        JsonNode i = createInterview("Hedy Lamarr");
        String id = i.get("id").asText();
        String token = i.get("token").asText();
        try (WsClient v = new WsClient(ws("/ws/interviews/" + id + "/events?token=" + token))) {
            awaitState(v);
            v.text("{\"type\": \"override\", \"dimension\": \"strategic_account_planning\", \"score\": 3}");
            v.await(n -> n.path("type").asText().equals("decision"), 60_000);
            Http s = post("/api/interviews/" + id + "/submit", token, "{\"by\": \"Bob\"}");
            assertThat(s.status()).isEqualTo(200);
            assertThat(v.await(n -> n.path("type").asText().equals("status"), 60_000).get("locked").asBoolean())
                    .isTrue();
            v.text("{\"type\": \"override\", \"dimension\": \"strategic_account_planning\", \"score\": 5}");
            assertThat(v.await(n -> n.path("type").asText().equals("error"), 60_000).get("message").asText())
                    .contains("locked");
        }
        assertThat(post("/api/interviews/" + id + "/submit", token, "{}").status()).isEqualTo(409);
        try (WsClient a = new WsClient(ws("/ws/interviews/" + id + "/audio?token=" + token))) {
            assertThat(a.next(60_000).get("error").asText()).contains("locked");
        }
        JsonNode card = get("/api/interviews/" + id + "/scorecard", token).body();
        assertThat(card.get("interview").get("status").asText()).isEqualTo("submitted");
        assertThat(card.get("finalScore").asDouble()).isEqualTo(3.0);
    }

    /** The state every (re)connecting viewer receives ends with a score event. */
    static void awaitState(WsClient v) throws Exception {
        v.await(n -> n.path("type").asText().equals("score"), 120_000);
        v.drain(300);
    }
}
