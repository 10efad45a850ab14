package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /ws/asr driven the way vosk-server's own clients drive it (websocket/test.py and asr_server.py): a config text,
 * binary chunks of 8000 bytes each answered by exactly one reply, then {"eof" : 1} answered by the final result
 * and a close. Audio is sent as fast as the replies come: pace is not what is tested here.
 */
class VoskProtocolTest extends ServerTestBase {
    /** The interviewer's first line in kam-great.wav, 0.5-4.3 s (sample-audio/kam-great.txt). */
    private static final String FIRST_LINE = "thanks for joining us today how do you plan your key accounts";

    @Test
    void testPyStyleSessionGetsOneReplyPerMessageAndTheFinalResult() throws Exception {
        byte[] pcm = samplePcm("kam-great.wav", 5);
        StringBuilder text = new StringBuilder();
        int replies = 0;
        int chunks = 0;
        try (WsClient c = new WsClient(ws("/ws/asr"))) {
            c.text("{ \"config\" : { \"sample_rate\" : 16000 } }");
            for (int off = 0; off < pcm.length; off += 8000) {
                c.binary(pcm, off, Math.min(8000, pcm.length - off));
                chunks++;
                JsonNode r = c.next(120_000);
                replies++;
                assertThat(r.has("partial") || r.has("text")).as("reply %s", r).isTrue();
                if (r.has("text")) {
                    text.append(' ').append(r.get("text").asText());
                    assertThat(r.get("result")).isNotNull();
                    for (JsonNode w : r.get("result")) {
                        assertThat(w.fieldNames()).toIterable().contains("conf", "start", "end", "word");
                        assertThat(w.get("end").asDouble()).isGreaterThanOrEqualTo(w.get("start").asDouble());
                    }
                }
            }
            c.text("{\"eof\" : 1}");
            JsonNode last = c.next(300_000);
            assertThat(last.has("text")).as("final reply %s", last).isTrue();
            text.append(' ').append(last.get("text").asText());
            Thread.sleep(300);
            assertThat(c.received).as("no reply beyond one per message").isEmpty();
            assertThat(c.isOpen()).as("the server closes after eof, as vosk-server does").isFalse();
        }
        assertThat(replies).isEqualTo(chunks);
        // The live profile trades accuracy for speed; a third of the words proves the audio arrived intact
        // (byte-swapped or mis-rated PCM is heard as nothing or noise words).
        assertThat(recall(FIRST_LINE, text.toString())).as("heard: %s", text).isGreaterThan(0.3);
    }

    @Test
    void withoutConfigTheClientIsAssumedToSend8kHz() throws Exception {
        byte[] pcm16k = samplePcm("kam-great.wav", 5);
        byte[] pcm8k = downsampleBy2(pcm16k);
        StringBuilder text = new StringBuilder();
        try (WsClient c = new WsClient(ws("/ws/asr"))) {
            for (int off = 0; off < pcm8k.length; off += 8000) {
                c.binary(pcm8k, off, Math.min(8000, pcm8k.length - off));
                JsonNode r = c.next(120_000);
                if (r.has("text")) {
                    text.append(' ').append(r.get("text").asText());
                }
            }
            c.text("{\"eof\":1}");
            text.append(' ').append(c.next(300_000).get("text").asText());
        }
        assertThat(recall(FIRST_LINE, text.toString())).as("heard: %s", text).isGreaterThan(0.3);
    }

    @Test
    void controlMessagesGetOneReplyEachAndTheConfigNone() throws Exception {
        try (WsClient c = new WsClient(ws("/ws/asr"))) {
            c.text("{\"config\": {\"sample_rate\": 16000.0, \"words\": 1}}");
            c.text("{ \"reset\" : 1 }");
            assertThat(c.next(5_000).path("text").asText(null)).isEqualTo("");
            c.text("this is not json");
            assertThat(c.next(5_000).path("error").asText()).contains("not a JSON object");
            c.text("{\"hello\": 1}");
            assertThat(c.next(5_000).path("error").asText()).contains("unknown message");
            byte[] big = new byte[VoskSession.MAX_FRAME_BYTES + 2];
            c.binary(big, 0, big.length);
            assertThat(c.next(10_000).path("error").asText()).contains("larger than the limit");
            byte[] silence = new byte[8000];
            c.binary(silence, 0, silence.length);
            assertThat(c.next(120_000).has("partial")).isTrue();
            c.text("{\"eof\": 1}");
            assertThat(c.next(300_000).has("text")).isTrue();
            Thread.sleep(300);
            assertThat(c.received).isEmpty();
        }
    }

    /**
     * vosk-server answers {"reset": 1} with the recognizer's final result: the utterance in progress ends there.
     * Cut at 3 s, inside the interviewer's "tell me about how you plan your key accounts" (2.3-4.7 s), the words
     * heard so far come back at once as a result, and recognition carries on in a new utterance whose times count
     * from the start of the socket's audio: no word after the reset starts before the cut.
     */
    @Test
    void resetEndsTheUtteranceInProgressAndTimesCarryOn() throws Exception {
        byte[] pcm = samplePcm("kam-great.wav", 9);
        int cut = 16_000 * 2 * 3;
        List<Double> startsAfterReset = new ArrayList<>();
        try (WsClient c = new WsClient(ws("/ws/asr"))) {
            c.text("{\"config\": {\"sample_rate\": 16000}}");
            for (int off = 0; off < cut; off += 8000) {
                c.binary(pcm, off, Math.min(8000, cut - off));
                c.next(120_000);
            }
            c.text("{\"reset\": 1}");
            JsonNode flushed = c.next(120_000);
            assertThat(flushed.path("text").asText()).as("reset reply %s", flushed).isNotBlank();
            for (JsonNode w : flushed.get("result")) {
                assertThat(w.get("end").asDouble()).as("reset reply %s", flushed).isLessThanOrEqualTo(3.1);
            }
            List<JsonNode> results = new ArrayList<>();
            for (int off = cut; off < pcm.length; off += 8000) {
                c.binary(pcm, off, Math.min(8000, pcm.length - off));
                results.add(c.next(120_000));
            }
            c.text("{\"eof\": 1}");
            results.add(c.next(300_000));
            for (JsonNode r : results) {
                for (JsonNode w : r.path("result")) {
                    startsAfterReset.add(w.get("start").asDouble());
                }
            }
        }
        assertThat(startsAfterReset).as("recognition goes on after the reset").isNotEmpty();
        assertThat(startsAfterReset).as("times continue from the socket's start").allMatch(t -> t >= 2.95);
    }

    static double recall(String reference, String hypothesis) {
        Set<String> ref = words(reference);
        Set<String> hyp = words(hypothesis);
        return ref.stream().filter(hyp::contains).count() / (double) ref.size();
    }

    private static Set<String> words(String s) {
        return new LinkedHashSet<>(Arrays.asList(s.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").trim()
                .split("\\s+")));
    }

    private static byte[] downsampleBy2(byte[] pcm) {
        int n = pcm.length / 4;
        byte[] out = new byte[n * 2];
        for (int i = 0; i < n; i++) {
            int a = (short) ((pcm[4 * i] & 0xff) | (pcm[4 * i + 1] << 8));
            int b = (short) ((pcm[4 * i + 2] & 0xff) | (pcm[4 * i + 3] << 8));
            int v = (a + b) / 2;
            out[2 * i] = (byte) v;
            out[2 * i + 1] = (byte) (v >> 8);
        }
        return out;
    }
}
