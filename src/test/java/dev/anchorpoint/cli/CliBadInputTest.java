package dev.anchorpoint.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input never crashes: non-zero exit, one clear line on stderr, no stack trace, nothing half-written at --out. */
class CliBadInputTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream oldErr;
    private PrintStream oldOut;

    @BeforeEach
    void capture() {
        oldErr = System.err;
        oldOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(oldErr);
        System.setOut(oldOut);
    }

    @Test
    void missingFile() {
        assertOneLineError(run("score", dir.resolve("nope.wav").toString()), "nope.wav");
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.createFile(dir.resolve("empty.wav"));
        assertOneLineError(run("score", f.toString(), "--out", dir.resolve("out.json").toString()), "empty.wav");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void textRenamedWav() throws IOException {
        Path f = Files.writeString(dir.resolve("notes.wav"), "these are my interview notes, not audio\n".repeat(20));
        assertOneLineError(run("score", f.toString(), "--out", dir.resolve("out.json").toString()), "notes.wav");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void truncatedWav() throws IOException {
        byte[] wav = Files.readAllBytes(Path.of("sample-audio", "kam-good.wav"));
        Path f = Files.write(dir.resolve("cut.wav"), java.util.Arrays.copyOf(wav, 5000));
        assertOneLineError(run("score", f.toString()), "cut.wav");
    }

    @Test
    void rubricWithErrorsKeepsAnExistingOutputIntact() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                id: x
                name: X
                levels: [{id: mid, name: Mid, expectedScore: 3}]
                dimensions:
                  - {id: a, name: A, weight: 50, anchors: {"1-2": a, "3": b, "4": c, "5": d}}
                rules: []
                """);
        Path existing = Files.writeString(dir.resolve("report.json"), "{\"previous\": true}");
        assertOneLineError(run("score", "sample-audio/kam-great.vtt", "--rubric", bad.toString(), "--out",
                existing.toString()), "weights sum to 50%");
        assertThat(existing).hasContent("{\"previous\": true}");
    }

    @Test
    void rubricValidateReportsProblems() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "id: x\nname: X\n");
        assertOneLineError(run("rubric", "validate", bad.toString()), "has no dimensions");
        assertThat(run("rubric", "validate", "key-account-manager")).isZero();
        assertThat(out.toString()).contains("ok: key-account-manager");
    }

    @Test
    void unknownLevel() {
        assertOneLineError(run("score", "sample-audio/kam-great.vtt", "--level", "principal"), "principal");
    }

    private static int run(String... args) {
        return Main.run(args);
    }

    private void assertOneLineError(int code, String mention) {
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isNotZero();
        assertThat(e.lines().filter(l -> !l.isBlank()).toList()).as(e).hasSize(1);
        assertThat(e).startsWith("anchorpoint: error: ").contains(mention).doesNotContain("Exception", "\tat ");
    }
}
