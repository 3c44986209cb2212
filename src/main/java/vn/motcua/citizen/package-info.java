/**
 * Everything a citizen sees: sign-in with the national e-ID (VNeID; {@code simulator} is a local simulator
 * named as one), their dossiers, online payment of fees and their e-receipts.
 */
@ApplicationModule(displayName = "Citizens")
package vn.motcua.citizen;

import org.springframework.modulith.ApplicationModule;
