/**
 * Guards of the engine's own REST API (the Tasklist's and {@code /engine-rest}): platform-owned variables,
 * job execution, identity writes and none-start requests refused; engine exceptions answered as RFC 7807
 * problems; the counter's start forms filled with the officer's reception centers
 * ({@link vn.motcua.platform.engineapi.ReceptionCenters}, kept by the organization).
 */
@NamedInterface("engineapi")
package vn.motcua.platform.engineapi;

import org.springframework.modulith.NamedInterface;
