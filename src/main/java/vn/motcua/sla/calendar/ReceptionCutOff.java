package vn.motcua.sla.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * The same-day reception cut-off as administrators set it: a dossier of a same-day procedure received on a
 * working day after this time is due at the end of the next working day. A stored value overrides
 * {@code motcua.sla.same-day-cut-off}; it applies to dossiers received from then on (deadlines already
 * counted keep their value). Every change is audited.
 *
 * <p>Worked example with the default 15:00: received Monday 14:59 → due Monday 17:30; received Monday 15:01
 * → due Tuesday 17:30. With 16:00 stored, Monday 15:30 → Monday 17:30.
 */
@Service
public class ReceptionCutOff {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final SlaSettingRepository settings;
    private final CurrentWorkingTime workingTime;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    ReceptionCutOff(SlaSettingRepository settings, CurrentWorkingTime workingTime, AuditTrail audit,
                    PlatformTransactionManager transactionManager) {
        this.settings = settings;
        this.workingTime = workingTime;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The cut-off as the settings page shows it.
     *
     * @param inForce      the cut-off deadlines are counted with now
     * @param defaultValue the configured one, in force while none is stored
     * @param workingHours the office periods, e.g. "07:30–11:30, 13:30–17:30"
     * @param updatedBy    who stored the value in force, {@code null} for the configured one
     */
    public record View(LocalTime inForce, LocalTime defaultValue, String workingHours, String updatedBy,
                       Instant updatedAt) {
    }

    /** What a dossier of a same-day procedure would be given under a cut-off, on the next working day. */
    public record Example(String receivedAt, String dueAt) {
    }

    public View view() {
        var stored = settings.cutOff();
        return new View(workingTime.sameDayCutOff(), workingTime.defaultCutOff(), hoursText(),
                stored.map(SlaSettingRepository.StoredCutOff::updatedBy).orElse(null),
                stored.map(SlaSettingRepository.StoredCutOff::updatedAt).orElse(null));
    }

    /**
     * Reads and checks a cut-off typed by an administrator.
     *
     * @throws InvalidRequestException when it is no HH:mm time or lies outside the office periods
     */
    public LocalTime parse(String text) {
        LocalTime cutOff;
        try {
            cutOff = LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Giờ \"" + (text == null ? "" : text.strip())
                    + "\" không hợp lệ: nhập giờ và phút theo dạng HH:mm, ví dụ 15:00.");
        }
        boolean withinOfficeHours = workingTime.hours().periods().stream()
                .anyMatch(period -> !cutOff.isBefore(period.start()) && !cutOff.isAfter(period.end()));
        if (!withinOfficeHours) {
            throw new InvalidRequestException("Giờ " + cutOff + " không nằm trong giờ làm việc (" + hoursText()
                    + "): giờ tiếp nhận cuối phải là một thời điểm trong giờ làm việc.");
        }
        return cutOff;
    }

    /** Two same-day dossiers received on the next working day, at the cut-off and one minute after it. */
    public List<Example> examples(LocalTime cutOff, Instant now) {
        WorkingTimeCalculator calculator = workingTime.calculator();
        LocalDate day = now.atZone(WorkingTimeCalculator.ZONE).toLocalDate().plusDays(1);
        while (!calculator.calendar().isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        LocalDate workingDay = day;
        return List.of(cutOff, cutOff.plusMinutes(1)).stream().map(time -> {
            Instant received = workingDay.atTime(time).atZone(WorkingTimeCalculator.ZONE).toInstant();
            return new Example(SHOWN.format(received.atZone(WorkingTimeCalculator.ZONE)),
                    SHOWN.format(calculator.sameDayDeadline(received, cutOff).atZone(WorkingTimeCalculator.ZONE)));
        }).toList();
    }

    /**
     * Stores a new cut-off, audits it and puts it in force on this node at once (other nodes within the
     * calendar refresh interval).
     */
    public View change(LocalTime cutOff, String editor, String remoteAddress) {
        LocalTime before = workingTime.sameDayCutOff();
        transactions.executeWithoutResult(status -> {
            Instant now = Instant.now();
            settings.storeCutOff(cutOff, editor, now);
            audit.record(now, editor, AuditAction.SETTING_CHANGED, "Giờ tiếp nhận cuối trong ngày",
                    before + " → " + cutOff, remoteAddress);
        });
        workingTime.reload();
        return view();
    }

    private String hoursText() {
        return workingTime.hours().periods().stream().map(period -> period.start() + "–" + period.end())
                .collect(Collectors.joining(", "));
    }
}
