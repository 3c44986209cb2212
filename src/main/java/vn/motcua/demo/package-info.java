/**
 * The demo province's dossiers for {@code mvn spring-boot:run}: created on an empty register when
 * {@code motcua.demo.dossiers} is set, which only the dev profile does.
 */
@ApplicationModule(displayName = "Demo province")
package vn.motcua.demo;

import org.springframework.modulith.ApplicationModule;
