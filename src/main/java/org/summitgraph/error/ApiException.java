package org.summitgraph.error;

/** An error whose message is meant for the client, with its {@code extensions.code}. */
public class ApiException extends RuntimeException {

    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public static ApiException badInput(String message) {
        return new ApiException(ErrorCode.BAD_USER_INPUT, message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(ErrorCode.NOT_FOUND, what + " does not exist");
    }

    /** The edit was based on {@code expected} but the object is at {@code actual}. */
    public static ApiException staleVersion(String what, int expected, int actual) {
        return new ApiException(ErrorCode.CONFLICT,
                what + " has changed: the edit is based on version " + expected + ", it is at version " + actual);
    }

    public ErrorCode code() {
        return code;
    }
}
