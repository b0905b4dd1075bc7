package cn.hezhang.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import cn.hezhang.casework.PhotoUpload;

/** Small real JPEG pictures for demo cases (a river bank in colour bands with a caption). */
final class DemoPhotos {
	private DemoPhotos() {
	}

	static PhotoUpload photo(String caption, Color water) {
		BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		try {
			g.setPaint(new GradientPaint(0, 0, new Color(170, 205, 235), 0, 200, new Color(225, 235, 245)));
			g.fillRect(0, 0, 640, 200);
			g.setColor(new Color(120, 150, 90));
			g.fillRect(0, 200, 640, 80);
			g.setColor(water);
			g.fillRect(0, 280, 640, 200);
			g.setColor(Color.WHITE);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
			g.drawString(caption, 24, 450);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(img, "jpg", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new PhotoUpload(caption + ".jpg", out.toByteArray());
	}
}
