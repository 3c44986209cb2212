/**
 * Authentication and the web security chain for officers and API clients: sign-in against the engine's
 * identity, sessions shared between nodes and ended when an account's standing narrows
 * ({@link vn.motcua.platform.security.AccountStanding}, kept by the organization), problem+json for 401
 * and 403, request throttling and the production safeguard against demo settings.
 */
@NamedInterface("security")
package vn.motcua.platform.security;

import org.springframework.modulith.NamedInterface;
