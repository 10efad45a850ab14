package dev.anchorpoint.cli;

import dev.anchorpoint.pipeline.RecordingScorer;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.tagging.RubricTagger;
import dev.anchorpoint.transcript.TranscriptReader;
import dev.anchorpoint.web.ScorecardHtml;
import dev.anchorpoint.web.ScorecardJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "score", description = {
        "Score interview recordings or transcripts against a rubric.",
        "Audio: WAV in-process; MP3, M4A, OGG/Opus, WebM, FLAC through the bundled ffmpeg.",
        "Transcripts: WebVTT, SRT, or plain 'Name: text' lines."})
final class ScoreCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Recordings or transcripts.")
    List<Path> files;

    @Option(names = "--rubric", defaultValue = RubricLoader.DEFAULT, paramLabel = "NAME|PATH",
            description = "Bundled rubric name or YAML file. Default: ${DEFAULT-VALUE}.")
    String rubric;

    @Option(names = "--level", defaultValue = "mid", paramLabel = "junior|mid|senior|staff",
            description = "Role level whose expectations and rules apply. Default: ${DEFAULT-VALUE}.")
    String level;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|html", description = "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "PATH", description = "Write here instead of stdout (one input file).")
    Path out;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Several inputs: write NAME.json or NAME.html per file here and print a summary.")
    Path outDir;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("json") && !fmt.equals("html")) {
            throw new IllegalArgumentException("unknown --format '" + format + "' (use json or html)");
        }
        if (files.size() > 1 && outDir == null) {
            throw new IllegalArgumentException("several input files need --out-dir DIR");
        }
        if (outDir != null && out != null) {
            throw new IllegalArgumentException("use either --out or --out-dir");
        }
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        for (Path f : files) {
            if (!Files.exists(f)) {
                throw new NoSuchFileException(f + ": no such file");
            }
        }
        Rubric r = RubricLoader.load(rubric);
        r.requireLevel(level);
        RecordingScorer scorer = new RecordingScorer(RubricTagger.create(r), r, level.toLowerCase(Locale.ROOT));
        if (outDir == null) {
            String rendered = render(score(files.get(0), scorer), r, files.get(0), fmt);
            OutputTarget.write(rendered, out, System.out);
            return 0;
        }
        return batch(scorer, r, fmt);
    }

    /** Many recordings: one failure does not stop the others; the summary says which failed and why. */
    private int batch(RecordingScorer scorer, Rubric r, String fmt) {
        int failed = 0;
        for (Path f : files) {
            String base = f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Path target = outDir.resolve(base + "." + fmt);
            try {
                RecordingScorer.Result res = score(f, scorer);
                OutputTarget.write(render(res, r, f, fmt), target, System.out);
                Double fs = res.scorecard().finalScore();
                System.out.printf(Locale.ROOT, "%-40s %s  %s%n", f.getFileName(),
                        fs == null ? " n/a" : String.format(Locale.ROOT, "%.2f", fs), target);
            } catch (Exception e) {
                failed++;
                System.out.printf(Locale.ROOT, "%-40s FAILED %s%n", f.getFileName(), e.getMessage());
            }
        }
        System.out.printf("%d scored, %d failed%n", files.size() - failed, failed);
        return failed == 0 ? 0 : OneLineErrors.EXIT_BAD_INPUT;
    }

    private RecordingScorer.Result score(Path file, RecordingScorer scorer) {
        if (InputOptions.isTranscript(file)) {
            return scorer.score(TranscriptReader.read(file, input.speakerRoles()), null);
        }
        String source = file.getFileName().toString();
        return input.recognise(file, scorer.rubric(), (audio, asr, progress) ->
                scorer.score(audio, source, asr, input.channelRoles(), null, progress));
    }

    private static String render(RecordingScorer.Result res, Rubric r, Path file, String fmt) {
        return fmt.equals("html")
                ? ScorecardHtml.render(res.scorecard(), r, res.transcript(), file.getFileName().toString())
                : ScorecardJson.toJsonString(res.scorecard(), r, res.transcript()) + "\n";
    }
}
