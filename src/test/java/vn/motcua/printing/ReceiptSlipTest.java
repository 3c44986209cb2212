package vn.motcua.printing;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import vn.motcua.files.SubmittedAs;
import vn.motcua.printing.ReceiptSlip.ReceivedDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReceiptSlipTest {

    @Test
    void the_code_the_receiving_unit_the_applicant_the_matter_the_times_and_the_lookup_url_are_required() {
        assertThatThrownBy(() -> SampleSlips.birthRegistration().dossierCode(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dossierCode");
        assertThatThrownBy(() -> SampleSlips.birthRegistration().receivingUnit(null).build())
                .hasMessageContaining("receivingUnit");
        assertThatThrownBy(() -> SampleSlips.birthRegistration().applicantName("").build())
                .hasMessageContaining("applicantName");
        assertThatThrownBy(() -> SampleSlips.birthRegistration().procedureName(null).build())
                .hasMessageContaining("procedureName");
        assertThatThrownBy(() -> SampleSlips.birthRegistration().receivedAt(null).build())
                .hasMessageContaining("receivedAt");
        assertThatThrownBy(() -> SampleSlips.birthRegistration().appointmentAt(null).build())
                .hasMessageContaining("appointmentAt");
        assertThatThrownBy(() -> SampleSlips.birthRegistration().lookupUrl(null).build())
                .hasMessageContaining("lookupUrl");
    }

    @Test
    void an_appointment_before_the_receipt_is_refused() {
        ReceiptSlip slip = SampleSlips.birthRegistration().build();
        Instant beforeReceipt = slip.receivedAt().minusSeconds(60);

        assertThatThrownBy(() -> SampleSlips.birthRegistration().appointmentAt(beforeReceipt).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before receivedAt");
    }

    @Test
    void blank_optional_texts_become_null_and_texts_are_trimmed_to_nfc() {
        ReceiptSlip slip = SampleSlips.birthRegistration()
                .applicantEmail("   ")
                .applicantName("  " + Normalizer.normalize("Đỗ Thị Thủy", Normalizer.Form.NFD) + " ")
                .build();

        assertThat(slip.applicantEmail()).isNull();
        assertThat(slip.applicantName()).isEqualTo("Đỗ Thị Thủy")
                .isEqualTo(Normalizer.normalize(slip.applicantName(), Normalizer.Form.NFC));
    }

    @Test
    void the_documents_are_an_unmodifiable_copy() {
        List<ReceivedDocument> documents = new ArrayList<>(List.of(new ReceivedDocument("Giấy chứng sinh", 1, SubmittedAs.ORIGINAL)));
        ReceiptSlip slip = SampleSlips.birthRegistration().documents(documents).build();
        documents.clear();

        assertThat(slip.documents()).hasSize(1);
        assertThatThrownBy(() -> slip.documents().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(SampleSlips.birthRegistration().documents(null).build().documents()).isEmpty();
    }

    @Test
    void a_received_document_has_a_name_a_form_and_at_least_one_copy() {
        assertThatThrownBy(() -> new ReceivedDocument("Giấy chứng sinh", 0, SubmittedAs.ORIGINAL))
                .hasMessageContaining("copies");
        assertThatThrownBy(() -> new ReceivedDocument(" ", 1, SubmittedAs.ORIGINAL)).hasMessageContaining("name");
        assertThatThrownBy(() -> new ReceivedDocument("Giấy chứng sinh", 1, null)).hasMessageContaining("submittedAs");
    }
}
