package dev.anchorpoint.asr;

import dev.anchorpoint.transcript.Word;
import edu.cmu.sphinx.api.SpeechResult;
import edu.cmu.sphinx.decoder.ResultListener;
import edu.cmu.sphinx.result.Result;
import edu.cmu.sphinx.result.WordResult;
import edu.cmu.sphinx.util.LogMath;
import edu.cmu.sphinx.util.TimeFrame;
import edu.cmu.sphinx.util.props.PropertySheet;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Feeds one Sphinx4 decoder continuously: accept() puts PCM bytes on a bounded queue, a dedicated thread reads them
 * through an InputStream and calls the recognizer in a loop (one result per utterance, as found by Sphinx's speech
 * marker). Partials come from the non-final results Sphinx4 fires every featureBlockSize frames (0.5 s).
 */
final class SphinxStream implements RecognitionStream {
    private static final Logger LOG = Logger.getLogger(SphinxStream.class.getName());
    private static final byte[] END = new byte[0];
    /** About 10 s of audio in 100 ms chunks: enough slack for bursts, small enough to apply back-pressure. */
    private static final int QUEUE_CHUNKS = 100;

    private final SphinxSpeechRecognizer owner;
    private final SphinxDecoder decoder;
    private final RecognitionListener listener;
    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
    private final Thread thread;
    private final PartialListener partials = new PartialListener();
    private volatile Throwable failure;
    private volatile boolean ended;
    private boolean released;

    SphinxStream(SphinxSpeechRecognizer owner, SphinxDecoder decoder, RecognitionListener listener) {
        this.owner = owner;
        this.decoder = decoder;
        this.listener = listener;
        decoder.attach(new QueueInputStream());
        decoder.addResultListener(partials);
        thread = new Thread(this::decodeLoop, "sphinx-decoder");
        thread.setDaemon(true);
        thread.start();
    }

    private void decodeLoop() {
        try {
            SpeechResult result;
            while ((result = decoder.nextUtterance()) != null) {
                RecognizedSegment segment = toSegment(result.getWords());
                if (segment != null) {
                    listener.onSegment(segment);
                }
            }
        } catch (Throwable t) {
            failure = t;
            LOG.log(Level.WARNING, "Sphinx decoding failed", t);
            queue.clear(); // unblock a producer waiting in accept()
        }
    }

    static RecognizedSegment toSegment(List<WordResult> results) {
        List<Word> words = new ArrayList<>();
        LogMath logMath = LogMath.getLogMath();
        for (WordResult r : results) {
            String text = spelling(r);
            if (text == null) {
                continue;
            }
            TimeFrame frame = r.getTimeFrame();
            double confidence = logMath.logToLinear((float) r.getConfidence());
            if (!(confidence >= 0)) {
                confidence = 0;
            }
            words.add(new Word(text, frame.getStart(), frame.getEnd(), Math.min(1.0, confidence)));
        }
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Word w : words) {
            text.append(text.length() == 0 ? "" : " ").append(w.text());
        }
        return new RecognizedSegment(text.toString(), words.get(0).startMs(), words.get(words.size() - 1).endMs(), words);
    }

    /** The word as people write it, or null for silence, sentence marks and fillers ([NOISE], ++BREATH++...). */
    static String spelling(WordResult r) {
        if (r.isFiller()) {
            return null;
        }
        String s = r.getWord().getSpelling();
        if (s.isEmpty() || s.startsWith("<") || s.startsWith("[") || s.startsWith("+")) {
            return null;
        }
        int variant = s.indexOf('(');
        return variant > 0 ? s.substring(0, variant) : s;
    }

    @Override
    public void accept(short[] samples, int offset, int length) {
        if (ended) {
            throw new IllegalStateException("accept() after finish() or close()");
        }
        byte[] bytes = new byte[length * 2];
        for (int i = 0; i < length; i++) {
            short s = samples[offset + i];
            bytes[2 * i] = (byte) s;
            bytes[2 * i + 1] = (byte) (s >> 8);
        }
        try {
            while (!queue.offer(bytes, 200, TimeUnit.MILLISECONDS)) {
                checkFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AsrException("Interrupted while feeding audio to Sphinx", e);
        }
        checkFailure();
    }

    private void checkFailure() {
        Throwable t = failure;
        if (t != null) {
            throw t instanceof AsrException a ? a : new AsrException("Sphinx decoding failed: " + t, t);
        }
    }

    @Override
    public void finish() {
        if (!ended) {
            ended = true;
            putEnd();
        }
        join();
        checkFailure();
    }

    private void putEnd() {
        try {
            while (failure == null && !queue.offer(END, 200, TimeUnit.MILLISECONDS)) {
                // decoder still busy: wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AsrException("Interrupted while waiting for Sphinx to finish", e);
        }
    }

    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        if (!ended) {
            // abandoned stream: drop what is queued and let the decoder run out
            ended = true;
            queue.clear();
            putEnd();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        released = true;
        decoder.removeResultListener(partials);
        if (failure == null && !thread.isAlive()) {
            owner.release(decoder);
        } else {
            decoder.deallocate();
        }
    }

    /** Bytes from the queue until the END marker; Sphinx's StreamDataSource reads from it on the decoder thread. */
    private final class QueueInputStream extends InputStream {
        private byte[] current = new byte[0];
        private int pos;
        private boolean eof;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int n = 0;
            while (n < len) {
                if (pos == current.length) {
                    if (eof || !next(n == 0)) {
                        break;
                    }
                    continue;
                }
                int k = Math.min(len - n, current.length - pos);
                System.arraycopy(current, pos, b, off + n, k);
                pos += k;
                n += k;
            }
            return n == 0 && eof ? -1 : n;
        }

        /** Takes the next chunk; blocks only when nothing was read yet in this call. */
        private boolean next(boolean block) {
            byte[] chunk;
            try {
                chunk = block ? queue.take() : queue.poll();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                chunk = END;
            }
            if (chunk == null) {
                return false;
            }
            if (chunk == END) {
                eof = true;
                return false;
            }
            current = chunk;
            pos = 0;
            return true;
        }
    }

    /** Non-final results arrive every featureBlockSize frames; forwards the best hypothesis so far when it changes. */
    private final class PartialListener implements ResultListener {
        private String last = "";

        @Override
        public void newResult(Result result) {
            if (result.isFinal()) {
                last = "";
                return;
            }
            String text = SphinxDecoder.partialText(result).trim();
            if (!text.isEmpty() && !text.equals(last)) {
                last = text;
                listener.onPartial(text);
            }
        }

        @Override
        public void newProperties(PropertySheet ps) {
        }
    }
}
