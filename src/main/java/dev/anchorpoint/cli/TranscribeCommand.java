package dev.anchorpoint.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchorpoint.pipeline.RecordingScorer;
import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.transcript.Transcript;
import dev.anchorpoint.transcript.Utterance;
import dev.anchorpoint.transcript.Word;
import dev.anchorpoint.web.ScorecardJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "transcribe", description = "Transcribe a recording: utterances with speaker roles, times and words.")
final class TranscribeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A recording (WAV, MP3, M4A, OGG, WebM, FLAC).")
    Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|vtt", description = "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "PATH", description = "Write here instead of stdout.")
    Path out;

    @Option(names = "--rubric", defaultValue = RubricLoader.DEFAULT, paramLabel = "NAME|PATH",
            description = "The interviews' rubric: its phrasings help Sphinx4 recognise the role's jargon (see "
                    + "--general-lm). Default: ${DEFAULT-VALUE}.")
    String rubric;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("text") && !fmt.equals("json") && !fmt.equals("vtt")) {
            throw new IllegalArgumentException("unknown --format '" + format + "' (use text, json or vtt)");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file + ": no such file");
        }
        String source = file.getFileName().toString();
        Transcript t = input.recognise(file, RubricLoader.load(rubric), (audio, asr, progress) ->
                RecordingScorer.transcribe(audio, source, asr, input.channelRoles(), progress));
        OutputTarget.write(switch (fmt) {
            case "json" -> json(t);
            case "vtt" -> vtt(t);
            default -> text(t);
        }, out, System.out);
        return 0;
    }

    static String text(Transcript t) {
        StringBuilder b = new StringBuilder();
        for (Utterance u : t.utterances()) {
            b.append('[').append(clock(u.startMs(), false)).append("] ").append(u.role().id()).append(": ")
                    .append(u.text()).append('\n');
        }
        return b.toString();
    }

    static String vtt(Transcript t) {
        StringBuilder b = new StringBuilder("WEBVTT\n\n");
        for (Utterance u : t.utterances()) {
            b.append(clock(u.startMs(), true)).append(" --> ").append(clock(u.endMs(), true)).append('\n')
                    .append("<v ").append(u.role().id()).append('>').append(u.text()).append("\n\n");
        }
        return b.toString();
    }

    static String json(Transcript t) throws Exception {
        ObjectNode root = ScorecardJson.mapper().createObjectNode();
        root.put("source", t.source());
        ArrayNode us = root.putArray("utterances");
        for (Utterance u : t.utterances()) {
            ObjectNode n = ScorecardJson.utterance(u);
            ArrayNode ws = n.putArray("words");
            for (Word w : u.words()) {
                ws.addObject().put("word", w.text()).put("startMs", w.startMs()).put("endMs", w.endMs())
                        .put("conf", w.confidence());
            }
            us.add(n);
        }
        return ScorecardJson.mapper().writeValueAsString(root) + "\n";
    }

    private static String clock(long ms, boolean vtt) {
        long s = ms / 1000;
        return vtt ? String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", s / 3600, s / 60 % 60, s % 60, ms % 1000)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
