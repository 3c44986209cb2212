/**
 * Messages to applicants and officers about their dossiers (e-mail and SMS senders; the one shipped is a
 * simulator, named as one).
 */
@ApplicationModule(displayName = "Notifications")
package vn.motcua.notification;

import org.springframework.modulith.ApplicationModule;
