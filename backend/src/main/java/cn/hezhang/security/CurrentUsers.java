package cn.hezhang.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The caller of the current request. */
@Component
public class CurrentUsers {

	public CurrentUser current() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("请先登录 / Login required"));
	}

	public Optional<CurrentUser> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}
}
