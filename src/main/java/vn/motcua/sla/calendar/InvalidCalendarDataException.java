package vn.motcua.sla.calendar;

/** A calendar file that cannot be read: malformed YAML, a missing or unknown field, a bad value. */
public class InvalidCalendarDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and where
     */
    public InvalidCalendarDataException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and where
     * @param cause   the underlying parse error
     */
    public InvalidCalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
