package vn.motcua.fees.ereceipt;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.fees.PaymentMethod;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Unit;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.platform.web.InvalidRequestException;
import vn.motcua.printing.EReceiptForm;
import vn.motcua.printing.PrintedForms;

/**
 * Electronic receipts of fees and charges ("biên lai điện tử thu phí, lệ phí"): one numbered receipt
 * per completed payment, its PDF, its cancellation and replacement. Numbers run from 1 per
 * collecting unit, series and year, without gaps or duplicates (see {@link EReceiptNumbering}).
 * Receipts are never deleted: a cancelled receipt stays, marked with who cancelled it, when and why,
 * and its replacement is a new numbered receipt that points to it.
 *
 * <p>Refused input raises {@link InvalidRequestException} (400) or {@link ConflictException} (409)
 * before anything is written.
 */
@Service
public class EReceipts {

    /** The largest amount a receipt takes: one thousand billion đồng, far above any fee. */
    static final long MAX_AMOUNT = 1_000_000_000_000L;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String REPLACEMENT_KEY = "replaces:";
    private static final SecureRandom TOKENS = new SecureRandom();

    private final EReceiptRepository receipts;
    private final EReceiptNumbering numbering;
    private final EReceiptProperties properties;
    private final OrganizationService organization;
    private final DossierService dossiers;
    private final PrintedForms printedForms;
    private final EReceiptLinks links;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    EReceipts(EReceiptRepository receipts, EReceiptNumbering numbering, EReceiptProperties properties,
              OrganizationService organization, DossierService dossiers, PrintedForms printedForms,
              EReceiptLinks links, PlatformTransactionManager transactions) {
        this.receipts = receipts;
        this.numbering = numbering;
        this.properties = properties;
        this.organization = organization;
        this.dossiers = dossiers;
        this.printedForms = printedForms;
        this.links = links;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Issues the receipt of a completed payment, numbered in the collecting unit's series of the
     * current year. Idempotent per payment: a second call for the same payment returns the receipt
     * already issued, with no new number. Runs in the caller's transaction when there is one (the
     * number is then given back if that transaction rolls back), else in its own.
     *
     * @throws InvalidRequestException when a field is missing or wrong, the unit or the dossier unknown
     */
    public EReceipt issue(EReceiptRequest request) {
        EReceiptRequest checked = checked(request);
        Optional<EReceipt> existing = receipts.findByIssueKey(checked.paymentId());
        if (existing.isPresent()) {
            return existing.get();
        }
        boolean callersTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        Instant now = clock.instant();
        if (!callersTransaction) {
            int year = now.atZone(VIETNAM).getYear();
            numbering.prepare(checked.unitCode(), properties.seriesOf(checked.unitCode(), year), year);
        }
        try {
            return transaction.execute(status -> issueNew(checked, now));
        } catch (DuplicateKeyException issuedConcurrently) {
            // the same payment's receipt was issued by a concurrent call, which committed first
            if (callersTransaction) {
                throw new ConflictException("Biên lai của khoản thanh toán này vừa được lập bởi một yêu cầu khác.");
            }
            return receipts.findByIssueKey(checked.paymentId()).orElseThrow(() -> issuedConcurrently);
        }
    }

    private EReceipt issueNew(EReceiptRequest request, Instant now) {
        EReceipt receipt = numbered(request.unitCode(), now, request.paymentId(), request.dossierId(),
                request.dossierCode(), request.procedureCode(), request.procedureName(), request.payerName(),
                request.amount(), request.method(), request.paidAt(), null);
        receipts.insert(receipt, request.paymentId());
        return receipt;
    }

