package dev.anchorpoint.audio;

/** Audio that cannot be decoded: the message is one line a person can act on. */
public class AudioFormatException extends RuntimeException {
    public AudioFormatException(String message) {
        super(message);
    }

    public AudioFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
