package vn.motcua.postgres;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * For a program that starts the application from the test classpath outside a Spring test (a benchmark): leaves
 * the {@link TestConfiguration}s of src/test, such as {@link EmbeddedPostgresConfiguration}, out of the component
 * scan. Register it as a singleton bean in an initializer.
 */
public final class TestConfigurationsExcluded extends TypeExcludeFilter {

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TestConfigurationsExcluded;
    }

    @Override
    public int hashCode() {
        return TestConfigurationsExcluded.class.hashCode();
    }
}
