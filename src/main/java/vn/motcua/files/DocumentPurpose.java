package vn.motcua.files;

/** Why a file is part of a dossier. */
public enum DocumentPurpose {

    /** A document of the dossier as submitted (counter, post, online, portal). */
    INPUT,
    /** A document the applicant added when asked for a supplement. */
    SUPPLEMENT,
    /** The electronic result (digitized result of Circular 01/2023/TT-VPCP). */
    RESULT
}
