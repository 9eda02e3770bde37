package io.blackbar.format.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Builds the hard cases the redaction tests need: every font kind, kerned {@code TJ} arrays, a
 * rotated page with a shifted crop box, a form XObject drawn three times on two pages, a filled
 * field, an annotation, metadata, an attachment and a JavaScript open action. Each holds values
 * that must go, between ordinary words that must stay.
 */
final class Samples {

    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    static final String SSN = "219-09-9999";
    static final String EMAIL = "john.smith@example.org";
    static final String CARD = "4111 1111 1111 1111";
    static final String SIMPLE_TT = "Reginald Fairweather";
    static final String KERNED = "778899001";
    static final String ROTATED = "rotated-secret-42";
    static final String IN_FORM = "form-secret-77";
    static final String FIELD = "Field Value Person";
    static final String ANNOTATION = "annot-secret-55";
    static final String AUTHOR = "Author Secret";
    static final String ATTACHED = "embedded-secret-31";
    static final String SCRIPT = "js-secret-88";

    /** Values that redaction must remove, and where to find them: all but the attachment are in the text. */
    static final List<String> IN_TEXT = List.of(SSN, EMAIL, CARD, SIMPLE_TT, KERNED, ROTATED, IN_FORM, FIELD,
            ANNOTATION, AUTHOR);

    static final String FILLER = "The quarterly report covers revenue growth across northern regions and the committee"
            + " approved the budget";

    private Samples() {
    }

    static boolean hasDejaVu() {
        return Files.isReadable(DEJAVU);
    }

    /** Writes the hard-case document. */
    static void hardCases(Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            page(doc, helvetica, List.of(FILLER, "Patient SSN " + SSN + " and mail " + EMAIL + " noted", FILLER));
            PDFont type0 = PDType0Font.load(doc, DEJAVU.toFile());
            page(doc, type0, List.of(FILLER, "Card number " + CARD + " was charged", FILLER));
            PDFont simpleTt;
            try (InputStream in = Files.newInputStream(DEJAVU)) {
                simpleTt = PDTrueTypeFont.load(doc, in, WinAnsiEncoding.INSTANCE);
            }
            page(doc, simpleTt, List.of(FILLER, "Signed by " + SIMPLE_TT + " yesterday", FILLER));
            kerned(doc, helvetica);
            PDPage rotated = page(doc, helvetica, List.of(FILLER, "Rotated code " + ROTATED + " here", FILLER));
            rotated.setRotation(90);
            rotated.setCropBox(new PDRectangle(40, 300, 500, 480));
            formTwice(doc, helvetica);
            fieldAndAnnotation(doc, helvetica);
            metadataAttachmentScript(doc);
            doc.save(out.toFile());
        }
    }

    private static PDPage page(PDDocument doc, PDFont font, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(font, 11);
            cs.newLineAtOffset(50, 760);
            for (String line : lines) {
                cs.showText(line);
                cs.newLineAtOffset(0, -18);
            }
            cs.endText();
        }
        return page;
    }

    /** A value split over a kerned TJ array, followed on the line by words whose place is checked. */
    private static void kerned(PDDocument doc, PDType1Font font) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDResources res = new PDResources();
        COSName f = res.add(font);
        page.setResources(res);
        String content = "BT /" + f.getName() + " 12 Tf 50 760 Td (" + FILLER + ") Tj 0 -18 Td"
                + " [(Account) -250 (77) 30 (88) -15 (99001) -250 (closed) -250 (today)] TJ"
                + " 0 -18 Td (" + FILLER + ") ' ET";
        PDStream stream = new PDStream(doc);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        page.setContents(stream);
    }

    /** One form XObject holding a value, drawn once on one page and twice on the next. */
    private static void formTwice(PDDocument doc, PDType1Font font) throws IOException {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(0, 0, 400, 40));
        PDResources formRes = new PDResources();
        COSName f = formRes.add(font);
        form.setResources(formRes);
        try (OutputStream os = form.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
            os.write(("BT /" + f.getName() + " 11 Tf 5 20 Td (Reference " + IN_FORM + " filed) Tj ET")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        for (int copies = 1; copies <= 2; copies++) {
            PDPage page = page(doc, font, List.of(FILLER));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                for (int i = 0; i < copies; i++) {
                    cs.saveGraphicsState();
                    cs.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(50, 600 - 100 * i));
                    cs.drawForm(form);
                    cs.restoreGraphicsState();
                }
            }
        }
    }

    private static void fieldAndAnnotation(PDDocument doc, PDType1Font font) throws IOException {
        PDPage page = page(doc, font, List.of(FILLER));
        PDAcroForm acro = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(acro);
        PDResources dr = new PDResources();
        COSName helv = dr.add(font);
        acro.setDefaultResources(dr);
        acro.setDefaultAppearance("/" + helv.getName() + " 10 Tf 0 g");
        PDTextField field = new PDTextField(acro);
        field.setPartialName("applicant");
        acro.getFields().add(field);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(50, 500, 300, 20));
        widget.setPage(page);
        page.getAnnotations().add(widget);
        field.setValue(FIELD);
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(400, 500, 20, 20));
        note.setContents("Call back about " + ANNOTATION);
        page.getAnnotations().add(note);
    }

    private static void metadataAttachmentScript(PDDocument doc) throws IOException {
        doc.getDocumentInformation().setAuthor(AUTHOR);
        doc.getDocumentInformation().setCreationDate(Calendar.getInstance());
        PDMetadata xmp = new PDMetadata(doc);
        try (OutputStream os = xmp.getCOSObject().createOutputStream()) {
            os.write(("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>"
                    + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description"
                    + " xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator>" + AUTHOR
                    + "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        doc.getDocumentCatalog().setMetadata(xmp);
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(
                ("note: " + ATTACHED).getBytes(StandardCharsets.UTF_8)));
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile("note.txt");
        spec.setEmbeddedFile(file);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of("note.txt", spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
        doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('" + SCRIPT + "');"));
    }
}
