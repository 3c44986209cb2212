package vn.motcua.citizen;

import java.util.List;

/**
 * The dossiers a citizen submitted, for the citizen's own eyes. Today read from the engine's history;
 * the dossier module will provide its own implementation from its tables.
 */
public interface CitizenDossiers {

    /**
     * The dossiers whose applicant has this personal ID (CCCD, 12 digits), newest first, never anybody
     * else's.
     */
    List<CitizenDossier> of(String citizenId);
}
