package dev.anchorpoint.rubric;

/** A rubric that cannot be loaded or is not valid; the message says which file and what to fix. */
public class RubricException extends RuntimeException {
    public RubricException(String message) {
        super(message);
    }

    public RubricException(String message, Throwable cause) {
        super(message, cause);
    }
}
