package dev.anchorpoint.tagging.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises quantities written in digits or spoken in words, the way recognisers write them ("forty slides",
 * "twenty five percent", "two point five million dollars", "seven figures", "$400k", "30%"), and records them
 * as {@link Magnitude}s on the sentence. Tokens are left as they are.
 */
public final class NumberRecognition implements AnalysisStage {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "k", 1_000L,
            "grand", 1_000L, "million", 1_000_000L, "mil", 1_000_000L, "m", 1_000_000L, "billion", 1_000_000_000L,
            "bn", 1_000_000_000L);
    private static final Pattern DIGITS = Pattern.compile("\\$?(\\d+(?:[.,]\\d+)*)(k|m|mm|bn|%)?");

    @Override
    public Sentence apply(Sentence sentence) {
        List<Token> t = sentence.tokens();
        List<Magnitude> found = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            int j = i;
            double total = 0;
            double current = 0;
            boolean any = false;
            boolean money = i > 0 && t.get(i - 1).norm().equals("$");
            boolean percent = false;
            while (j < t.size()) {
                String w = t.get(j).norm();
                Matcher m = DIGITS.matcher(w);
                if (UNITS.containsKey(w)) {
                    current += UNITS.get(w);
                } else if (m.matches()) {
                    current += Double.parseDouble(m.group(1).replace(",", ""));
                    money |= w.startsWith("$");
                    String suffix = m.group(2);
                    if ("%".equals(suffix)) {
                        percent = true;
                    } else if (suffix != null) {
                        current *= suffix.startsWith("k") ? 1_000 : suffix.equals("bn") ? 1_000_000_000 : 1_000_000;
                    }
                } else if (any && SCALES.containsKey(w)) {
                    long scale = SCALES.get(w);
                    current = (current == 0 ? 1 : current) * scale;
                    if (scale >= 1_000) {
                        total += current;
                        current = 0;
                    }
                } else if (any && w.equals("point") && j + 1 < t.size() && UNITS.containsKey(t.get(j + 1).norm())
                        && UNITS.get(t.get(j + 1).norm()) < 10) {
                    current += UNITS.get(t.get(j + 1).norm()) / 10.0;
                    j++;
                } else if (!(any && w.equals("and") && j + 1 < t.size() && UNITS.containsKey(t.get(j + 1).norm()))) {
                    break;
                }
                any = true;
                j++;
            }
            if (!any) {
                i++;
                continue;
            }
            double value = total + current;
            String next = j < t.size() ? t.get(j).norm() : "";
            Magnitude.Kind kind = Magnitude.Kind.COUNT;
            if (percent || next.equals("percent") || next.equals("%") || next.equals("percentage")) {
                kind = Magnitude.Kind.PERCENT;
            } else if (next.equals("figures") || next.equals("figure")) {
                kind = Magnitude.Kind.MONEY;
                value = Math.pow(10, Math.max(0, value - 1));
            } else if (money || next.equals("dollars") || next.equals("bucks") || next.equals("euros")
                    || next.equals("pounds") || value >= 1_000) {
                kind = Magnitude.Kind.MONEY;
            }
            int endToken = (kind == Magnitude.Kind.PERCENT && !percent) || next.equals("figures")
                    || next.equals("dollars") ? j + 1 : j;
            StringBuilder text = new StringBuilder();
            for (int k = i; k < Math.min(endToken, t.size()); k++) {
                text.append(k > i ? " " : "").append(t.get(k).norm());
            }
            found.add(new Magnitude(value, kind, text.toString()));
            i = Math.max(j, i + 1);
        }
        return sentence.withMagnitudes(found);
    }
}
