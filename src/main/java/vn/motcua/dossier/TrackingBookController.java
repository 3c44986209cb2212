package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Unit;
import vn.motcua.platform.web.InvalidRequestException;
import vn.motcua.printing.PrintedForms;
import vn.motcua.printing.TrackingBook;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * Form 7, a counter's tracking book as PDF, for a day ({@code ?day=yyyy-MM-dd}) or a month ({@code ?month=yyyy-MM}).
 * Only the unit's own officers and the provincial administrators read it: for anyone else the counter does not exist
 * (404), as a dossier of another unit does not.
 */
@RestController
@RequestMapping("/api/counters")
class TrackingBookController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final DossierRepository dossiers;
    private final DossierAccess access;
    private final OrganizationService organization;
    private final PrintedForms printedForms;

    TrackingBookController(DossierRepository dossiers, DossierAccess access, OrganizationService organization,
                           PrintedForms printedForms) {
        this.dossiers = dossiers;
        this.access = access;
        this.organization = organization;
        this.printedForms = printedForms;
    }

    @GetMapping(path = "/{unit}/tracking-book.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Sổ theo dõi hồ sơ của bộ phận một cửa (mẫu 07) theo ngày (day=yyyy-MM-dd) hoặc theo tháng "
            + "(month=yyyy-MM), PDF")
    ResponseEntity<byte[]> trackingBook(@PathVariable String unit, @RequestParam(required = false) String day,
                                        @RequestParam(required = false) String month, Authentication officer) {
        Unit counter = organization.unit(unit)
                .filter(found -> access.isAdministrator(officer) || access.units(officer).contains(found.code()))
                .orElseThrow(() -> new NoSuchElementException("Không tìm thấy bộ phận một cửa " + unit + "."));
        if ((day == null) == (month == null)) {
            throw new InvalidRequestException("Cần chọn đúng một kỳ: ngày (day=yyyy-MM-dd) hoặc tháng (month=yyyy-MM).");
        }
        LocalDate from;
        LocalDate to;
        String period;
        String fileSuffix;
        try {
            if (day != null) {
                from = LocalDate.parse(day);
                to = from.plusDays(1);
                period = "Ngày " + DAY.format(from);
                fileSuffix = from.toString();
            } else {
                YearMonth chosen = YearMonth.parse(month);
                from = chosen.atDay(1);
                to = chosen.plusMonths(1).atDay(1);
                period = "Tháng " + MONTH.format(chosen);
                fileSuffix = chosen.toString();
            }
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Ngày hoặc tháng của kỳ không hợp lệ: ngày theo dạng yyyy-MM-dd, tháng theo dạng yyyy-MM.");
        }
        Map<String, String> unitNames = organization.unitNames();
        List<TrackingBook.Entry> entries = dossiers.bookedAt(counter.code(), start(from), start(to)).stream()
                .map(dossier -> new TrackingBook.Entry(dossier.code(), dossier.procedureName(),
                        dossier.applicant().name(), contact(dossier.applicant()),
                        dossier.handlingUnit() == null ? null : unitNames.get(dossier.handlingUnit()),
                        dossier.submittedAt(), dossier.appointmentAt(), dossier.returnedAt(), dossier.status().label()))
                .toList();
        byte[] pdf = printedForms.render(TrackingBook.builder()
                .parentUnit(organization.parentNameOf(counter))
                .counterUnit(counter.name())
                .period(period)
                .entries(entries)
                .printedAt(Instant.now())
                .build());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"so-theo-doi-ho-so-" + counter.code() + "-" + fileSuffix + ".pdf\"")
                .body(pdf);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(WorkingTimeCalculator.ZONE).toInstant();
    }

    private static String contact(Applicant applicant) {
        String joined = String.join(", ", Stream.of(applicant.address(), applicant.phone())
                .filter(part -> part != null && !part.isBlank()).toList());
        return joined.isEmpty() ? null : joined;
    }
}
