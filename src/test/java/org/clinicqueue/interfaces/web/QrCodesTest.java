package org.clinicqueue.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void theImageDecodesBackToTheLink() throws Exception {
        String link = "https://queue.hospital.org/clinicqueue/t/3q2-7fX_abcdEFGHijkl12";

        byte[] png = QrCodes.png(link, 240);

        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(240);
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
        assertThat(decoded).isEqualTo(link);
        assertThat(QrCodes.dataUri(link, 120)).startsWith("data:image/png;base64,");
    }
}
