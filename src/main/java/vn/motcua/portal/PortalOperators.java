package vn.motcua.portal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may look at the portal outbox and reconcile: supervisors of any unit ({@code <unit>:supervisor})
 * and administrators ({@code camunda-admin}). Used as
 * {@code @PreAuthorize("@portalOperators.mayOperate(authentication)")}.
 */
@Component("portalOperators")
public class PortalOperators {

    private static final String GROUP = "GROUP_";

    public boolean mayOperate(Authentication officer) {
        return officer != null && officer.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.equals(GROUP + "camunda-admin")
                        || authority.startsWith(GROUP) && authority.endsWith(":supervisor"));
    }
}
