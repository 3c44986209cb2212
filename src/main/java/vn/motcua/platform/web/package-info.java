/**
 * Answers every module gives the web alike: RFC 7807 problems for bad input and conflicts
 * ({@link vn.motcua.platform.web.InvalidRequestException}, {@link vn.motcua.platform.web.ConflictException}),
 * strict UTF-8 and well-formed text and parameters, single-line text for logs and the audit trail.
 */
@NamedInterface("web")
package vn.motcua.platform.web;

import org.springframework.modulith.NamedInterface;
