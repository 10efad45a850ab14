package dev.anchorpoint.tagging;

import dev.anchorpoint.rubric.Dimension;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.tagging.analysis.AnalysisChain;
import dev.anchorpoint.tagging.analysis.AnalyzedText;
import dev.anchorpoint.tagging.analysis.Sentence;
import dev.anchorpoint.tagging.analysis.Token;
import dev.anchorpoint.tagging.level.Cue;
import dev.anchorpoint.tagging.level.LevelCues;
import dev.anchorpoint.tagging.level.LevelEstimator;
import dev.anchorpoint.tagging.match.Calibration;
import dev.anchorpoint.tagging.match.Example;
import dev.anchorpoint.tagging.match.ExampleCorpus;
import dev.anchorpoint.tagging.match.HybridClassifier;
import dev.anchorpoint.tagging.match.MatchIndex;
import dev.anchorpoint.tagging.match.Prediction;
import dev.anchorpoint.tagging.match.SentenceEmbedder;
import dev.anchorpoint.tagging.match.SoftmaxClassifier;
import dev.anchorpoint.tagging.match.TaggerSettings;
import dev.anchorpoint.tagging.match.TextEmbedder;
import dev.anchorpoint.transcript.Utterance;
import dev.anchorpoint.transcript.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The rubric tagger: OpenNLP analysis, hybrid BM25 + sentence-embedding retrieval over the rubric's anchors and
 * example corpus in an in-memory Lucene index, a kNN vote for the dimension (or off-topic), a level from the
 * neighbours' levels and explicit cues, and a confidence calibrated on the corpus so that it abstains when it
 * would be wrong too often. Only candidate speech is ever tagged.
 *
 * <p>Build with {@link #create(Rubric)}: taggers are cached per rubric and the embedding model is one per JVM, so
 * asking again is free. {@link #tag(Utterance)} is thread-safe.
 */
public final class RubricTagger implements Tagger {
    private static final Map<Rubric, RubricTagger> CACHE = new ConcurrentHashMap<>();

    private final Rubric rubric;
    private final TaggerSettings settings;
    private final AnalysisChain chain;
    private final TextEmbedder embedder;
    private final MatchIndex index;
    private final HybridClassifier classifier;
    private final LevelCues levelCues = new LevelCues();
    private final LevelEstimator levels;
    private final Calibration calibration;
    private final List<String> classes;
    private final SoftmaxClassifier softmax;

    /** A tagger for the rubric, from its anchors and {@code examples/<rubric-id>.jsonl} when present. Cached. */
    public static RubricTagger create(Rubric rubric) {
        return CACHE.computeIfAbsent(rubric, r -> new RubricTagger(r, ExampleCorpus.forRubric(r),
                TaggerSettings.defaults(), SentenceEmbedder.get()));
    }

    /** An uncached tagger with explicit examples and settings (tuning, tests). */
    public static RubricTagger create(Rubric rubric, List<Example> examples, TaggerSettings settings,
                                      TextEmbedder embedder) {
        return new RubricTagger(rubric, examples, settings, embedder);
    }

    private RubricTagger(Rubric rubric, List<Example> examples, TaggerSettings settings, TextEmbedder embedder) {
        this.rubric = rubric;
        this.settings = settings;
        this.chain = AnalysisChain.english();
        this.embedder = embedder;
        List<List<String>> stems = new ArrayList<>(examples.size());
        List<String> clean = new ArrayList<>(examples.size());
        for (Example e : examples) {
            AnalyzedText a = chain.analyze(e.text());
            stems.add(a.stems());
            clean.add(a.cleanText());
        }
        float[][] vectors = embedder.embedAll(clean).toArray(new float[0][]);
        this.index = new MatchIndex(examples, stems, vectors);
        this.classifier = new HybridClassifier(index, settings);
        this.classes = new ArrayList<>();
        rubric.dimensions().forEach(d -> classes.add(d.id()));
        classes.add(Example.NONE);
        this.softmax = train(examples, vectors, -1);
        this.levels = new LevelEstimator(settings.levelVotes(), settings.temperature(), settings.cueWeight(),
                anchorCueKinds(examples));
        this.calibration = calibrate(stems);
    }

    /** The cue kinds of each anchor's own wording (empty for corpus examples), for the paraphrase rule. */
    private List<Set<String>> anchorCueKinds(List<Example> examples) {
        List<Set<String>> kinds = new ArrayList<>(examples.size());
        for (Example e : examples) {
            kinds.add(e.source() != Example.Source.ANCHOR ? Set.of() : levelCues.cues(chain.analyze(e.text()))
                    .stream().map(Cue::kind).collect(java.util.stream.Collectors.toSet()));
        }
        return kinds;
    }

    /** Softmax regression on all examples but those of fold {@code heldOut} (of {@link #FOLDS}; -1 = none). */
    private SoftmaxClassifier train(List<Example> examples, float[][] vectors, int heldOut) {
        List<float[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (heldOut >= 0 && i % FOLDS == heldOut) {
                continue;
            }
            x.add(vectors[i]);
            y.add(classes.indexOf(examples.get(i).label()));
        }
        return SoftmaxClassifier.train(classes, x.toArray(new float[0][]), y.stream().mapToInt(Integer::intValue)
                .toArray(), settings.l2(), settings.epochs());
    }

    private static final int FOLDS = 5;

    /**
     * Cross-validation over the corpus examples: each is classified by a softmax trained without its fold and by
     * the kNN vote without itself, and the calibration is fitted on how often the blended vote was right.
     */
    private Calibration calibrate(List<List<String>> stems) {
        List<Example> ex = index.examples();
        List<Double> raw = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            SoftmaxClassifier foldModel = settings.softmaxWeight() > 0
                    ? train(ex, vectorsOf(ex.size()), fold) : softmax;
            for (int i = fold; i < ex.size(); i += FOLDS) {
                if (ex.get(i).source() != Example.Source.CORPUS) {
                    continue;
                }
                Decision d = decide(foldModel, stems.get(i), index.vector(i), i);
                if (d.label().equals(Example.NONE)) {
                    continue;
                }
                raw.add(d.raw());
                right.add(d.label().equals(ex.get(i).label()));
            }
        }
        double[] r = raw.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] c = new boolean[right.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = right.get(i);
        }
        return Calibration.fit(r, c, settings.targetPrecision(), 0.6);
    }

    private float[][] vectorsOf(int n) {
        float[][] v = new float[n][];
        for (int i = 0; i < n; i++) {
            v[i] = index.vector(i);
        }
        return v;
    }

    /** The blended class decision: softmax probabilities and kNN vote shares, weighted by the settings. */
    record Decision(String label, double raw, Prediction neighbours) {
    }

    private Decision decide(SoftmaxClassifier model, List<String> stems, float[] vector, int exclude) {
        Prediction p = classifier.classify(stems, vector, exclude);
        double a = settings.softmaxWeight();
        double[] lr = a > 0 ? model.probabilities(vector) : new double[classes.size()];
        String best = Example.NONE;
        double bestP = -1;
        double second = 0;
        for (int k = 0; k < classes.size(); k++) {
            double blended = a * lr[k] + (1 - a) * p.shares().getOrDefault(classes.get(k), 0.0);
            if (blended > bestP) {
                second = bestP;
                bestP = blended;
                best = classes.get(k);
            } else if (blended > second) {
                second = blended;
            }
        }
        // Confidence rests on the margin over the runner-up: two dimensions close together is the typical error.
        double margin = (bestP - Math.max(0, second) + 1) / 2;
        if (p.belowFloor()) {
            return new Decision(Example.NONE, 1, p);
        }
        return new Decision(best, margin, p);
    }

    public Rubric rubric() {
        return rubric;
    }

    public Calibration calibration() {
        return calibration;
    }

    /**
     * The whole utterance's signal first; then, for an answer of several sentences, one more signal for each other
     * dimension a single sentence of it meets on its own (strongest first), with that sentence as the evidence. A
     * long answer often covers a plan and the negotiation that followed: both are evidence, each on its dimension.
     */
    @Override
    public List<Signal> tag(Utterance utterance) {
        // Role first: interviewer speech never becomes evidence, even when it quotes the rubric.
        if (utterance == null || !utterance.isCandidate() || utterance.text() == null || utterance.text().isBlank()) {
            return List.of();
        }
        AnalyzedText analyzed = chain.analyze(utterance.text());
        if (analyzed.content().isEmpty()) {
            return List.of();
        }
        List<Signal> signals = new ArrayList<>();
        Signal whole = signal(analyzed, p -> evidence(utterance, analyzed, p));
        if (whole != null) {
            signals.add(whole);
        }
        if (analyzed.sentences().size() > 1) {
            Set<String> found = new HashSet<>();
            signals.forEach(sig -> found.add(sig.dimension()));
            List<Signal> more = new ArrayList<>();
            for (Sentence sentence : analyzed.sentences()) {
                if (sentence.content().size() < MIN_SENTENCE_WORDS) {
                    continue;
                }
                String text = utterance.text().substring(sentence.start(), sentence.end());
                long[] times = WordTimes.span(utterance, sentence.start(), sentence.end());
                Signal s = signal(chain.analyze(text), p -> new Evidence(utterance.id(), text, times[0], times[1],
                        utterance.role().id()));
                if (s != null && found.add(s.dimension())) {
                    more.add(s);
                }
            }
            more.sort(Comparator.comparingDouble(Signal::confidence).reversed());
            signals.addAll(more);
        }
        return signals;
    }

    /** A sentence shorter than this ("yes.", "that's right.") is too thin to be evidence on its own. */
    static final int MIN_SENTENCE_WORDS = 6;

    /** The signal for one analysed text, or null when the tagger abstains; evidence is built from the vote. */
    private Signal signal(AnalyzedText analyzed, Function<Prediction, Evidence> evidenceOf) {
        if (analyzed.content().isEmpty()) {
            return null;
        }
        float[] vector = embedder.embed(analyzed.cleanText());
        Decision decision = decide(softmax, analyzed.stems(), vector, -1);
        if (decision.label().equals(Example.NONE) || decision.raw() < calibration.threshold()) {
            return null;
        }
        Dimension dim = rubric.dimension(decision.label()).orElse(null);
        if (dim == null) {
            return null;
        }
        Prediction p = decision.neighbours();
        LevelEstimator.Estimate level = levels.estimate(dim.id(), p, index.examples(), levelCues.cues(analyzed));
        double confidence = Math.max(0, Math.min(1, calibration.probability(decision.raw())));
        return new Signal(dim.id(), level.level(), confidence, evidenceOf.apply(p), dim.anchorFor(level.level()).text(),
                level.reasons());
    }

    /** Explains a decision, abstentions included: for evaluation output and debugging. */
    public String explain(String text) {
        AnalyzedText analyzed = chain.analyze(text);
        Decision d = decide(softmax, analyzed.stems(), embedder.embed(analyzed.cleanText()), -1);
        Prediction p = d.neighbours();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s raw=%.2f knn=%s share=%.2f best=%.3f "
                + "thr=%.2f", d.label(), d.raw(), p.label(), p.share(), p.best(), calibration.threshold()));
        for (int i = 0; i < Math.min(8, p.neighbours().size()); i++) {
            Prediction.Neighbour n = p.neighbours().get(i);
            Example e = index.examples().get(n.ord());
            sb.append(String.format(Locale.ROOT, "%n   %.3f cos %.2f %s/%s %s", n.score(), n.cosine(), e.label(),
                    e.level(), e.text()));
        }
        return sb.toString();
    }

    /**
     * The evidence span: the whole utterance, or for several sentences the one sharing most content stems with
     * the winning neighbours. Times come from the words when they are known, else from the utterance.
     */
    private Evidence evidence(Utterance u, AnalyzedText analyzed, Prediction p) {
        Sentence chosen = null;
        if (analyzed.sentences().size() > 1) {
            Set<String> neighbourStems = new HashSet<>();
            for (int i = 0; i < Math.min(3, p.neighbours().size()); i++) {
                Example e = index.examples().get(p.neighbours().get(i).ord());
                if (p.label().equals(e.label())) {
                    neighbourStems.addAll(chain.analyze(e.text()).stems());
                }
            }
            int bestOverlap = 0;
            for (Sentence s : analyzed.sentences()) {
                int overlap = (int) s.content().stream().map(Token::stem)
                        .filter(st -> st.length() > 3 && neighbourStems.contains(st) && !MatchIndex.STOP.contains(st))
                        .count();
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    chosen = s;
                }
            }
        }
        String speaker = u.role().id(); // the role, as in the JSON schema; the name is on the utterance
        if (chosen == null) {
            return new Evidence(u.id(), u.text(), u.startMs(), u.endMs(), speaker);
        }
        String text = u.text().substring(chosen.start(), chosen.end());
        long[] times = WordTimes.span(u, chosen.start(), chosen.end());
        return new Evidence(u.id(), text, times[0], times[1], speaker);
    }

    /** Maps a character span of the utterance text to the times of the words in it. */
    static final class WordTimes {
        static long[] span(Utterance u, int from, int to) {
            List<Word> words = u.words();
            if (words.isEmpty()) {
                return new long[]{u.startMs(), u.endMs()};
            }
            String lower = u.text().toLowerCase(Locale.ROOT);
            int cursor = 0;
            long start = Long.MAX_VALUE;
            long end = Long.MIN_VALUE;
            for (Word w : words) {
                int at = lower.indexOf(w.text().toLowerCase(Locale.ROOT), cursor);
                if (at < 0) {
                    continue;
                }
                int wEnd = at + w.text().length();
                cursor = wEnd;
                if (at < to && wEnd > from) {
                    start = Math.min(start, w.startMs());
                    end = Math.max(end, w.endMs());
                }
            }
            return start == Long.MAX_VALUE ? new long[]{u.startMs(), u.endMs()} : new long[]{start, end};
        }
    }
}