    private EReceipt numbered(String unitCode, Instant issuedAt, String paymentId, String dossierId, String dossierCode,
                             String procedureCode, String procedureName, String payerName, long amount,
                             PaymentMethod method, Instant paidAt, String replacesId) {
        int year = issuedAt.atZone(VIETNAM).getYear();
        String series = properties.seriesOf(unitCode, year);
        int number = numbering.next(unitCode, series, year);
        return new EReceipt(UUID.randomUUID().toString(), unitCode, properties.templateOf(unitCode), series, year,
                number, properties.printedNumber(number), paymentId, dossierId, dossierCode, procedureCode,
                procedureName, payerName, amount, AmountInWords.of(amount), method, paidAt, issuedAt, newToken(),
                EReceiptStatus.ISSUED, null, null, null, replacesId);
    }

    /** The receipt with this id. @throws NoSuchElementException when there is none */
    public EReceipt get(String id) {
        return receipts.find(id).orElseThrow(() -> new NoSuchElementException("Không tìm thấy biên lai."));
    }

    /** The receipt issued for the payment (the first one, even if it was later cancelled and replaced). */
    public Optional<EReceipt> ofPayment(String paymentId) {
        return paymentId == null ? Optional.empty() : receipts.findByIssueKey(paymentId);
    }

    /** Every receipt of the dossier, cancelled ones and replacements included, in the order issued. */
    public List<EReceipt> ofDossier(String dossierId) {
        return receipts.ofDossier(dossierId);
    }

    /**
     * The receipts of every dossier the citizen applied for, by dossier code (dossiers without code or
     * receipts are left out), for the citizen's own page.
     */
    public Map<String, List<EReceipt>> ofApplicantByDossierCode(String citizenId) {
        Map<String, List<EReceipt>> byCode = new LinkedHashMap<>();
        for (Dossier dossier : dossiers.ofApplicant(citizenId)) {
            List<EReceipt> ofDossier = receipts.ofDossier(dossier.id());
            if (dossier.code() != null && !ofDossier.isEmpty()) {
                byCode.put(dossier.code(), ofDossier);
            }
        }
        return byCode;
    }

