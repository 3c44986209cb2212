package vn.motcua.monitoring;

/**
 * The service step of the test process {@code ops-failing-step}: while the variable {@code failing} is true its
 * expression fails with this text in its message (a model runs no Java code of its own).
 */
final class FailingStep {

    static final String MESSAGE = "Hệ thống liên thông không phản hồi";

    private FailingStep() {
    }
}
