package dev.anchorpoint.tagging.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchorpoint.rubric.Dimension;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.tagging.RubricTagger;
import dev.anchorpoint.tagging.Signal;
import dev.anchorpoint.tagging.Tagger;
import dev.anchorpoint.transcript.Role;
import dev.anchorpoint.transcript.Utterance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Issue 3's measure of a tagger against labelled utterances: a per-class precision/recall/F1 table, a confusion
 * matrix, and as its last line exactly {@code macroF1=0.000 precision=0.000 coverage=0.000 levelMAE=0.00
 * qwk=0.000 interviewerSignals=0}. Each line is tagged as one utterance by its speaker; the prediction is the
 * strongest signal, or "none" when the tagger abstains.
 *
 * <p>{@code candidateText} transforms candidate lines before tagging (identity by default); {@code --via-asr}
 * plugs in synthesis plus recognition there.
 */
public final class TaggerEvaluation {
    public static final String NONE = "none";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Tagger tagger;
    private final Function<String, String> candidateText;

    public TaggerEvaluation(Tagger tagger, Function<String, String> candidateText) {
        this.tagger = tagger;
        this.candidateText = candidateText == null ? Function.identity() : candidateText;
    }

    /** Evaluates the rubric's default tagger on the file and prints the report. */
    public static EvaluationResult run(Path jsonl, Rubric rubric, PrintStream out) {
        return new TaggerEvaluation(RubricTagger.create(rubric), Function.identity()).evaluate(jsonl, rubric, out);
    }

    public static EvaluationResult run(Path jsonl, Rubric rubric, PrintStream out, Function<String, String> viaAsr) {
        return new TaggerEvaluation(RubricTagger.create(rubric), viaAsr).evaluate(jsonl, rubric, out);
    }

    public EvaluationResult evaluate(Path jsonl, Rubric rubric, PrintStream out) {
        return evaluate(read(jsonl, rubric), rubric, out);
    }

