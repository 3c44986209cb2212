package vn.motcua.platform.engineapi;

import java.util.Set;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Users, groups, memberships, tenants and authorizations are changed by administrators only (members of
 * {@code camunda-admin}), whatever grants the engine holds: through {@code /engine-rest} and the webapps'
 * engine API (Camunda Admin's pages) anyone else gets 403 problem+json before the engine is asked.
 * Reading stays with the engine's own checks (the Tasklist reads the officer's profile).
 */
@Priority(Priorities.AUTHORIZATION)
public class IdentityWritesForAdministrators implements ContainerRequestFilter {

    private static final String ADMINISTRATOR = "GROUP_" + Groups.CAMUNDA_ADMIN;
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** The path relative to the application: {@code user/…} or {@code engine/<name>/user/…}. */
    private static final Pattern IDENTITY = Pattern.compile("^/?(?:engine/[^/]+/)?(?:user|group|tenant|authorization)(?:/|$)");

    /** Camunda's group query also answers POST (a query body, nothing written). */
    private static final Pattern GROUP_QUERY = Pattern.compile("(?:^|/)group(?:/count)?/?$");

    @Override
    public void filter(ContainerRequestContext request) {
        if (READS.contains(request.getMethod()) || !IDENTITY.matcher(request.getUriInfo().getPath()).find()) {
            return;
        }
        if (request.getMethod().equals("POST") && GROUP_QUERY.matcher(request.getUriInfo().getPath()).find()) {
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean administrator = caller != null && caller.isAuthenticated() && caller.getAuthorities().stream()
                .anyMatch(authority -> ADMINISTRATOR.equals(authority.getAuthority()));
        if (!administrator) {
            request.abortWith(TaskConflicts.problem(Response.Status.FORBIDDEN,
                    "Chỉ quản trị viên được thay đổi tài khoản, nhóm, đơn vị thuê và phân quyền. Cán bộ đổi mật khẩu của mình tại /api/organization/me/password."));
        }
    }
}
