package dev.anchorpoint.asr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks at a directory before it reaches native code: libvosk aborts or logs cryptic errors on a wrong path, so
 * a missing or incomplete model is reported here, naming the path and the fix.
 */
public final class VoskModelCheck {
    static final String FIX = "Run scripts/fetch-vosk-model or pass --model PATH to an unpacked Vosk model directory.";

    private VoskModelCheck() {
    }

    /** True when the directory holds an acoustic model, a decoding graph and a feature config. */
    public static boolean looksLikeModel(Path dir) {
        return dir != null && problems(dir).isEmpty();
    }

    /** Throws AsrException naming the path, what is missing and the fix. */
    public static Path require(Path dir) {
        if (dir == null) {
            throw new AsrException("No Vosk model given. " + FIX);
        }
        List<String> problems = problems(dir);
        if (!problems.isEmpty()) {
            throw new AsrException("Not a usable Vosk model: " + dir.toAbsolutePath() + " (" + String.join("; ", problems)
                    + "). " + FIX);
        }
        return dir;
    }

    static List<String> problems(Path dir) {
        List<String> problems = new ArrayList<>();
        if (!Files.exists(dir)) {
            problems.add("directory does not exist");
            return problems;
        }
        if (!Files.isDirectory(dir)) {
            problems.add("not a directory");
            return problems;
        }
        if (!nonEmptyFile(dir.resolve("am/final.mdl")) && !nonEmptyFile(dir.resolve("final.mdl"))) {
            problems.add("missing am/final.mdl");
        }
        boolean graph = nonEmptyFile(dir.resolve("graph/HCLG.fst")) || nonEmptyFile(dir.resolve("HCLG.fst"))
                || (nonEmptyFile(dir.resolve("graph/HCLr.fst")) && nonEmptyFile(dir.resolve("graph/Gr.fst")))
                || (nonEmptyFile(dir.resolve("HCLr.fst")) && nonEmptyFile(dir.resolve("Gr.fst")));
        if (!graph) {
            problems.add("missing graph/HCLG.fst (or graph/HCLr.fst + graph/Gr.fst)");
        }
        if (!nonEmptyFile(dir.resolve("conf/mfcc.conf")) && !nonEmptyFile(dir.resolve("mfcc.conf"))) {
            problems.add("missing conf/mfcc.conf");
        }
        return problems;
    }

    private static boolean nonEmptyFile(Path p) {
        try {
            return Files.isRegularFile(p) && Files.size(p) > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
