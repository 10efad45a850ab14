package dev.anchorpoint.pipeline;

import dev.anchorpoint.asr.RecognitionStream;
import dev.anchorpoint.asr.SpeechRecognizer;
import dev.anchorpoint.audio.AudioChunker;
import dev.anchorpoint.audio.Pcm16;
import dev.anchorpoint.audio.PcmAudio;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.scoring.Scorecard;
import dev.anchorpoint.tagging.Tagger;
import dev.anchorpoint.transcript.MonoRoleAssigner;
import dev.anchorpoint.transcript.Role;
import dev.anchorpoint.transcript.Transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The post-call path: a whole recording or transcript through the same {@link InterviewPipeline} the live
 * server uses, fed in chunks as if it were streaming, so batch and live results agree.
 */
public final class RecordingScorer {
    /** Batch feeding chunk: large enough to keep the engine busy, small enough for a smooth progress bar. */
    private static final int CHUNK_MS = 500;

    private final Tagger tagger;
    private final Rubric rubric;
    private final String level;

    public RecordingScorer(Tagger tagger, Rubric rubric, String level) {
        this.tagger = tagger;
        this.rubric = rubric;
        this.level = level;
    }

    public Rubric rubric() {
        return rubric;
    }

    public record Result(Transcript transcript, Scorecard scorecard) {
    }

    /** Scores an imported transcript (roles already assigned). */
    public Result score(Transcript transcript, PipelineListener listener) {
        InterviewPipeline p = new InterviewPipeline(tagger, rubric, level, listener);
        transcript.utterances().forEach(p::add);
        return new Result(p.transcript(transcript.source()), p.scorecard());
    }

    /**
     * Recognises and scores a recording.
     *
     * @param progress receives how many ms of audio have been fed (may be null)
     */
    /** @param audio16k 16 kHz samples per channel, as {@code AudioDecoder.decode16kChannels} gives them */
    public Result score(short[][] audio16k, String source, SpeechRecognizer asr, ChannelRoles channels,
                        PipelineListener listener, LongConsumer progress) {
        InterviewPipeline p = new InterviewPipeline(tagger, rubric, level, listener);
        transcribe(p, audio16k, asr, channels, progress);
        return new Result(p.transcript(source), p.scorecard());
    }

    /** Recognition only: the transcript with roles, no tagging. */
    public static Transcript transcribe(short[][] audio16k, String source, SpeechRecognizer asr,
                                        ChannelRoles channels, LongConsumer progress) {
        InterviewPipeline p = new InterviewPipeline(u -> List.of(), null, null, null);
        transcribe(p, audio16k, asr, channels, progress);
        return p.transcript(source);
    }

    private static void transcribe(InterviewPipeline p, short[][] audio, SpeechRecognizer asr, ChannelRoles channels,
                                   LongConsumer progress) {
        List<short[]> pcm = new ArrayList<>();
        List<RecognitionStream> streams = new ArrayList<>();
        try {
            if (channels.mixed() || audio.length == 1) {
                if (!channels.mixed() && channels.roles().size() > 1) {
                    throw new IllegalArgumentException("--channels names " + channels.roles().size()
                            + " channels but the recording is mono");
                }
                pcm.add(Pcm16.mixDown(audio));
                Role only = channels.mixed() ? null : channels.roles().get(0);
                streams.add(p.openChannel(asr, only == null ? Role.UNKNOWN : only, null, 0,
                        only == null ? new MonoRoleAssigner() : null));
            } else {
                if (channels.roles().size() != audio.length) {
                    throw new IllegalArgumentException("--channels names " + channels.roles().size()
                            + " channels but the recording has " + audio.length);
                }
                for (int c = 0; c < audio.length; c++) {
                    pcm.add(audio[c]);
                    Role r = channels.roles().get(c);
                    streams.add(p.openChannel(asr, r, r.id(), 0, null));
                }
            }
            feed(pcm, streams, progress);
            streams.forEach(RecognitionStream::finish);
        } finally {
            streams.forEach(RecognitionStream::close);
        }
    }

    /** Interleaves the channels chunk by chunk, as a live call would deliver them. */
    private static void feed(List<short[]> pcm, List<RecognitionStream> streams, LongConsumer progress) {
        List<AudioChunker> chunkers = pcm.stream()
                .map(s -> new AudioChunker(s, PcmAudio.ASR_SAMPLE_RATE, CHUNK_MS)).toList();
        int chunks = chunkers.get(0).chunkCount();
        List<java.util.Iterator<short[]>> its = chunkers.stream().map(AudioChunker::iterator).toList();
        for (int i = 0; i < chunks; i++) {
            for (int c = 0; c < streams.size(); c++) {
                if (its.get(c).hasNext()) {
                    short[] chunk = its.get(c).next();
                    streams.get(c).accept(chunk, 0, chunk.length);
                }
            }
            if (progress != null) {
                progress.accept(Math.min((long) (i + 1) * CHUNK_MS, pcm.get(0).length * 1000L / PcmAudio.ASR_SAMPLE_RATE));
            }
        }
    }
}
