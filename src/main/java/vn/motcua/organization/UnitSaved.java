package vn.motcua.organization;

/**
 * Published when a unit and its role groups have been saved, so that what hangs on those groups (the
 * Tasklist filters of each role) can follow, in the same transaction.
 */
public record UnitSaved(String unitCode) {
}
