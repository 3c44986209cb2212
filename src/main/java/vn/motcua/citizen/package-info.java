/**
 * Everything a citizen sees: sign-in with the national e-ID (VNeID; {@code simulator} is a local simulator
 * named as one), their dossiers, online payment of fees and the gateway's return page, their e-receipts, and
 * the public pages without login: the dossier lookup ({@code /tra-cuu}) and the e-receipt lookup the printed
 * QR codes open.
 */
@ApplicationModule(displayName = "Citizens")
package vn.motcua.citizen;

import org.springframework.modulith.ApplicationModule;
