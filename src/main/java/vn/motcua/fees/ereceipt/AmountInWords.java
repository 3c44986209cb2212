package vn.motcua.fees.ereceipt;

import java.util.ArrayList;
import java.util.List;

/**
 * An amount of Vietnamese đồng in words, as written on receipts: "Một triệu không trăm linh năm nghìn
 * đồng" for 1,005,000. Every group of three digits after the first non-zero one is read in full
 * ("không trăm", "linh"); the tens are "mười" for 1x and "mươi" from 2x; a final 1 after 2x–9x is
 * "mốt", a final 4 after 2x–9x is "tư", a final 5 after any tens is "lăm"; groups are "nghìn",
 * "triệu", "tỷ" (above a thousand billion: "nghìn tỷ", "triệu tỷ").
 *
 * <p>Hand-written because ICU's Vietnamese spell-out reads 1,005,000 as "một triệu năm nghìn" and
 * says "lẻ", which is not the formal reading printed on receipts.
 */
public final class AmountInWords {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final long BILLION = 1_000_000_000L;

    private AmountInWords() {
    }

    /**
     * The amount in words with a capital first letter, ending in "đồng"; 0 is "Không đồng".
     *
     * @throws IllegalArgumentException for a negative amount
     */
    public static String of(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount);
        }
        String words = amount == 0 ? DIGITS[0] : String.join(" ", spell(amount));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
    }

    private static List<String> spell(long amount) {
        List<String> words = new ArrayList<>();
        long billions = amount / BILLION;
        long rest = amount % BILLION;
        boolean readBefore = false;
        if (billions > 0) {
            words.addAll(spell(billions));
            words.add("tỷ");
            readBefore = true;
        }
        int[] groups = {(int) (rest / 1_000_000), (int) (rest / 1_000 % 1_000), (int) (rest % 1_000)};
        String[] names = {"triệu", "nghìn", null};
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == 0) {
                continue;
            }
            readGroup(groups[i], readBefore, words);
            if (names[i] != null) {
                words.add(names[i]);
            }
            readBefore = true;
        }
        return words;
    }

    /** One group of three digits; {@code inFull} when a higher group was read, so "không trăm" is said. */
    private static void readGroup(int group, boolean inFull, List<String> words) {
        int hundreds = group / 100;
        int tens = group / 10 % 10;
        int units = group % 10;
        boolean hundredsRead = hundreds > 0 || inFull;
        if (hundredsRead) {
            words.add(DIGITS[hundreds]);
            words.add("trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                if (hundredsRead) {
                    words.add("linh");
                }
                words.add(DIGITS[units]);
            }
        } else if (tens == 1) {
            words.add("mười");
            if (units > 0) {
                words.add(units == 5 ? "lăm" : DIGITS[units]);
            }
        } else {
            words.add(DIGITS[tens]);
            words.add("mươi");
            if (units > 0) {
                words.add(switch (units) {
                    case 1 -> "mốt";
                    case 4 -> "tư";
                    case 5 -> "lăm";
                    default -> DIGITS[units];
                });
            }
        }
    }
}
