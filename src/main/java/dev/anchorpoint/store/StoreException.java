package dev.anchorpoint.store;

/** A storage problem with a message a person can act on. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
