package vn.motcua.fees.ereceipt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Amounts as the receipt prints them in words: the formal reading with "linh", "mốt", "tư", "lăm". */
class AmountInWordsTest {

    @ParameterizedTest(name = "{0} đ → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0             | Không đồng
            1             | Một đồng
            4             | Bốn đồng
            5             | Năm đồng
            10            | Mười đồng
            11            | Mười một đồng
            14            | Mười bốn đồng
            15            | Mười lăm đồng
            20            | Hai mươi đồng
            21            | Hai mươi mốt đồng
            24            | Hai mươi tư đồng
            25            | Hai mươi lăm đồng
            91            | Chín mươi mốt đồng
            100           | Một trăm đồng
            101           | Một trăm linh một đồng
            104           | Một trăm linh bốn đồng
            105           | Một trăm linh năm đồng
            110           | Một trăm mười đồng
            115           | Một trăm mười lăm đồng
            1000          | Một nghìn đồng
            1001          | Một nghìn không trăm linh một đồng
            1010          | Một nghìn không trăm mười đồng
            1021          | Một nghìn không trăm hai mươi mốt đồng
            2000          | Hai nghìn đồng
            7000          | Bảy nghìn đồng
            10000         | Mười nghìn đồng
            15000         | Mười lăm nghìn đồng
            50000         | Năm mươi nghìn đồng
            100000        | Một trăm nghìn đồng
            101000        | Một trăm linh một nghìn đồng
            200000        | Hai trăm nghìn đồng
            1000000       | Một triệu đồng
            1000005       | Một triệu không trăm linh năm đồng
            1005000       | Một triệu không trăm linh năm nghìn đồng
            1500000       | Một triệu năm trăm nghìn đồng
            21000000      | Hai mươi mốt triệu đồng
            1000000000    | Một tỷ đồng
            1000000001    | Một tỷ không trăm linh một đồng
            2500000000    | Hai tỷ năm trăm triệu đồng
            1234567890    | Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng
            1000000000000 | Một nghìn tỷ đồng
            """)
    void reads_the_amount_formally(long amount, String words) {
        assertThat(AmountInWords.of(amount)).isEqualTo(words);
    }

    @Test
    void a_negative_amount_has_no_reading() {
        assertThatThrownBy(() -> AmountInWords.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
