package vn.motcua.printing;

import java.time.OffsetDateTime;
import java.util.List;

import vn.motcua.files.SubmittedAs;
import vn.motcua.printing.ReceiptSlip.ReceivedDocument;

/** A receipt slip as the Tân Định ward center would print it for a birth registration. */
final class SampleSlips {

    static final String DOSSIER_CODE = "000.01.01.H99-250714-0001";
    static final String LOOKUP_URL = "https://dichvucong.mau.gov.vn/tra-cuu?ma=000.01.01.H99-250714-0001";

    private SampleSlips() {
    }

    static ReceiptSlip.ReceiptSlipBuilder birthRegistration() {
        return ReceiptSlip.builder()
                .dossierCode(DOSSIER_CODE)
                .parentUnit("Ủy ban nhân dân phường Tân Định")
                .receivingUnit("Trung tâm Phục vụ hành chính công phường Tân Định")
                .place("Tân Định")
                .applicantName("Nguyễn Thị Hồng Nhung")
                .applicantAddress("Số 12, đường Trần Quang Khải, phường Tân Định, tỉnh Mẫu")
                .applicantPhone("0912 345 678")
                .applicantEmail("hongnhung@example.vn")
                .procedureName("Đăng ký khai sinh")
                .documents(List.of(
                        new ReceivedDocument("Tờ khai đăng ký khai sinh", 1, SubmittedAs.ORIGINAL),
                        new ReceivedDocument("Giấy chứng sinh", 1, SubmittedAs.ORIGINAL),
                        new ReceivedDocument("Giấy chứng nhận kết hôn của cha, mẹ", 1, SubmittedAs.CERTIFIED_COPY),
                        new ReceivedDocument("Căn cước công dân của người đi đăng ký", 1, SubmittedAs.COPY)))
                .legalTimeLimit("Trong ngày làm việc; hồ sơ nhận sau 15 giờ được trả kết quả trong ngày làm việc tiếp theo")
                .receivedAt(OffsetDateTime.parse("2025-07-14T09:15:00+07:00").toInstant())
                .appointmentAt(OffsetDateTime.parse("2025-07-14T16:30:00+07:00").toInstant())
                .resultCollectionPlace("Trung tâm Phục vụ hành chính công phường Tân Định")
                .trackingBookEntry("0001/2025")
                .receivingOfficer("Nguyễn Thị Lan")
                .lookupUrl(LOOKUP_URL);
    }
}
