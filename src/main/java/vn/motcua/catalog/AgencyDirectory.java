package vn.motcua.catalog;

import java.util.Optional;

import vn.motcua.catalog.Procedure.Level;

/**
 * Whether the province has a unit that can act as an agency a catalog record names: the implementing or a
 * coordinating agency of a procedure. The catalog import refuses a row whose agency nobody in the province is,
 * since its dossiers could not be routed. Implemented from the unit tree by the process generation, which routes
 * by the same names.
 */
public interface AgencyDirectory {

    /** A lookup of the organization as it stands, for one import. */
    Lookup current();

    /** The organization's answer for one agency name. */
    interface Lookup {

        /**
         * Why no unit of the province acts as this agency for procedures of this level, in Vietnamese; empty when
         * one does.
         */
        Optional<String> unknown(Level level, String agency);
    }
}
