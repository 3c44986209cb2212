package vn.motcua.platform.engineapi;

import java.util.Collection;
import java.util.Map;

/**
 * The reception centers an officer may receive dossiers at, as the organization knows them: the counter's
 * start forms offer exactly these ({@link ReceptionFormOptions}).
 */
public interface ReceptionCenters {

    /**
     * The units where an officer with these engine groups holds the reception role, code to display name
     * (iterated in code order).
     */
    Map<String, String> of(Collection<String> groupIds);
}
