package dev.anchorpoint.cli;

import dev.anchorpoint.asr.AsrBenchmark;
import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.tagging.match.ExampleCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench-asr", description = {
        "Word error rate and real-time factor of every available engine and profile over a folder of",
        "NAME.wav + NAME.txt pairs (one decoding thread, after a warm-up)."})
final class BenchAsrCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--rubric", paramLabel = "NAME|PATH",
            description = "Mix this rubric's phrasings into Sphinx4's language model, as score and serve do "
                    + "(default: general English only, for speech that is not an interview).")
    String rubric;

    @Override
    public Integer call() throws Exception {
        AsrBenchmark.run(dir, System.out,
                rubric == null ? List.of() : ExampleCorpus.phrasings(RubricLoader.load(rubric)));
        return 0;
    }
}
