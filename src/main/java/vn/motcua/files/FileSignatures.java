package vn.motcua.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import vn.motcua.platform.web.InvalidRequestException;

/**
 * Checks that an uploaded file is what it says it is: its first bytes (the format's signature, "magic
 * bytes"), its declared media type and its name's extension must agree. A web page sent as a PDF, a
 * program sent as a PNG or a JPEG declared as a PNG is refused with a 400 naming the file, before
 * anything is stored. Dossier documents are PDF, JPEG or PNG; catalog imports are XLSX (a ZIP container
 * holding the Office Open XML workbook parts) or CSV (UTF-8 text without NUL).
 */
public final class FileSignatures {

    /** The document types whose signature is known, with their extensions. */
    private static final Map<String, Kind> DOCUMENT_TYPES = Map.of(
            "application/pdf", Kind.PDF,
            "image/jpeg", Kind.JPEG,
            "image/png", Kind.PNG);

    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What browsers and tools declare for a spreadsheet or CSV file besides its own type. */
    private static final Set<String> GENERIC_TYPES = Set.of("", "application/octet-stream");
    private static final Set<String> CSV_TYPES = Set.of("text/csv", "text/plain", "application/csv",
            "text/comma-separated-values", "application/vnd.ms-excel");
    private static final Set<String> XLSX_TYPES = Set.of(XLSX_TYPE, "application/zip", "application/x-zip-compressed");

    /** The UTF-8 byte order mark as its bytes read one by one. */
    private static final String UTF8_BOM = "\u00EF\u00BB\u00BF";

    /** The longest signature read from a file. */
    public static final int SIGNATURE_LENGTH = 16;

    private enum Kind {
        PDF("tệp PDF", List.of("pdf")),
        JPEG("ảnh JPEG", List.of("jpg", "jpeg", "jpe", "jfif")),
        PNG("ảnh PNG", List.of("png")),
        ZIP("tệp nén ZIP", List.of("zip")),
        EXECUTABLE("chương trình chạy được", List.of()),
        HTML("trang web HTML", List.of());

        private final String label;
        private final List<String> extensions;

        Kind(String label, List<String> extensions) {
            this.label = label;
            this.extensions = extensions;
        }
    }

    private FileSignatures() {
    }

    /** Whether the signature of the document type is known (so that {@link #requireDocument} can check it). */
    public static boolean knowsDocumentType(String contentType) {
        return DOCUMENT_TYPES.containsKey(contentType);
    }

    /**
     * Refuses a dossier document whose extension or first bytes do not match its declared type.
     *
     * @param name        the file's (checked) name
     * @param contentType the declared media type, lower case, one of the upload policy's
     * @param head        the file's first bytes, at least {@link #SIGNATURE_LENGTH} when the file is that long
     * @throws InvalidRequestException (400) naming the file and what it really is, when known
     */
    public static void requireDocument(String name, String contentType, byte[] head) {
        Kind declared = DOCUMENT_TYPES.get(contentType);
        if (declared == null) {
            throw new InvalidRequestException("Tệp \"" + name + "\" có định dạng " + contentType
                    + " mà hệ thống không kiểm tra được nội dung.");
        }
        extensionOf(name).filter(extension -> !declared.extensions.contains(extension)).ifPresent(extension -> {
            throw new InvalidRequestException("Tệp \"" + name + "\" được khai báo là " + declared.label
                    + " (" + contentType + ") nhưng có phần mở rộng \"." + extension + "\"; hãy tải lên đúng tệp.");
        });
        Optional<Kind> actual = kindOf(head);
        if (actual.orElse(null) != declared) {
            throw new InvalidRequestException("Nội dung tệp \"" + name + "\" không phải là " + declared.label
                    + " như đã khai báo (" + contentType + ")" + actual.map(kind -> " mà là " + kind.label).orElse("")
                    + "; hãy tải lên đúng tệp.");
        }
    }

    /**
     * Refuses a catalog file named {@code .xlsx} that is not an Office Open XML workbook (a ZIP container
     * with {@code [Content_Types].xml} and {@code xl/workbook.xml}), or declared as another type.
     */
    public static void requireXlsx(String name, String contentType, byte[] content) {
        requireCatalogType(name, contentType, XLSX_TYPES, "XLSX");
        if (kindOf(content).orElse(null) != Kind.ZIP || !hasWorkbookParts(content)) {
            throw new InvalidRequestException("Nội dung tệp \"" + name + "\" không phải là bảng tính XLSX"
                    + kindOf(content).filter(kind -> kind != Kind.ZIP).map(kind -> " mà là " + kind.label).orElse("")
                    + "; hãy lưu lại bằng Excel dưới dạng .xlsx hoặc xuất ra .csv (UTF-8).");
        }
    }

    /** Refuses a catalog file named {@code .csv} that is not UTF-8 text without NUL, or declared as another type. */
    public static void requireCsv(String name, String contentType, byte[] content) {
        requireCatalogType(name, contentType, CSV_TYPES, "CSV");
        Optional<Kind> other = kindOf(content);
        if (other.isPresent() || !isUtf8Text(content)) {
            throw new InvalidRequestException("Nội dung tệp \"" + name + "\" không phải là văn bản CSV mã UTF-8"
                    + other.map(kind -> " mà là " + kind.label).orElse("")
                    + "; hãy xuất lại từ bảng tính dưới dạng \"CSV UTF-8\".");
        }
    }

    private static void requireCatalogType(String name, String contentType, Set<String> accepted, String format) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!GENERIC_TYPES.contains(type) && !accepted.contains(type)) {
            throw new InvalidRequestException("Tệp \"" + name + "\" được khai báo là " + type
                    + ", không khớp với phần mở rộng của tệp " + format + "; hãy tải lên đúng tệp.");
        }
    }

    private static Optional<String> extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static Optional<Kind> kindOf(byte[] head) {
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(Kind.PDF);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(Kind.JPEG);
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(Kind.PNG);
        }
        if (startsWith(head, 'P', 'K', 0x03, 0x04)) {
            return Optional.of(Kind.ZIP);
        }
        if (startsWith(head, 0x7F, 'E', 'L', 'F') || startsWith(head, 'M', 'Z')) {
            return Optional.of(Kind.EXECUTABLE);
        }
        String text = new String(head, 0, Math.min(head.length, SIGNATURE_LENGTH), StandardCharsets.ISO_8859_1)
                .replace(UTF8_BOM, "").stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<head")
                || text.startsWith("<script") || text.startsWith("<svg") || text.startsWith("<?xml")) {
            return Optional.of(Kind.HTML);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the ZIP holds the parts every workbook has; reads entry names only and stops once both are seen. */
    private static boolean hasWorkbookParts(byte[] content) {
        Set<String> missing = new HashSet<>(Set.of("[Content_Types].xml", "xl/workbook.xml"));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while (!missing.isEmpty() && (entry = zip.getNextEntry()) != null) {
                missing.remove(entry.getName());
            }
        } catch (IOException | IllegalArgumentException broken) {
            return false;
        }
        return missing.isEmpty();
    }

    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
