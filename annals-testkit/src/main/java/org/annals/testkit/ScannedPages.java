package org.annals.testkit;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Renders text as pages scanned at 300 dpi: US Letter, black 12 pt serif on white, 8-bit grey,
 * optionally skewed and speckled. Tesseract reads such pages almost perfectly when clean.
 */
final class ScannedPages {

    static final int DPI = 300;
    static final int WIDTH = 2550;   // 8.5 in
    static final int HEIGHT = 3300;  // 11 in
    private static final int MARGIN = DPI;          // 1 in
    private static final float FONT_PIXELS = 50f;   // 12 pt at 300 dpi
    private static final Font FONT = serifFont();

    private ScannedPages() {
    }

    /** One image per page; text that does not fit on one page flows onto the next. */
    static List<BufferedImage> render(String text, ScanOptions options) {
        List<List<String>> pages = layout(Corpus.paragraphs(text));
        List<BufferedImage> images = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            images.add(draw(pages.get(i), options, new Random(options.seed() + i)));
        }
        return images;
    }

    static byte[] png(BufferedImage page) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            writer.write(null, new IIOImage(page, null, pngResolution(writer, page, param)), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A multi-page TIFF, LZW-compressed, one image per page. */
    static byte[] tiff(List<BufferedImage> pages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("LZW");
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, tiffResolution(writer, page, param)), param);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * Records 300 dpi in the PNG pHYs chunk, natively: the JDK's PNG writer turns the standard
     * HorizontalPixelSize into pixels per metre wrongly (85 instead of 11811).
     */
    private static IIOMetadata pngResolution(ImageWriter writer, BufferedImage page, ImageWriteParam param) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
        String pixelsPerMetre = Long.toString(Math.round(DPI / 0.0254));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        physical.setAttribute("unitSpecifier", "meter");
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = new IIOMetadataNode(format);
        root.appendChild(physical);
        metadata.mergeTree(format, root);
        return metadata;
    }

    /** Records 300 dpi as TIFF X/YResolution, through the standard metadata tree. */
    private static IIOMetadata tiffResolution(ImageWriter writer, BufferedImage page, ImageWriteParam param) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
        String millimetresPerPixel = Double.toString(25.4 / DPI);
        IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
        horizontal.setAttribute("value", millimetresPerPixel);
        IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
        vertical.setAttribute("value", millimetresPerPixel);
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        dimension.appendChild(horizontal);
        dimension.appendChild(vertical);
        IIOMetadataNode root = new IIOMetadataNode(IIOMetadataFormatImpl.standardMetadataFormatName);
        root.appendChild(dimension);
        metadata.mergeTree(IIOMetadataFormatImpl.standardMetadataFormatName, root);
        return metadata;
    }

    /** Splits paragraphs into lines that fit the text width, and lines into pages. */
    private static List<List<String>> layout(List<String> paragraphs) {
        FontMetrics metrics = metrics();
        int width = WIDTH - 2 * MARGIN;
        int linesPerPage = (HEIGHT - 2 * MARGIN) / lineHeight(metrics);
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (!page.isEmpty()) {
                page.add(""); // blank line between paragraphs
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
                    page = addLine(pages, page, line.toString(), linesPerPage);
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            page = addLine(pages, page, line.toString(), linesPerPage);
        }
        pages.add(page);
        return pages;
    }

    private static List<String> addLine(List<List<String>> pages, List<String> page, String line, int linesPerPage) {
        if (page.size() < linesPerPage) {
            page.add(line);
            return page;
        }
        pages.add(page);
        while (!page.isEmpty() && page.get(page.size() - 1).isEmpty()) {
            page.remove(page.size() - 1);
        }
        return new ArrayList<>(List.of(line));
    }

    private static BufferedImage draw(List<String> lines, ScanOptions options, Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            if (options.skewDegrees() != 0) {
                g.rotate(Math.toRadians(options.skewDegrees()), WIDTH / 2.0, HEIGHT / 2.0);
            }
            g.setColor(Color.BLACK);
            g.setFont(FONT);
            FontMetrics metrics = g.getFontMetrics();
            int y = MARGIN + metrics.getAscent();
            for (String line : lines) {
                g.drawString(line, MARGIN, y);
                y += lineHeight(metrics);
            }
        } finally {
            g.dispose();
        }
        speckle(image, options.noise(), random);
        return image;
    }

    /** Salt-and-pepper noise: a fraction of pixels turned black or white. */
    private static void speckle(BufferedImage image, double fraction, Random random) {
        WritableRaster raster = image.getRaster();
        long count = Math.round(fraction * WIDTH * HEIGHT);
        for (long i = 0; i < count; i++) {
            raster.setSample(random.nextInt(WIDTH), random.nextInt(HEIGHT), 0, random.nextBoolean() ? 0 : 255);
        }
    }

    private static int lineHeight(FontMetrics metrics) {
        return Math.round(metrics.getHeight() * 1.15f);
    }

    private static FontMetrics metrics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY).createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return g.getFontMetrics(FONT);
        } finally {
            g.dispose();
        }
    }

    /** DejaVu Serif where installed (Debian), else the JDK's logical serif font. */
    private static Font serifFont() {
        boolean dejaVu = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains("DejaVu Serif");
        return new Font(dejaVu ? "DejaVu Serif" : Font.SERIF, Font.PLAIN, 1).deriveFont(FONT_PIXELS);
    }
}
