/**
 * Synchronisation with the National Public Service Portal: every status change sent through an outbox
 * that survives a crash, online submissions received from the portal, reconciliation and the operators'
 * page.
 */
@ApplicationModule(displayName = "National Public Service Portal")
package vn.motcua.portal;

import org.springframework.modulith.ApplicationModule;
