package vn.motcua.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the catalog comes from.
 *
 * @param file the catalog YAML applied at start-up: versions not yet known are added, known versions
 *             are never changed (an amendment is a new version)
 */
@ConfigurationProperties("motcua.catalog")
public record CatalogProperties(@DefaultValue("classpath:processes/catalog/procedures.yaml") Resource file) {
}