    /** The receipt a public lookup address (the QR code) names; empty for an unknown token. */
    public Optional<EReceipt> byPublicToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{1,64}")) {
            return Optional.empty();
        }
        return receipts.findByPublicToken(token);
    }

    /** The receipt that replaced this one, if any. */
    public Optional<EReceipt> replacementOf(String id) {
        return receipts.findReplacementOf(id);
    }

    /**
     * Cancels a valid receipt: it stays, marked cancelled with who, when and why.
     *
     * @throws ConflictException when it was already cancelled
     */
    public EReceipt cancel(String id, String reason, String actor) {
        String why = reason(reason);
        return transaction.execute(status -> {
            EReceipt receipt = receipts.lock(id).orElseThrow(() -> new NoSuchElementException("Không tìm thấy biên lai."));
            if (receipt.status() == EReceiptStatus.CANCELLED) {
                throw new ConflictException("Biên lai " + receipt.label() + " đã bị hủy trước đó.");
            }
            receipts.cancel(id, clock.instant(), actor, why);
            return get(id);
        });
    }

    /**
     * Replaces a receipt by a new numbered one for the same payment, with the payer's name corrected
     * when given; a receipt still valid is cancelled with the reason. A receipt is replaced at most once.
     *
     * @param correctedPayerName the payer's name on the new receipt, or {@code null} to keep it
     * @return the new receipt
     * @throws ConflictException when it was already replaced
     */
    public EReceipt replace(String id, String reason, String correctedPayerName, String actor) {
        String why = reason(reason);
        String payer = correctedPayerName == null || correctedPayerName.isBlank() ? null
                : text(correctedPayerName, "họ tên người nộp", 255);
        return transaction.execute(status -> {
            EReceipt old = receipts.lock(id).orElseThrow(() -> new NoSuchElementException("Không tìm thấy biên lai."));
            receipts.findReplacementOf(id).ifPresent(replacement -> {
                throw new ConflictException("Biên lai " + old.label() + " đã được thay thế bởi biên lai "
                        + replacement.label() + ".");
            });
            Instant now = clock.instant();
            if (old.status() == EReceiptStatus.ISSUED) {
                receipts.cancel(id, now, actor, why);
            }
            EReceipt replacement = numbered(old.unitCode(), now, old.paymentId(), old.dossierId(), old.dossierCode(),
                    old.procedureCode(), old.procedureName(), payer != null ? payer : old.payerName(), old.amount(),
                    old.method(), old.paidAt(), old.id());
            receipts.insert(replacement, REPLACEMENT_KEY + old.id());
            return replacement;
        });
    }

    /** The receipt as PDF; a cancelled receipt is stamped "ĐÃ HỦY". */
    public byte[] pdf(EReceipt receipt) {
        Unit unit = organization.unit(receipt.unitCode()).orElseThrow();
        String parent = unit.parentCode() == null ? null
                : organization.unit(unit.parentCode()).map(Unit::name).orElse(null);
        String replaces = receipt.replacesId() == null ? null
                : receipts.find(receipt.replacesId()).map(EReceipt::label).orElse(null);
        return printedForms.render(EReceiptForm.builder()
                .parentUnit(parent)
                .collectingUnit(unit.name())
                .taxCode(properties.taxCodeOf(receipt.unitCode()))
                .templateCode(receipt.templateCode())
                .series(receipt.series())
                .number(receipt.printedNumber())
                .payerName(receipt.payerName())
                .procedureName(receipt.procedureName())
                .dossierCode(receipt.dossierCode())
                .feeName(properties.feeNameOf(receipt.unitCode()))
                .amount(receipt.amount())
                .amountInWords(receipt.amountInWords())
                .paymentMethod(receipt.method().label())
                .issuedAt(receipt.issuedAt())
                .lookupUrl(links.lookup(receipt.publicToken()))
                .cancelled(receipt.status() == EReceiptStatus.CANCELLED)
                .cancelReason(receipt.cancelReason())
                .replacesNumber(replaces)
                .build());
    }

    private EReceiptRequest checked(EReceiptRequest request) {
        if (request == null) {
            throw new InvalidRequestException("Thiếu thông tin khoản thanh toán.");
        }
        String paymentId = text(request.paymentId(), "mã khoản thanh toán", 100);
        String dossierId = text(request.dossierId(), "mã định danh hồ sơ", 36);
        String unitCode = text(request.unitCode(), "đơn vị thu", 40);
        if (organization.unit(unitCode).isEmpty()) {
            throw new InvalidRequestException("Không có đơn vị thu mã " + unitCode + ".");
        }
        try {
            dossiers.get(dossierId);
        } catch (NoSuchElementException unknown) {
            throw new InvalidRequestException("Không có hồ sơ " + dossierId + ".");
        }
        if (request.amount() <= 0 || request.amount() > MAX_AMOUNT) {
            throw new InvalidRequestException("Số tiền phải lớn hơn 0 và không quá " + MAX_AMOUNT + " đồng.");
        }
        if (request.method() == null) {
            throw new InvalidRequestException("Thiếu hình thức thanh toán.");
        }
        if (request.paidAt() == null) {
            throw new InvalidRequestException("Thiếu thời điểm thanh toán.");
        }
        String dossierCode = request.dossierCode() == null || request.dossierCode().isBlank() ? null
                : text(request.dossierCode(), "mã hồ sơ", 80);
        return new EReceiptRequest(paymentId, dossierId, dossierCode, text(request.procedureCode(), "mã thủ tục", 60),
                text(request.procedureName(), "tên thủ tục", 500), unitCode,
                text(request.payerName(), "họ tên người nộp", 255), request.amount(), request.method(),
                request.paidAt());
    }

    private static String reason(String reason) {
        return text(reason, "lý do", 1000);
    }

    /** Trimmed NFC text (as printed and searched), required and at most {@code max} characters. */
    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("Thiếu " + field + ".");
        }
        String normalized = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (normalized.length() > max) {
            throw new InvalidRequestException("Trường " + field + " dài quá " + max + " ký tự.");
        }
        return normalized;
    }

    private static String newToken() {
        byte[] random = new byte[24];
        TOKENS.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
