package vn.motcua.platform.engine;

import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A rule of the platform refused what a caller asked the engine to do (start a process, write a
 * variable), from inside the engine, e.g. a start listener: the transaction rolls back and both engine
 * REST APIs answer {@link #status()} as problem+json with the Vietnamese {@link #getMessage() detail},
 * instead of the 500 Camunda gives any exception thrown by a listener.
 */
public class RefusedEngineRequest extends ProcessEngineException {

    private final int status;

    private RefusedEngineRequest(int status, String detail) {
        super(detail);
        this.status = status;
    }

    /** 400: the request itself is wrong (a process that may not be started on its own, a bad value). */
    public static RefusedEngineRequest badRequest(String detail) {
        return new RefusedEngineRequest(400, detail);
    }

    /** 403: the caller may not do this (not a reception officer of that unit). */
    public static RefusedEngineRequest forbidden(String detail) {
        return new RefusedEngineRequest(403, detail);
    }

    /** 409: the state does not allow it (the dossier already has a process). */
    public static RefusedEngineRequest conflict(String detail) {
        return new RefusedEngineRequest(409, detail);
    }

    /** The HTTP status the refusal answers. */
    public int status() {
        return status;
    }

    /** The refusal behind {@code failure}, however the engine or Camunda's REST layer wrapped it. */
    public static Optional<RefusedEngineRequest> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedEngineRequest refusal) {
                return Optional.of(refusal);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
