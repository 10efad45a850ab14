package dev.anchorpoint.asr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Brings a reference and a hypothesis to the same plain form before scoring: lowercase, punctuation removed,
 * apostrophes kept (inside words), hyphens split, digits written out as words ("42" -> "forty two"), titles written
 * out ("Mr" -> "mister").
 */
public final class TranscriptNormalizer {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};

    /** Titles written out, as references spell them (LibriSpeech "MISTER"); engines print the short form. */
    private static final java.util.Map<String, String> TITLES = java.util.Map.of("mr", "mister", "mrs", "missus",
            "dr", "doctor");

    private TranscriptNormalizer() {
    }

    public static List<String> words(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("[-\u2013\u2014_/]", " ")
                .replaceAll("(\\d),(\\d)", "$1$2")
                .replaceAll("[^\\p{L}\\p{N}' ]", " ");
        List<String> out = new ArrayList<>();
        for (String token : s.trim().split("\\s+")) {
            String t = token.replaceAll("^'+|'+$", "");
            if (t.isEmpty()) {
                continue;
            }
            if (t.matches("\\d{1,9}")) {
                numberWords(Long.parseLong(t), out);
            } else if (t.matches("\\d+")) {
                for (char c : t.toCharArray()) {
                    out.add(ONES[c - '0']);
                }
            } else {
                out.add(TITLES.getOrDefault(t, t));
            }
        }
        return out;
    }

    public static String normalize(String text) {
        return String.join(" ", words(text));
    }

    static void numberWords(long n, List<String> out) {
        if (n < 20) {
            out.add(ONES[(int) n]);
            return;
        }
        if (n < 100) {
            out.add(TENS[(int) (n / 10)]);
            if (n % 10 != 0) {
                out.add(ONES[(int) (n % 10)]);
            }
            return;
        }
        long[] scales = {1_000_000_000L, 1_000_000L, 1_000L, 100L};
        String[] names = {"billion", "million", "thousand", "hundred"};
        for (int i = 0; i < scales.length; i++) {
            if (n >= scales[i]) {
                numberWords(n / scales[i], out);
                out.add(names[i]);
                if (n % scales[i] != 0) {
                    numberWords(n % scales[i], out);
                }
                return;
            }
        }
    }
}
