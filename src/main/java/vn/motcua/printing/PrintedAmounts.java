package vn.motcua.printing;

/** Amounts of money as printed on forms. */
final class PrintedAmounts {

    private PrintedAmounts() {
    }

    /** Đồng with a dot between groups of three digits, as Vietnamese write them: 1.005.000. */
    static String figures(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + grouped;
    }
}
