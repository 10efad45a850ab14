package dev.anchorpoint.cli;

import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.tagging.match.ExampleCorpus;
import dev.anchorpoint.tagging.eval.TaggerEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval-tagger", description = {
        "Measure the tagger on labelled utterances (JSONL: id, text, speaker, dimension, level).",
        "Prints per-dimension precision/recall/F1, a confusion matrix and, last, the summary line."})
final class EvalTaggerCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.jsonl")
    Path file;

    @Option(names = "--rubric", defaultValue = RubricLoader.DEFAULT, paramLabel = "NAME|PATH")
    String rubric;

    @Option(names = "--via-asr", description = "Speak each candidate line with a flite voice, recognise it with the "
            + "default engine and tag the recognised text (needs flite on the PATH).")
    boolean viaAsr;

    @Option(names = "--profile", defaultValue = "batch", paramLabel = "live|batch",
            description = "Sphinx4 profile for --via-asr. Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--asr-transcript", paramLabel = "FILE",
            description = "With --via-asr: write each candidate line as said and as recognised, for reading.")
    Path asrTranscript;

    @Option(names = "--general-lm", description = "With --via-asr: Sphinx4 with general English alone, without the "
            + "rubric's phrasings in its language model.")
    boolean generalLanguageModel;

    @Override
    public Integer call() throws Exception {
        Rubric r = RubricLoader.load(rubric);
        if (!viaAsr) {
            TaggerEvaluation.run(file, r, System.out);
            return 0;
        }
        try (FliteAsrRoundTrip roundTrip = new FliteAsrRoundTrip(profile,
                generalLanguageModel ? List.of() : ExampleCorpus.phrasings(r), System.err, asrTranscript)) {
            roundTrip.prepare(file);
            TaggerEvaluation.run(file, r, System.out, roundTrip);
        }
        return 0;
    }
}
