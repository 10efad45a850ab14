package dev.anchorpoint.tagging.analysis;

/**
 * One step of the {@link AnalysisChain}, in the manner of a Lucene TokenFilter: it takes a sentence and returns
 * it with tokens added, annotated or flagged. Stages are stateless or thread-safe, so one chain serves all threads.
 */
@FunctionalInterface
public interface AnalysisStage {
    Sentence apply(Sentence sentence);
}
