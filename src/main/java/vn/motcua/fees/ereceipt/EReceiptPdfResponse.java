package vn.motcua.fees.ereceipt;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A receipt's PDF as an HTTP answer, shown in the browser, named by series and number. */
public final class EReceiptPdfResponse {

    private EReceiptPdfResponse() {
    }

    public static ResponseEntity<byte[]> of(EReceipt receipt, EReceipts receipts) {
        String fileName = "bien-lai-" + receipt.series() + "-" + receipt.printedNumber() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(receipts.pdf(receipt));
    }
}
