package vn.motcua.printing;

import java.time.Instant;
import java.util.Objects;

import lombok.Builder;

/**
 * The content of an electronic receipt of fees and charges ("Biên lai điện tử thu phí, lệ phí") as
 * printed. Texts are printed as given, normalized to Unicode NFC.
 *
 * @param parentUnit     the governing agency printed above the collecting unit; optional
 * @param collectingUnit the unit that collected the fee, e.g. "Trung tâm Phục vụ hành chính công
 *                       phường Tân Định"
 * @param taxCode        the collecting unit's tax code (mã số thuế); optional
 * @param templateCode   the receipt template symbol (ký hiệu mẫu), e.g. "01BLP0-001"
 * @param series         the receipt series symbol (ký hiệu), e.g. "AA-26E"
 * @param number         the receipt number as printed, e.g. "0000001"
 * @param payerName      who paid
 * @param procedureName  the procedure the fee is for
 * @param dossierCode    the dossier the fee is for; optional
 * @param feeName        the kind of fee or charge (tên loại phí, lệ phí)
 * @param amount         the amount in đồng, at least 0
 * @param amountInWords  the amount in words, e.g. "Bảy nghìn đồng"
 * @param paymentMethod  how it was paid, e.g. "Tiền mặt"
 * @param issuedAt       when the receipt was made (ngày lập)
 * @param lookupUrl      the public lookup address encoded in the QR code
 * @param cancelled      whether the receipt was cancelled: then it is printed "ĐÃ HỦY"
 * @param cancelReason   why it was cancelled; optional
 * @param replacesNumber the series and number of the receipt this one replaces; optional
 */
@Builder
public record EReceiptForm(
        String parentUnit,
        String collectingUnit,
        String taxCode,
        String templateCode,
        String series,
        String number,
        String payerName,
        String procedureName,
        String dossierCode,
        String feeName,
        long amount,
        String amountInWords,
        String paymentMethod,
        Instant issuedAt,
        String lookupUrl,
        boolean cancelled,
        String cancelReason,
        String replacesNumber) {

    public EReceiptForm {
        parentUnit = PrintedText.optional(parentUnit);
        collectingUnit = PrintedText.required(collectingUnit, "collectingUnit");
        taxCode = PrintedText.optional(taxCode);
        templateCode = PrintedText.required(templateCode, "templateCode");
        series = PrintedText.required(series, "series");
        number = PrintedText.required(number, "number");
        payerName = PrintedText.required(payerName, "payerName");
        procedureName = PrintedText.required(procedureName, "procedureName");
        dossierCode = PrintedText.optional(dossierCode);
        feeName = PrintedText.required(feeName, "feeName");
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount);
        }
        amountInWords = PrintedText.required(amountInWords, "amountInWords");
        paymentMethod = PrintedText.required(paymentMethod, "paymentMethod");
        Objects.requireNonNull(issuedAt, "issuedAt");
        lookupUrl = PrintedText.required(lookupUrl, "lookupUrl");
        cancelReason = PrintedText.optional(cancelReason);
        replacesNumber = PrintedText.optional(replacesNumber);
    }
}
