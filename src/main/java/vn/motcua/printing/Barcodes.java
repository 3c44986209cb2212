package vn.motcua.printing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes and Code 128 barcodes as PNG data URIs for the print templates. The images are drawn
 * at a few pixels per module and scaled by the template's CSS: the PDF keeps them unsmoothed, so
 * they stay sharp at any size while the file stays small.
 */
final class Barcodes {

    private static final int QR_PIXELS_PER_MODULE = 4;
    private static final int BAR_PIXELS_PER_MODULE = 2;
    private static final int BAR_HEIGHT_PIXELS = 40;

    private Barcodes() {
    }

    /** A QR code of the text with error correction level M and a 2-module quiet zone. */
    static String qrCode(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 2));
            return pngDataUri(matrix, QR_PIXELS_PER_MODULE, QR_PIXELS_PER_MODULE);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text, e);
        }
    }

    /** A Code 128 barcode of the text, as the hand-held scanners at the counters read it. */
    static String code128(String text) {
        BitMatrix matrix = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 1, Map.of(
                EncodeHintType.CODE128_COMPACT, true,
                EncodeHintType.MARGIN, 10));
        return pngDataUri(matrix, BAR_PIXELS_PER_MODULE, BAR_HEIGHT_PIXELS);
    }

    private static String pngDataUri(BitMatrix matrix, int moduleWidth, int moduleHeight) {
        BufferedImage image = new BufferedImage(matrix.getWidth() * moduleWidth, matrix.getHeight() * moduleHeight,
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean dark = matrix.get(x / moduleWidth, y / moduleHeight);
                image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
