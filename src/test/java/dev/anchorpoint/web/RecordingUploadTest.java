package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The post-call path: a recording uploaded to an interview is recognised in the background. */
class RecordingUploadTest extends ServerTestBase {

    private Http upload(String id, String token, String fileName, byte[] data, String extraField) throws Exception {
        String boundary = "----anchorpoint" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (extraField != null) {
            String[] kv = extraField.split("=", 2);
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + kv[0] + "\"\r\n\r\n"
                    + kv[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(data);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/interviews/" + id
                        + "/recording")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Http(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
    }

    @Test
    void aBadFileIsRefusedWithAClearErrorAndChangesNothing() throws Exception {
        JsonNode i = createInterview("Barbara Liskov");
        String id = i.get("id").asText();
        String token = i.get("token").asText();
        Http r = upload(id, token, "notes.wav", "this is text renamed .wav".getBytes(StandardCharsets.UTF_8), null);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body().get("error").asText()).contains("notes.wav");
        assertThat(upload(id, token, "empty.wav", new byte[0], null).status()).isEqualTo(422);
        JsonNode info = get("/api/interviews/" + id, token).body();
        assertThat(info.get("status").asText()).isEqualTo("created");
        assertThat(info.get("utterances").asInt()).isZero();
    }

    @Test
    void aRecordingIsProcessedInTheBackgroundAndScored() throws Exception {
        JsonNode i = createInterview("Frances Allen");
        String id = i.get("id").asText();
        String token = i.get("token").asText();
        byte[] wav = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("sample-audio", "kam-great.wav"));
        byte[] excerpt = wavExcerpt(wav, 24);
        Http r = upload(id, token, "kam-great-excerpt.wav", excerpt, "speaker=mixed");
        assertThat(r.status()).as("%s", r.body()).isEqualTo(202);
        assertThat(r.body().get("status").asText()).isEqualTo("processing");

        long end = System.currentTimeMillis() + 600_000;
        JsonNode info;
        do {
            Thread.sleep(1000);
            info = get("/api/interviews/" + id, token).body();
        } while (info.get("status").asText().equals("processing") && System.currentTimeMillis() < end);
        assertThat(info.get("status").asText()).as("%s", info).isEqualTo("scored");
        JsonNode card = get("/api/interviews/" + id + "/scorecard", token).body();
        assertThat(card.get("transcript").toString()).contains("strategy");
        assertThat(card.get("dimensions")).hasSize(7);
        assertThat(ServerTestBase.DATA.resolve("audio").resolve(id).resolve("mixed.wav")).exists();
        // A second recording for the same interview would mix two transcripts: refused.
        assertThat(upload(id, token, "again.wav", excerpt, null).status()).isEqualTo(409);
    }

    /** The first {@code seconds} of a 16 kHz mono 16-bit WAV with a fresh 44-byte header. */
    static byte[] wavExcerpt(byte[] wav, int seconds) {
        int data = Math.min(wav.length - 44, seconds * 32_000);
        byte[] out = new byte[44 + data];
        System.arraycopy(wav, 0, out, 0, 44);
        System.arraycopy(wav, 44, out, 44, data);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(out).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(4, 36 + data);
        b.putInt(40, data);
        return out;
    }
}
