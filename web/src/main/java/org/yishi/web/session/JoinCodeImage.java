package org.yishi.web.session;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The join URL as a QR code in a PNG, black on white, large enough to scan from the back of a room. */
final class JoinCodeImage {

    static final int SIZE = 480;

    private JoinCodeImage() {
    }

    static byte[] png(String joinUrl) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(joinUrl, BarcodeFormat.QR_CODE, SIZE, SIZE,
                                               Map.of(EncodeHintType.MARGIN, 2,
                                                      EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                                                      EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("A join URL too long for a QR code: " + joinUrl, e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
