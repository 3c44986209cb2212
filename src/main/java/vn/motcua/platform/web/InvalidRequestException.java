package vn.motcua.platform.web;

/** A request our rules refuse (answered 400); the message is Vietnamese and shown to the user. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