    /** Reads labelled lines; a bad file or line gives an exception whose message names the file, line and fix. */
    public static List<LabelledLine> read(Path jsonl, Rubric rubric) {
        List<String> raw;
        try {
            raw = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("labelled file not found: " + jsonl);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + jsonl + ": " + e.getMessage(), e);
        }
        List<LabelledLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i).trim();
            if (s.isEmpty()) {
                continue;
            }
            JsonNode n;
            try {
                n = JSON.readTree(s);
            } catch (IOException e) {
                throw new IllegalArgumentException(jsonl + " line " + (i + 1) + " is not JSON (one object a line: "
                        + "{\"id\",\"text\",\"speaker\",\"dimension\",\"level\"})");
            }
            String dim = n.path("dimension").isTextual() ? n.path("dimension").asText() : null;
            if (dim != null && rubric.dimension(dim).isEmpty()) {
                throw new IllegalArgumentException(jsonl + " line " + (i + 1) + " names dimension '" + dim
                        + "', which rubric " + rubric.id() + " does not have");
            }
            Integer level = n.path("level").isInt() ? n.path("level").asInt() : null;
            if (dim != null && (level == null || level < 1 || level > 5)) {
                throw new IllegalArgumentException(jsonl + " line " + (i + 1) + " has dimension " + dim
                        + " but no level 1-5");
            }
            lines.add(new LabelledLine(n.path("id").asText("line-" + (i + 1)), n.path("text").asText(""),
                    n.path("speaker").asText("candidate"), dim, level));
        }
        return lines;
    }

    public EvaluationResult evaluate(List<LabelledLine> lines, Rubric rubric, PrintStream out) {
        List<String> classes = new ArrayList<>();
        for (Dimension d : rubric.dimensions()) {
            classes.add(d.id());
        }
        classes.add(NONE);
        int c = classes.size();
        int[][] confusion = new int[c][c];
        int suggestions = 0;
        int suggestionsRight = 0;
        int goldCandidate = 0;
        int covered = 0;
        int interviewerSignals = 0;
        List<int[]> levelPairs = new ArrayList<>();
        for (LabelledLine line : lines) {
            Role role = line.isCandidate() ? Role.CANDIDATE : Role.INTERVIEWER;
            String text = line.isCandidate() ? candidateText.apply(line.text()) : line.text();
            List<Signal> signals = tagger.tag(new Utterance(line.id(), role, line.speaker(), text, 0, 0, List.of()));
            Signal top = signals.isEmpty() ? null : signals.get(0);
            String pred = top == null ? NONE : top.dimension();
            String gold = line.dimension() == null ? NONE : line.dimension();
            confusion[classes.indexOf(gold)][classes.indexOf(pred)]++;
            if (!line.isCandidate() && top != null) {
                interviewerSignals++;
            }
            if (top != null) {
                suggestions++;
                if (pred.equals(gold)) {
                    suggestionsRight++;
                }
            }
            if (line.isCandidate() && line.dimension() != null) {
                goldCandidate++;
                if (pred.equals(gold)) {
                    covered++;
                }
            }
            if (line.dimension() != null && pred.equals(gold)) {
                levelPairs.add(new int[]{line.level(), top.level()});
            }
        }
        double macroF1 = 0;
        out.println(String.format(Locale.ROOT, "%-34s %9s %9s %9s %7s", "class", "precision", "recall", "f1",
                "support"));
        for (int i = 0; i < c; i++) {
            int tp = confusion[i][i];
            int predicted = 0;
            int support = 0;
            for (int j = 0; j < c; j++) {
                predicted += confusion[j][i];
                support += confusion[i][j];
            }
            double p = predicted == 0 ? 0 : tp / (double) predicted;
            double r = support == 0 ? 0 : tp / (double) support;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            macroF1 += f1;
            out.println(String.format(Locale.ROOT, "%-34s %9.3f %9.3f %9.3f %7d", classes.get(i), p, r, f1, support));
        }
        macroF1 /= c;
        out.println();
        out.println("confusion (rows gold, columns predicted):");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-34s", ""));
        for (String cl : classes) {
            head.append(String.format(Locale.ROOT, " %6s", abbreviate(cl)));
        }
        out.println(head);
        for (int i = 0; i < c; i++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-34s", classes.get(i)));
            for (int j = 0; j < c; j++) {
                row.append(String.format(Locale.ROOT, " %6d", confusion[i][j]));
            }
            out.println(row);
        }
        double mae = levelPairs.stream().mapToInt(p -> Math.abs(p[0] - p[1])).average().orElse(0);
        double qwk = quadraticWeightedKappa(levelPairs, 1, 5);
        out.println();
        out.println("lines=" + lines.size() + " suggestions=" + suggestions + " levelPairs=" + levelPairs.size());
        EvaluationResult result = new EvaluationResult(macroF1,
                suggestions == 0 ? 0 : suggestionsRight / (double) suggestions,
                goldCandidate == 0 ? 0 : covered / (double) goldCandidate, mae, qwk, interviewerSignals,
                lines.size(), levelPairs.size());
        out.println(result.summaryLine());
        return result;
    }

    /** Cohen's kappa with quadratic weights over levels min..max; 0 when there is nothing to compare. */
    static double quadraticWeightedKappa(List<int[]> pairs, int min, int max) {
        int k = max - min + 1;
        int n = pairs.size();
        if (n == 0) {
            return 0;
        }
        double[][] observed = new double[k][k];
        double[] gold = new double[k];
        double[] pred = new double[k];
        for (int[] p : pairs) {
            observed[p[0] - min][p[1] - min]++;
            gold[p[0] - min]++;
            pred[p[1] - min]++;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = (i - j) * (i - j) / (double) ((k - 1) * (k - 1));
                num += w * observed[i][j];
                den += w * gold[i] * pred[j] / n;
            }
        }
        return den == 0 ? (num == 0 ? 1 : 0) : 1 - num / den;
    }

    private static String abbreviate(String cls) {
        if (cls.equals(NONE)) {
            return NONE;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : cls.split("_")) {
            sb.append(part.charAt(0));
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** {@code TaggerEvaluation FILE.jsonl [RUBRIC]} until the CLI's eval-tagger subcommand is wired. */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: TaggerEvaluation FILE.jsonl [rubric name or path]");
            System.exit(2);
        }
        try {
            Rubric rubric = RubricLoader.load(args.length > 1 ? args[1] : RubricLoader.DEFAULT);
            run(Path.of(args[0]), rubric, System.out);
        } catch (IllegalArgumentException | dev.anchorpoint.rubric.RubricException e) {
            System.err.println("eval-tagger: " + e.getMessage());
            System.exit(1);
        }
    }
}
