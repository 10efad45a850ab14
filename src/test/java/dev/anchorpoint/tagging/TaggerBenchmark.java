package dev.anchorpoint.tagging;

import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.transcript.Role;
import dev.anchorpoint.transcript.Utterance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Candidate utterances tagged per second, analysis and sentence embedding included (the tagger is built once,
 * outside the measurement). Run with scripts/bench-tagger; {@code -t 2} measures both cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class TaggerBenchmark {
    /** Spoken-style lines of typical length (not from any evaluation set). */
    static final List<String> LINES = List.of(
            "um so every quarter i'd sit down with the account and set revenue targets and a calendar of check ins",
            "i negotiated a three year renewal with their c f o and we got a twenty percent uplift",
            "honestly i mostly dealt with the procurement guy and we didn't really talk otherwise",
            "when their usage dropped i called the ops lead before renewal and we put a retention plan together",
            "i pulled support delivery and product into a weekly call so nothing slipped for the client",
            "my deck for the board told the story with their own data and they approved the rollout that day",
            "i know the product pretty well and i keep up with what's happening in logistics",
            "sorry can you hear me okay i think my headphones were muted",
            "we had a big win last year the team did a great job on it",
            "i showed our product managers the pattern across my accounts and it became a roadmap item");

    private Tagger tagger;
    private int next;

    @Setup
    public void setUp() {
        tagger = RubricTagger.create(RubricLoader.load(RubricLoader.DEFAULT));
    }

    @Benchmark
    public void tagUtterance(Blackhole bh) {
        int i = Math.floorMod(next++, LINES.size());
        bh.consume(tagger.tag(new Utterance("u" + i, Role.CANDIDATE, null, LINES.get(i), 0, 0, List.of())));
    }
}
