package vn.motcua.files;

/** The form in which a document of a dossier is submitted, with its printed Vietnamese label. */
public enum SubmittedAs {

    ORIGINAL("Bản chính"),
    CERTIFIED_COPY("Bản sao có chứng thực"),
    COPY("Bản sao");

    private final String label;

    SubmittedAs(String label) {
        this.label = label;
    }

    /** The label printed on the forms. */
    public String label() {
        return label;
    }
}
