package vn.motcua.organization;

import java.util.List;

/**
 * Published when units and their role groups have been saved (one event for a whole import), so that what hangs on
 * those groups (the Tasklist filters of each role) can follow, in the same transaction.
 */
public record UnitsSaved(List<String> unitCodes) {
}
