package vn.motcua.fees.ereceipt;

import org.springframework.stereotype.Component;

import vn.motcua.dossier.PublicLinks;

/** The public lookup address of a receipt, printed as its QR code. */
@Component
public class EReceiptLinks {

    public static final String LOOKUP_PATH = "/tra-cuu-bien-lai/";

    private final PublicLinks links;

    EReceiptLinks(PublicLinks links) {
        this.links = links;
    }

    String lookup(String publicToken) {
        return links.baseUrl() + LOOKUP_PATH + publicToken;
    }
}
