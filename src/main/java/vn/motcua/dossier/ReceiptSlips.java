package vn.motcua.dossier;

import org.springframework.stereotype.Component;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.files.SubmittedAs;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Unit;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.printing.PrintedForms;
import vn.motcua.printing.ReceiptSlip;

/** Form 1 of a received dossier: the data from the register, the catalog and the organization, as PDF. */
@Component
class ReceiptSlips {

    private final Catalog catalog;
    private final OrganizationService organization;
    private final PrintedForms printedForms;
    private final PublicLinks links;

    ReceiptSlips(Catalog catalog, OrganizationService organization, PrintedForms printedForms, PublicLinks links) {
        this.catalog = catalog;
        this.organization = organization;
        this.printedForms = printedForms;
        this.links = links;
    }

    byte[] pdf(Dossier dossier) {
        if (dossier.receivedAt() == null || dossier.appointmentAt() == null) {
            throw new ConflictException("Hồ sơ chưa được tiếp nhận: chưa có giấy tiếp nhận và hẹn trả kết quả.");
        }
        Procedure procedure = catalog.version(dossier.procedureCode(), dossier.procedureVersion()).orElseThrow();
        Unit receiving = organization.unit(dossier.receivingUnit()).orElseThrow();
        String parent = receiving.parentCode() == null ? null
                : organization.unit(receiving.parentCode()).map(Unit::name).orElse(null);
        String officer = dossier.createdBy() == null ? null
                : organization.officer(dossier.createdBy()).map(Officer::name).orElse(null);
        ReceiptSlip slip = ReceiptSlip.builder()
                .dossierCode(dossier.code())
                .parentUnit(parent)
                .receivingUnit(receiving.name())
                .applicantName(dossier.applicant().name())
                .applicantAddress(dossier.applicant().address())
                .applicantPhone(dossier.applicant().phone())
                .applicantEmail(dossier.applicant().email())
                .procedureName(procedure.name())
                .documents(procedure.requiredDocuments().stream()
                        .map(document -> new ReceiptSlip.ReceivedDocument(document.name(), document.copies(),
                                SubmittedAs.valueOf(document.form().name())))
                        .toList())
                .legalTimeLimit(procedure.limit().describe())
                .receivedAt(dossier.receivedAt())
                .appointmentAt(dossier.appointmentAt())
                .resultCollectionPlace(receiving.name())
                .trackingBookEntry(dossier.code())
                .receivingOfficer(officer)
                .lookupUrl(links.lookup(dossier.code()))
                .build();
        return printedForms.render(slip);
    }
}
