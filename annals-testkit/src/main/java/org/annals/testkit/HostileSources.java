package org.annals.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Files made to hurt a parser, generated in memory so the repository holds no large or
 * dangerous binaries: zip bombs, entity bombs, XXE, lying and broken PDFs, absurd images.
 */
public final class HostileSources {

    private static final byte[] LINE = "All work and no play makes Jack a dull boy. ".getBytes(StandardCharsets.US_ASCII);

    private HostileSources() {
    }

    /** A zip with one entry of {@code bytes} zeros: tiny on disk, huge unpacked. */
    public static byte[] zipOfZeros(long bytes) {
        return zip("zeros.bin", out -> repeat(out, new byte[64 * 1024], bytes));
    }

    /** A zip of {@code entries} text files of {@code charsEach} characters each: a highly compressed text archive. */
    public static byte[] textZipBomb(int entries, long charsEach) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("chapter-" + i + ".txt"));
                repeat(zip, LINE, charsEach);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A gzip of {@code chars} characters of text. */
    public static byte[] gzipTextBomb(long chars) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            repeat(gz, LINE, chars);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A text file zipped inside a zip inside a zip … {@code depth} times. */
    public static byte[] zipChain(int depth, String innermostText) {
        byte[] current = zip("core.txt", out -> out.write(innermostText.getBytes(StandardCharsets.UTF_8)));
        for (int level = 2; level <= depth; level++) {
            byte[] inner = current;
            current = zip("level-" + (level - 1) + ".zip", out -> out.write(inner));
        }
        return current;
    }

    /** 42.zip's shape: each level holds {@code fanout} copies of the level below; the leaves are text. */
    public static byte[] nestedZipBomb(int levels, int fanout, long leafChars) {
        byte[] current = zip("leaf.txt", out -> repeat(out, LINE, leafChars));
        for (int level = 1; level < levels; level++) {
            byte[] inner = current;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (int i = 0; i < fanout; i++) {
                    zip.putNextEntry(new ZipEntry("copy-" + level + "-" + i + ".zip"));
                    zip.write(inner);
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            current = bytes.toByteArray();
        }
        return current;
    }

    /** A zip with {@code entries} tiny text files: many embedded documents. */
    public static byte[] zipOfManyFiles(int entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("note-" + i + ".txt"));
                zip.write(("Note " + i + " of the register.").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip whose entry names climb out of any folder it might be unpacked into ("zip slip"). */
    public static byte[] zipSlip(String text) {
        return zip("../../../../tmp/annals-zip-slip.txt", out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The "billion laughs" XML: ten levels of ten entity references, 10^9 "lol"s if expanded. */
    public static byte[] billionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            String previous = i == 1 ? "lol" : "lol" + (i - 1);
            xml.append(("&" + previous + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<lolz>&lol9;</lolz>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** XML whose entity reads a local file: its content must never come out of any parser. */
    public static byte[] xxe(Path canary) {
        return ("<?xml version=\"1.0\"?>\n<!DOCTYPE note [<!ENTITY secret SYSTEM \"" + canary.toUri() + "\">]>\n"
                + "<note><p>The letter reads: &secret;</p><p>End of the note.</p></note>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** XML that loads its DTD (with a parameter entity) from a local file. */
    public static byte[] xxeParameterEntity(Path canary) {
        return ("<?xml version=\"1.0\"?>\n<!DOCTYPE note [<!ENTITY % remote SYSTEM \"" + canary.toUri()
                + "\"> %remote;]>\n<note>A note that pulls in a DTD.</note>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** An SVG whose text reads a local file through an external entity. */
    public static byte[] xxeSvg(Path canary) {
        return ("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY secret SYSTEM \"" + canary.toUri() + "\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\">"
                + "<text x=\"1\" y=\"20\">Map legend &secret;</text></svg>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A real Word document whose body XML declares an external entity on a local file. */
    public static byte[] xxeDocx(Path canary) {
        byte[] docx = Corpus.docx("Minutes of the committee. MARKER-XXE");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int bodyStart = xml.indexOf("<w:document");
                    xml = xml.substring(0, bodyStart) + "<!DOCTYPE w:document [<!ENTITY secret SYSTEM \""
                            + canary.toUri() + "\">]>" + xml.substring(bodyStart);
                    content = xml.replace("MARKER-XXE", "&secret;").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** XML nested {@code depth} elements deep. */
    public static byte[] deeplyNestedXml(int depth) {
        return ("<?xml version=\"1.0\"?>\n" + "<d>".repeat(depth) + "deep" + "</d>".repeat(depth))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF that opens only with a user password. */
    public static byte[] passwordPdf() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text PDF with its middle overwritten by noise: object streams and cross references broken. */
    public static byte[] corruptPdf(String text) {
        byte[] pdf = Corpus.pdf(text);
        byte[] noise = noise(pdf.length / 2, 11);
        System.arraycopy(noise, 0, pdf, pdf.length / 4, noise.length);
        return pdf;
    }

    /** Only the first bytes of a PDF, as an interrupted transfer leaves them. */
    public static byte[] truncated(byte[] whole, double keep) {
        return Arrays.copyOf(whole, (int) (whole.length * keep));
    }

    /** A one-page PDF whose page tree claims {@code claimed} pages. */
    public static byte[] pdfWithLyingPageCount(int claimed) {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES).setInt(COSName.COUNT, claimed);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of {@code pages} blank pages without a text layer: every page goes to OCR. */
    public static byte[] blankPagesPdf(int pages) {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.LETTER));
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A blank page of {@code points} × {@code points} (14,400 pt is PDF's largest): absurd to render for OCR. */
    public static byte[] giantPagePdf(float points) {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle(points, points)));
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG whose header claims {@code width} × {@code height} pixels over a few bytes of data. */
    public static byte[] pngClaimingSize(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(data)) {
            z.write(new byte[width > 0 && width < 4096 ? width + 1 : 1024]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(png, "IDAT", data.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** The start of a Linux executable (ELF header) and noise. */
    public static byte[] elfExecutable() {
        byte[] bytes = noise(8192, 5);
        byte[] magic = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    /** Text with bytes that are not UTF-8 (lone continuation bytes, 0xFF, an overlong NUL). */
    public static byte[] invalidUtf8Text(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {' ', (byte) 0xC3, 0x28, ' ', (byte) 0xFF, (byte) 0xFE, ' ', (byte) 0xC0, (byte) 0x80,
                ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** An HTML page declared UTF-8 whose title and author metadata hold invalid UTF-8 and control bytes. */
    public static byte[] htmlWithBrokenMetadata(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("<html><head><meta charset=\"utf-8\"><title>Minutes ".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC3, 0x28, 0x01, 0x1b});
        out.writeBytes("</title><meta name=\"author\" content=\"".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, 0x07, (byte) 0xFE});
        out.writeBytes(("\"></head><body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** An HTML page whose title and description are {@code chars} characters long. */
    public static byte[] htmlWithOversizedMetadata(String text, int chars) {
        String huge = "Minutes ".repeat(chars / 8 + 1).substring(0, chars);
        return ("<html><head><meta charset=\"utf-8\"><title>" + huge + "</title><meta name=\"description\" content=\""
                + huge + "\"></head><body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes with no structure at all. */
    public static byte[] noise(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Plain text of {@code chars} characters. */
    public static byte[] longText(long chars) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            repeat(out, LINE, chars);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static byte[] zip(String entryName, Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(entryName));
            content.writeTo(zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void repeat(OutputStream out, byte[] unit, long total) throws IOException {
        byte[] block = new byte[64 * 1024 - (64 * 1024) % unit.length];
        for (int i = 0; i < block.length; i += unit.length) {
            System.arraycopy(unit, 0, block, i, unit.length);
        }
        long left = total;
        while (left > 0) {
            int n = (int) Math.min(left, block.length);
            out.write(block, 0, n);
            left -= n;
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
