package cn.hezhang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HezhangApplication {
	public static void main(String[] args) {
		SpringApplication.run(HezhangApplication.class, args);
	}
}
