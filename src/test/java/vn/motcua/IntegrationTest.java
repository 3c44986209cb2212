package vn.motcua;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.portal.PortalSimulatorConfiguration;
import vn.motcua.postgres.EmbeddedPostgresConfiguration;

/**
 * The whole application on a real embedded PostgreSQL, on a random port, with the demo organization
 * (test profile) and the National Public Service Portal simulator. All integration tests share this one
 * Spring context, hence one engine and one database per JVM; tests use their own data and do not clean up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = MotcuaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({EmbeddedPostgresConfiguration.class, PortalSimulatorConfiguration.class})
public @interface IntegrationTest {
}
