package dev.anchorpoint.transcript;

/**
 * A transcript that cannot be read or whose speakers cannot be given roles. The message is one line a person can
 * act on: it names the file, the line when there is one, what is wrong and how to fix it.
 */
public class TranscriptException extends RuntimeException {
    public TranscriptException(String message) {
        super(message);
    }

    public TranscriptException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "{source} line {line}: {problem}". */
    public static TranscriptException at(String source, int line, String problem) {
        return new TranscriptException(source + " line " + line + ": " + problem);
    }
}
