package cn.hezhang.supervision.web;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;

import cn.hezhang.shared.Times;
import cn.hezhang.shared.pdf.PdfFonts;
import cn.hezhang.supervision.SupervisionViews.NoticeRow;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** The printable 督办单 / 催办通知 (A4, OpenPDF, a CJK font from {@link PdfFonts}). */
@Component
class NoticePdf {
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(Times.CHINA);

	private final PdfFonts fonts;

	NoticePdf(PdfFonts fonts) {
		this.fonts = fonts;
	}

	byte[] render(NoticeRow n) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
		PdfWriter.getInstance(doc, out);
		doc.open();
		Font title = fonts.chinese(20, Font.BOLD);
		Font body = fonts.chinese(12);
		Font small = fonts.chinese(10);
		Paragraph head = new Paragraph(n.issuingOfficeName(), fonts.chinese(14));
		head.setAlignment(Element.ALIGN_CENTER);
		doc.add(head);
		Paragraph t = new Paragraph(n.kindLabel(), title);
		t.setAlignment(Element.ALIGN_CENTER);
		t.setSpacingAfter(6);
		doc.add(t);
		Paragraph no = new Paragraph(n.noticeNo(), small);
		no.setAlignment(Element.ALIGN_CENTER);
		no.setSpacingAfter(18);
		doc.add(no);
		doc.add(new Paragraph((n.unitName() == null ? "责任单位" : n.unitName()) + "：", body));
		Paragraph content = new Paragraph(n.content(), body);
		content.setFirstLineIndent(24);
		content.setSpacingBefore(6);
		content.setSpacingAfter(18);
		doc.add(content);
		doc.add(new Paragraph("问题编号：" + n.caseNo() + "（" + n.regionName() + "）", body));
		doc.add(new Paragraph("下发时间：" + DAY.format(n.issuedAt()), body));
		doc.add(new Paragraph((n.kind() == cn.hezhang.supervision.NoticeKind.URGE ? "签收期限：" : "回复期限：")
				+ DAY.format(n.dueAt()), body));
		if (n.respondedAt() != null) {
			Paragraph r = new Paragraph("回复（" + n.respondedBy() + "，" + DAY.format(n.respondedAt()) + "）：" + n.response(), body);
			r.setSpacingBefore(12);
			doc.add(r);
		}
		Paragraph sign = new Paragraph(n.issuingOfficeName() + "\n" + DAY.format(n.issuedAt()).substring(0, 11), body);
		sign.setAlignment(Element.ALIGN_RIGHT);
		sign.setSpacingBefore(36);
		doc.add(sign);
		doc.close();
		return out.toByteArray();
	}
}
