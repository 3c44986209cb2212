package vn.motcua.design.generation;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.design.generation.CatalogProcesses.Status;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/** For designers and administrators: which procedures run a hand-drawn process, a generated one, or none and why. */
@RestController
@Tag(name = "Quy trình của danh mục", description = "Thủ tục chạy quy trình vẽ tay, quy trình sinh tự động hay chưa chạy")
class CatalogProcessController {

    private final CatalogProcesses processes;

    CatalogProcessController(CatalogProcesses processes) {
        this.processes = processes;
    }

    @GetMapping("/api/catalog/processes")
    @PreAuthorize("@catalogEditors.mayEdit(authentication)")
    @Operation(summary = "Quy trình của từng thủ tục đang có hiệu lực: vẽ tay, sinh tự động, hoặc chưa chạy và lý do")
    List<Status> statuses() {
        return processes.statuses(LocalDate.now(WorkingTimeCalculator.ZONE));
    }
}
