package dev.anchorpoint.tagging.analysis;

import dev.anchorpoint.nlp.OpenNlpModels;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Text analysis for tagging, built like a Lucene analyzer: a sentence detector and a tokenizer at the head,
 * then a list of small {@link AnalysisStage}s applied in order to each sentence. The English chain is:
 * OpenNLP sentences, OpenNLP tokens, hyphenated words split, spelled acronyms joined, OpenNLP POS, fillers flagged, quantities
 * recognised, Snowball stems. Immutable and thread-safe.
 */
public final class AnalysisChain {
    private final OpenNlpModels models;
    private final Tokenization tokenization;
    private final List<AnalysisStage> stages;

    public AnalysisChain(OpenNlpModels models, List<AnalysisStage> stages) {
        this.models = models;
        this.tokenization = new Tokenization(models);
        this.stages = List.copyOf(stages);
    }

    public static AnalysisChain english() {
        OpenNlpModels models = OpenNlpModels.get();
        return new AnalysisChain(models, List.of(new HyphenSplit(), new SpelledAcronyms(), new PosTagging(models), new FillerRemoval(),
                new NumberRecognition(), new Stemming()));
    }

    public AnalyzedText analyze(String text) {
        String t = text == null ? "" : text;
        List<Sentence> sentences = new ArrayList<>();
        Span[] spans = t.isBlank() ? new Span[0] : models.sentences().sentPosDetect(t);
        for (Span span : spans) {
            Sentence s = tokenization.tokenize(t, span);
            for (AnalysisStage stage : stages) {
                s = stage.apply(s);
            }
            sentences.add(s);
        }
        return new AnalyzedText(t, sentences);
    }
}
