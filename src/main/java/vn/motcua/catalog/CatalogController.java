package vn.motcua.catalog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalog of procedures in force. */
@RestController
@RequestMapping("/api/catalog/procedures")
@Tag(name = "Danh mục thủ tục", description = "Thủ tục hành chính đang có hiệu lực")
class CatalogController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Các thủ tục đang có hiệu lực")
    List<Procedure> inForce() {
        return catalog.inForce(LocalDate.now(VIETNAM));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Phiên bản đang có hiệu lực của một thủ tục")
    Procedure procedure(@PathVariable String code) {
        return catalog.inForce(code, LocalDate.now(VIETNAM))
                .orElseThrow(() -> new NoSuchElementException("Không có thủ tục mã " + code + " đang có hiệu lực."));
    }
}
