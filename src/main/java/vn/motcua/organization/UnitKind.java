package vn.motcua.organization;

/** The kinds of unit after the two-level local government reform of 1 July 2025. */
public enum UnitKind {
    /** Provincial People's Committee: the root of the tree. */
    PROVINCE,
    /** Public administration service center (provincial, or a commune's/ward's). */
    SERVICE_CENTER,
    /** A department (Sở) of the province. */
    DEPARTMENT,
    /** Commune or ward People's Committee. */
    COMMUNE
}
