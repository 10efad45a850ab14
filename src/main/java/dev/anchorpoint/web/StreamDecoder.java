package dev.anchorpoint.web;

import dev.anchorpoint.audio.PcmAudio;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchorpoint.asr.RecognitionListener;
import dev.anchorpoint.asr.RecognitionStream;
import dev.anchorpoint.asr.RecognizedSegment;
import dev.anchorpoint.asr.SpeechRecognizer;
import dev.anchorpoint.transcript.Word;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One recognition stream fed from a socket. Audio is queued and decoded on the stream's own thread, so the socket
 * answers every frame at once with the newest result or partial available (the vosk-server reply discipline)
 * while decoding runs behind it. Replies are vosk's JSON: {@code {"partial": ...}} or
 * {@code {"result": [{"conf","end","start","word"}], "text": ...}} with times in seconds from the stream start.
 */
final class StreamDecoder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamDecoder.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final short[] FINISH = new short[0];
    private static final short[] RESET = new short[0];
    /** How long a reset waits for decoding to catch up with the audio already received. */
    private static final long RESET_TIMEOUT_MS = 60_000;
    private final Queue<CountDownLatch> resets = new ConcurrentLinkedQueue<>();
    /** Start of the current recognition stream in the socket's audio: a reset starts a new stream there. */
    private volatile long streamStartMs;
    private final BlockingQueue<short[]> queue = new LinkedBlockingQueue<>();
    private final List<RecognizedSegment> pending = new ArrayList<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicLong queuedSamples = new AtomicLong();
    private final AtomicLong decodedSamples = new AtomicLong();
    private final SpeechRecognizer asr;
    private final RecognitionListener listener;
    private volatile RecognitionStream stream;
    private final String name;
    private final Thread worker;
    private volatile String partial = "";
    private volatile String failure;
    private volatile boolean closed;
    private volatile boolean aborted;

    /**
     * @param onSegment called on the decoding thread for every final segment (after it is queued for the reply)
     * @param onPartial called on the decoding thread for partial text
     */
    StreamDecoder(SpeechRecognizer asr, String name, Consumer<RecognizedSegment> onSegment,
                  Consumer<String> onPartial) {
        this.name = name;
        this.asr = asr;
        this.listener = new RecognitionListener() {
            @Override
            public void onPartial(String text) {
                partial = text == null ? "" : text;
                if (onPartial != null) {
                    try {
                        onPartial.accept(partial);
                    } catch (RuntimeException e) {
                        LOG.warn("{}: cannot forward a partial: {}", name, e.getMessage());
                    }
                }
            }

            @Override
            public void onSegment(RecognizedSegment fromStream) {
                RecognizedSegment segment = fromStream.shifted(streamStartMs);
                synchronized (pending) {
                    pending.add(segment);
                }
                partial = "";
                if (onSegment != null) {
                    try {
                        onSegment.accept(segment);
                    } catch (RuntimeException e) {
                        // Storage or tagging trouble must not stop recognition of the rest of the stream.
                        LOG.error("{}: cannot record the segment '{}': {}", name, segment.text(), e.getMessage(), e);
                    }
                }
            }
        };
        this.worker = new Thread(this::run, "decode-" + name);
        worker.setDaemon(true);
        worker.start();
    }

    void accept(short[] samples) {
        if (closed || samples.length == 0) {
            return;
        }
        queuedSamples.addAndGet(samples.length);
        queue.add(samples);
    }

    /** Audio received but not decoded yet, in milliseconds: how far decoding runs behind the socket. */
    long backlogMs() {
        return (queuedSamples.get() - decodedSamples.get()) * 1000 / PcmAudio.ASR_SAMPLE_RATE;
    }

    long receivedMs() {
        return queuedSamples.get() * 1000 / PcmAudio.ASR_SAMPLE_RATE;
    }

    String failure() {
        return failure;
    }

    /** The reply to a binary frame: final results since the last reply, else the current partial. */
    String reply() {
        String result = takeResult();
        if (result != null) {
            return result;
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("partial", partial);
        return n.toString();
    }

    /**
     * The reply to {@code {"reset": 1}}, as vosk-server's (the recognizer's final result): the utterance in progress
     * is ended and flushed with the results since the last reply, and recognition goes on in a new stream whose
     * times continue from the socket's start. Waits for decoding to reach the reset.
     */
    String resetReply() {
        if (!closed && !isFinished()) {
            CountDownLatch done = new CountDownLatch(1);
            resets.add(done);
            queue.add(RESET);
            long deadline = System.nanoTime() + RESET_TIMEOUT_MS * 1_000_000;
            try {
                // the decoding thread may also end (failure, close) before it reaches the reset
                while (!done.await(200, TimeUnit.MILLISECONDS) && !isFinished()) {
                    if (System.nanoTime() > deadline) {
                        LOG.warn("{}: reset did not finish within {} ms", name, RESET_TIMEOUT_MS);
                        break;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String result = takeResult();
        if (result != null) {
            return result;
        }
        partial = "";
        return "{\"text\":\"\"}";
    }

    /** Decodes everything queued, flushes the last segment and returns it as the final result. */
    String finish(long timeoutMs) {
        if (!closed) {
            closed = true;
            queue.add(FINISH);
        }
        try {
            if (!finished.await(timeoutMs, TimeUnit.MILLISECONDS)) {
                LOG.warn("decoder did not finish within {} ms", timeoutMs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String result = takeResult();
        return result != null ? result : "{\"text\":\"\"}";
    }

    private String takeResult() {
        List<RecognizedSegment> segs;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return null;
            }
            segs = new ArrayList<>(pending);
            pending.clear();
        }
        ObjectNode n = JSON.createObjectNode();
        ArrayNode words = n.putArray("result");
        StringBuilder text = new StringBuilder();
        for (RecognizedSegment s : segs) {
            for (Word w : s.words()) {
                ObjectNode o = words.addObject();
                o.put("conf", Math.round(w.confidence() * 1e6) / 1e6);
                o.put("end", w.endMs() / 1000.0);
                o.put("start", w.startMs() / 1000.0);
                o.put("word", w.text());
            }
            if (!s.text().isBlank()) {
                text.append(text.length() == 0 ? "" : " ").append(s.text().trim());
            }
        }
        n.put("text", text.toString());
        return n.toString();
    }

    private void run() {
        try {
            while (true) {
                short[] chunk = queue.take();
                if (chunk == RESET) {
                    endStream();
                    resets.remove().countDown();
                    continue;
                }
                if (chunk == FINISH) {
                    if (stream != null) {
                        stream.finish();
                    }
                    return;
                }
                if (stream == null) {
                    // Opened with the first audio, on this thread: opening may load a model (seconds) and socket
                    // replies must not wait for it; a stream without audio is never opened.
                    stream = asr.open(listener);
                }
                if (aborted) {
                    return;
                }
                stream.accept(chunk, 0, chunk.length);
                decodedSamples.addAndGet(chunk.length);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.error("speech recognition failed on {}: {}", worker.getName(), failure, e);
        } finally {
            try {
                if (stream != null) {
                    stream.close();
                }
            } catch (RuntimeException e) {
                LOG.debug("closing stream: {}", e.getMessage());
            }
            finished.countDown();
        }
    }

    /** Flushes and releases the current stream (its decoder goes back to the pool); the next audio opens another. */
    private void endStream() {
        if (stream != null) {
            try {
                stream.finish();
            } finally {
                stream.close();
                stream = null;
            }
        }
        streamStartMs = decodedSamples.get() * 1000 / PcmAudio.ASR_SAMPLE_RATE;
    }

    boolean isFinished() {
        return finished.getCount() == 0;
    }

    /**
     * The socket is gone: decode what was received, flush the utterance in progress to the listener, then release
     * the stream. Returns at once; the work finishes on the decoding thread.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.add(FINISH);
    }

    /** Drops queued audio and stops now (server shutdown). */
    void abort() {
        aborted = true;
        closed = true;
        queue.clear();
        queue.add(FINISH);
        try {
            finished.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
