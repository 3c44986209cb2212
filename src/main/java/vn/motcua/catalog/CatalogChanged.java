package vn.motcua.catalog;

/**
 * The catalog got new versions of procedures (an import); published inside the transaction that wrote them, so
 * listeners that act on the engine (deploying the processes generated from the new records) wait for its commit.
 *
 * @param source what changed it, e.g. the imported file's name
 */
public record CatalogChanged(String source) {
}
