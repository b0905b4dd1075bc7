package cn.hezhang.shared.web;

import java.io.IOException;
import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the Vue app from the frontend jar ({@code classpath:/static}). Hashed assets are cached for a year
 * (Spring Security would otherwise mark them no-store, CAMUNDA-NOTES pitfall 11); any other path that is not an
 * API and not a file answers index.html, so that the app's own routes (/cases/12) survive a reload.
 */
@Configuration(proxyBeanMethods = false)
class SpaWebConfiguration implements WebMvcConfigurer {
	private static final String[] NOT_THE_APP = { "api/", "engine-rest/", "camunda/", "actuator/", "v3/", "open311/",
			"swagger-ui" };

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/static/assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.noCache())
			.resourceChain(true)
			.addResolver(new PathResourceResolver() {
				@Override
				protected Resource getResource(String resourcePath, Resource location) throws IOException {
					Resource found = super.getResource(resourcePath, location);
					if (found != null) {
						return found;
					}
					for (String prefix : NOT_THE_APP) {
						if (resourcePath.startsWith(prefix)) {
							return null;
						}
					}
					if (resourcePath.contains(".")) {
						return null;
					}
					Resource index = new ClassPathResource("static/index.html");
					return index.exists() ? index : null;
				}
			});
	}
}
