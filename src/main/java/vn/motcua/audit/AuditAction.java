package vn.motcua.audit;

/** What an audit event records. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    AUTHORIZATION_CREATE,
    AUTHORIZATION_UPDATE,
    AUTHORIZATION_DELETE,
    DEPLOYMENT_CREATE,
    DEPLOYMENT_DELETE
}
