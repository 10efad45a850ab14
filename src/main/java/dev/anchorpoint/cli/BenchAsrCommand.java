package dev.anchorpoint.cli;

import dev.anchorpoint.asr.AsrBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bench-asr", description = {
        "Word error rate and real-time factor of every available engine and profile over a folder of",
        "NAME.wav + NAME.txt pairs (one decoding thread, after a warm-up)."})
final class BenchAsrCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR")
    Path dir;

    @Override
    public Integer call() throws Exception {
        AsrBenchmark.run(dir, System.out);
        return 0;
    }
}
