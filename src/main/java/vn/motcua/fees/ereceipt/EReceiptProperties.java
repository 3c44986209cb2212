package vn.motcua.fees.ereceipt;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the electronic receipts of fees and charges are numbered and printed. The template and series
 * symbols are registered by each collecting unit with its tax office (Decree 123/2020/NĐ-CP, Circular
 * 78/2021/TT-BTC); the defaults below are a common shape, not a legal fact: check them with the
 * province's tax office.
 *
 * @param templateCode  the receipt template symbol (ký hiệu mẫu biên lai) of units without their own
 * @param seriesPrefix  the two letters of the series symbol of units without their own; the symbol is
 *                      {@code <prefix>-<yy>E}, e.g. {@code AA-26E} for receipts of 2026
 * @param numberDigits  the width of the printed receipt number, zero-padded ({@code 0000001})
 * @param feeName       the kind of fee or charge printed when a unit names none (tên loại phí, lệ phí)
 * @param units         per collecting unit code: its own template, series, tax code and fee name
 */
@ConfigurationProperties("motcua.receipt")
public record EReceiptProperties(@DefaultValue("01BLP0-001") String templateCode,
                                @DefaultValue("AA") String seriesPrefix,
                                @DefaultValue("7") int numberDigits,
                                @DefaultValue("Phí, lệ phí giải quyết thủ tục hành chính") String feeName,
                                Map<String, UnitSeries> units) {

    public EReceiptProperties {
        if (numberDigits < 1 || numberDigits > 9) {
            throw new IllegalArgumentException("motcua.receipt.number-digits must be 1–9, was " + numberDigits);
        }
        units = units == null ? Map.of() : Map.copyOf(units);
    }

    /**
     * One collecting unit's own receipt settings; any left out falls back to the shared ones.
     *
     * @param templateCode the unit's template symbol, e.g. {@code 01BLP0-001}
     * @param seriesPrefix the two letters of the unit's series symbol, e.g. {@code BT}
     * @param taxCode      the unit's tax code (mã số thuế), printed on its receipts
     * @param feeName      the kind of fee or charge printed on its receipts
     */
    public record UnitSeries(String templateCode, String seriesPrefix, String taxCode, String feeName) {
    }

    /** The template symbol of the unit's receipts. */
    String templateOf(String unitCode) {
        UnitSeries own = units.get(unitCode);
        return own != null && own.templateCode() != null ? own.templateCode() : templateCode;
    }

    /** The series symbol of the unit's receipts of a year: {@code AA-26E} for 2026. */
    String seriesOf(String unitCode, int year) {
        UnitSeries own = units.get(unitCode);
        String prefix = own != null && own.seriesPrefix() != null ? own.seriesPrefix() : seriesPrefix;
        return "%s-%02dE".formatted(prefix, year % 100);
    }

    String taxCodeOf(String unitCode) {
        UnitSeries own = units.get(unitCode);
        return own == null ? null : own.taxCode();
    }

    String feeNameOf(String unitCode) {
        UnitSeries own = units.get(unitCode);
        return own != null && own.feeName() != null ? own.feeName() : feeName;
    }

    /** The number as printed: {@code 0000001}. */
    String printedNumber(int number) {
        return String.format("%0" + numberDigits + "d", number);
    }
}
