package vn.motcua.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the e-mails to applicants ({@code motcua.notification.mail.*}). The SMTP server itself is
 * Spring Boot's {@code spring.mail.*} (host, port, username, password).
 *
 * @param enabled        whether status changes are queued for the applicant at all; off: nothing is queued
 * @param from           the sender address applicants see
 * @param lookupBaseUrl  the public address of the lookup page's site; empty: {@code motcua.public.base-url}
 * @param senderEnabled  whether this node sends the queue (the queue is filled either way)
 * @param pollInterval   how often the queue is looked at
 * @param batchSize      how many e-mails one round sends at most
 * @param backoffBase    the wait after a first failure, doubled after each further failure
 * @param backoffMax     the longest wait between two attempts
 */
@ConfigurationProperties("motcua.notification.mail")
public record ApplicantMailProperties(@DefaultValue("false") boolean enabled,
                                      @DefaultValue("no-reply@motcua.local") String from,
                                      String lookupBaseUrl,
                                      @DefaultValue("true") boolean senderEnabled,
                                      @DefaultValue("5s") Duration pollInterval,
                                      @DefaultValue("20") int batchSize,
                                      @DefaultValue("30s") Duration backoffBase,
                                      @DefaultValue("30m") Duration backoffMax) {
}
