package io.blackbar.format.pdf.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes the page tree anew as one node over the pages PDFBox could reach, each page holding its
 * formerly inherited attributes itself. A damaged tree (loops, wrong counts, shared kids) does not
 * reach the output, and no intermediate node is left to carry anything.
 */
final class PageTree {

    private PageTree() {
    }

    static void flatten(PDDocument doc) {
        List<PDPage> pages = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            pages.add(page);
        }
        COSDictionary root = new COSDictionary();
        root.setItem(COSName.TYPE, COSName.PAGES);
        COSArray kids = new COSArray();
        for (PDPage page : pages) {
            page.setResources(page.getResources());
            page.setMediaBox(page.getMediaBox());
            page.setCropBox(page.getCropBox());
            page.setRotation(page.getRotation());
            page.getCOSObject().setItem(COSName.PARENT, root);
            kids.add(page.getCOSObject());
        }
        root.setItem(COSName.KIDS, kids);
        root.setInt(COSName.COUNT, pages.size());
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.PAGES, root);
    }
}
