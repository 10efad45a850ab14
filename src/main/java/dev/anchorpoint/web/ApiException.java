package dev.anchorpoint.web;

/** A request that cannot be served, with the HTTP status and a message for the person who sent it. */
public class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiException notFound(String id) {
        return new ApiException(404, "no interview with id '" + id + "'");
    }
}
