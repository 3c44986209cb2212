package vn.motcua.fees.gateway;

/** A callback whose fields cannot be read (a required field missing, an amount that is not a number). */
public class MalformedCallbackException extends RuntimeException {

    public MalformedCallbackException(String message) {
        super(message);
    }
}
