package dev.anchorpoint.asr;

/** An engine or model problem, with a message a person can act on (names the path and the fix). */
public class AsrException extends RuntimeException {
    public AsrException(String message) {
        super(message);
    }

    public AsrException(String message, Throwable cause) {
        super(message, cause);
    }
}
