package vn.motcua.catalog.importing;

import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.importing.CatalogDiff.Change;

/**
 * A procedure's versions as decisions changed it, and what changed between two of them, compared field by field as
 * an import compares a row with the version before.
 */
@RestController
@RequestMapping("/api/catalog/procedures/{code}/versions")
@Tag(name = "Danh mục thủ tục", description = "Thủ tục hành chính đang có hiệu lực")
class CatalogVersionController {

    private final Catalog catalog;

    CatalogVersionController(Catalog catalog) {
        this.catalog = catalog;
    }

    /** What changed from one version to another, e.g. {@code ?from=1&to=2}. */
    record VersionDiff(String code, int from, int to, List<Change> changes) {
    }

    @GetMapping
    @Operation(summary = "Các phiên bản của một thủ tục, từ cũ đến mới, với ngày bắt đầu và hết hiệu lực")
    List<Procedure> versions(@PathVariable String code) {
        List<Procedure> versions = catalog.versions(code);
        if (versions.isEmpty()) {
            throw new NoSuchElementException("Không có thủ tục mã " + code + " trong danh mục.");
        }
        return versions.stream().sorted(Comparator.comparingInt(Procedure::version)).toList();
    }

    @GetMapping("/diff")
    @Operation(summary = "Những gì thay đổi giữa hai phiên bản của một thủ tục (from, to)")
    VersionDiff diff(@PathVariable String code, @RequestParam int from, @RequestParam int to) {
        return new VersionDiff(code, from, to, CatalogImports.changes(version(code, from), version(code, to)));
    }

    private Procedure version(String code, int version) {
        return catalog.version(code, version).orElseThrow(() -> new NoSuchElementException(
                "Thủ tục mã " + code + " không có phiên bản " + version + "."));
    }
}
