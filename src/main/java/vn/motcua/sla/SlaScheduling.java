package vn.motcua.sla;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled methods: each node re-reads the working-day calendar when another node changed it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SlaScheduling {
}
