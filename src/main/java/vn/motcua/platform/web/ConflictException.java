package vn.motcua.platform.web;

/** A request that conflicts with the current state (answered 409); the message is shown to the user. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
