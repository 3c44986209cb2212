package vn.motcua.catalog;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may change the catalog and move running dossiers to new process versions: process
 * designers of any unit ({@code <unit>:designer}) and administrators ({@code camunda-admin}).
 * Controllers use it as {@code @PreAuthorize("@catalogEditors.mayEdit(authentication)")}.
 */
@Component("catalogEditors")
public class CatalogEditors {

    private static final String GROUP = "GROUP_";

    public boolean mayEdit(Authentication officer) {
        return officer != null && officer.getAuthorities().stream().map(authority -> authority.getAuthority())
                .anyMatch(authority -> authority.equals(GROUP + "camunda-admin")
                        || authority.startsWith(GROUP) && authority.endsWith(":designer"));
    }
}
