package dev.anchorpoint.pipeline;

import dev.anchorpoint.asr.RecognitionListener;
import dev.anchorpoint.asr.RecognitionStream;
import dev.anchorpoint.asr.RecognizedSegment;
import dev.anchorpoint.asr.SpeechRecognizer;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.scoring.Scorecard;
import dev.anchorpoint.scoring.Scorer;
import dev.anchorpoint.tagging.Signal;
import dev.anchorpoint.tagging.Tagger;
import dev.anchorpoint.transcript.Role;
import dev.anchorpoint.transcript.Transcript;
import dev.anchorpoint.transcript.Utterance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One interview flowing through the stages: audio channels (or imported utterances) become utterances,
 * candidate utterances become signals, signals become the scorecard. Used chunk by chunk by the live server
 * and all at once by the batch CLI, so both paths score alike.
 */
public final class InterviewPipeline {
    private final Tagger tagger;
    private final Rubric rubric;
    private final String level;
    private final PipelineListener listener;
    private final Scorer scorer = new Scorer();
    private final List<Utterance> utterances = new ArrayList<>();
    private final List<Signal> signals = new ArrayList<>();
    private Map<String, Integer> decisions = Map.of();
    private int nextId;

    /** With a null rubric the pipeline only collects utterances (transcription without scoring). */
    public InterviewPipeline(Tagger tagger, Rubric rubric, String level, PipelineListener listener) {
        this.tagger = tagger;
        this.rubric = rubric;
        this.level = level;
        this.listener = listener == null ? new PipelineListener() { } : listener;
        if (rubric != null) {
            scorer.score(rubric, level, List.of()); // fail fast on an unknown level
        }
    }

    /**
     * Opens a recognition stream for one speaker channel. Segments become utterances with the given role, or,
     * when {@code roleOf} is given, with the role it decides for the segment (mixed mono audio).
     *
     * @param offsetMs where this stream's time zero sits in the interview (after a reconnect, for instance)
     */
    public RecognitionStream openChannel(SpeechRecognizer asr, Role role, String speakerName, long offsetMs,
                                         Function<String, Role> roleOf) {
        return asr.open(new RecognitionListener() {
            @Override
            public void onPartial(String text) {
                listener.onPartial(role, text);
            }

            @Override
            public void onSegment(RecognizedSegment s) {
                Role r = roleOf == null ? role : roleOf.apply(s.text());
                RecognizedSegment at = s.shifted(offsetMs);
                add(new Utterance(null, r, speakerName, at.text(), at.startMs(), at.endMs(), at.words()));
            }
        });
    }

    /** Adds a final utterance (from a channel or an imported transcript), tags it and rescores. */
    public synchronized Utterance add(Utterance u) {
        Utterance withId = new Utterance(u.id() != null ? u.id() : String.format("u%04d", ++nextId), u.role(),
                u.speakerName(), u.text(), u.startMs(), u.endMs(), u.words());
        utterances.add(withId);
        listener.onUtterance(withId);
        if (withId.isCandidate()) {
            List<Signal> found = tagger.tag(withId);
            if (!found.isEmpty()) {
                found.forEach(listener::onSignal);
                signals.addAll(found);
                listener.onScorecard(scorecard());
            }
        }
        return withId;
    }

    /** Interviewer decisions (dimension id to score) that replace suggestions in the final score. */
    public synchronized Scorecard decide(Map<String, Integer> decided) {
        decisions = Map.copyOf(decided);
        Scorecard card = scorecard();
        listener.onScorecard(card);
        return card;
    }

    public synchronized Scorecard scorecard() {
        return scorer.score(rubric, level, signals, decisions);
    }

    public synchronized Transcript transcript(String source) {
        List<Utterance> sorted = new ArrayList<>(utterances);
        sorted.sort((a, b) -> Long.compare(a.startMs(), b.startMs()));
        return new Transcript(source, sorted);
    }

    public synchronized List<Signal> signals() {
        return List.copyOf(signals);
    }

    public Rubric rubric() {
        return rubric;
    }

    public String level() {
        return level;
    }
}
