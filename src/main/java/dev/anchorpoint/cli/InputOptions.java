package dev.anchorpoint.cli;

import dev.anchorpoint.asr.AsrEngines;
import dev.anchorpoint.asr.SpeechRecognizer;
import dev.anchorpoint.pipeline.ChannelRoles;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.tagging.match.ExampleCorpus;
import dev.anchorpoint.transcript.SpeakerRoles;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How to read an interview file: engine, model, profile and who is who. Shared by score and transcribe. */
final class InputOptions {
    @Option(names = "--asr", defaultValue = "auto", paramLabel = "auto|vosk|sphinx",
            description = "Speech engine: vosk when a model is present (auto), else the bundled Sphinx4. Default: ${DEFAULT-VALUE}.")
    String asr;

    @Option(names = "--model", paramLabel = "DIR", description = "Vosk model directory (default: the first one under models/).")
    Path model;

    @Option(names = "--profile", defaultValue = "batch", paramLabel = "live|batch",
            description = "Sphinx4 profile: batch (most accurate) or live (faster than real time). Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--interviewer", paramLabel = "NAME",
            description = "A transcript speaker who is an interviewer (repeatable); everyone else is the candidate.")
    List<String> interviewers = new ArrayList<>();

    @Option(names = "--candidate", paramLabel = "NAME", description = "The transcript speaker who is the candidate (repeatable).")
    List<String> candidates = new ArrayList<>();

    @Option(names = "--channels", paramLabel = "ROLE,ROLE",
            description = "Stereo recordings with one speaker per channel, e.g. interviewer,candidate. "
                    + "Without it, channels are mixed and questions mark the interviewer.")
    String channels;

    @Option(names = "--general-lm", description = "Sphinx4: recognise with general English alone, without the "
            + "rubric's phrasings mixed into the language model (for speech that is not this kind of interview).")
    boolean generalLanguageModel;

    @Option(names = "--quiet", description = "No progress bar or engine line on stderr.")
    boolean quiet;

    @Option(names = "--verbose", description = "Stack traces and engine logs on errors.")
    boolean verbose;

    ChannelRoles channelRoles() {
        return ChannelRoles.parse(channels);
    }

    SpeakerRoles speakerRoles() {
        return SpeakerRoles.of(interviewers, candidates);
    }

    /** The chosen engine; Sphinx4 with the rubric's phrasings in its language model unless --general-lm. */
    SpeechRecognizer recognizer(Rubric rubric) {
        AsrEngines.Choice choice = AsrEngines.choose(asr, model, profile);
        SpeechRecognizer recognizer = choice.create(generalLanguageModel ? List.of() : ExampleCorpus.phrasings(rubric));
        if (!quiet) {
            System.err.println(recognizer.description());
        }
        return recognizer;
    }

    /** What to do with a decoded recording and an open engine; progress takes the ms of audio fed so far. */
    interface Recognition<T> {
        T run(short[][] audio16k, SpeechRecognizer asr, java.util.function.LongConsumer progress);
    }

    /**
     * Decodes a recording to 16 kHz per channel, opens the chosen engine, and runs {@code job} with a progress bar
     * on stderr for recordings over 10 s (unless --quiet). Shared by score and transcribe.
     */
    <T> T recognise(Path file, Rubric rubric, Recognition<T> job) {
        short[][] audio = dev.anchorpoint.audio.AudioDecoder.decode16kChannels(file);
        long durationMs = audio[0].length * 1000L / dev.anchorpoint.audio.PcmAudio.ASR_SAMPLE_RATE;
        ProgressBar bar = quiet || durationMs < 10_000 ? null : new ProgressBar(System.err, durationMs);
        try (SpeechRecognizer asr = recognizer(rubric)) {
            return job.run(audio, asr, bar == null ? null : bar::update);
        } finally {
            if (bar != null) {
                bar.done();
            }
        }
    }

    /** Transcripts are recognised by extension, or by a WEBVTT header whatever the name. */
    static boolean isTranscript(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".vtt") || name.endsWith(".srt") || name.endsWith(".txt")) {
            return true;
        }
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(16);
            String s = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
            return s.startsWith("WEBVTT");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
