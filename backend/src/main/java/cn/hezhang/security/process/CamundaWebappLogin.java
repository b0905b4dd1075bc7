package cn.hezhang.security.process;

import java.util.Map;
import java.util.UUID;

import cn.hezhang.security.Role;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.security.UserRegistered;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Cockpit and Admin behind the same login: Spring Security lets only admins reach {@code /camunda/**}; Camunda's
 * container-based filter then takes the logged-in user from the request, so an admin never logs in twice. The
 * webapps look users up in the engine's identity tables, so every admin account has an engine user in the
 * {@code camunda-admin} group, with a random password nobody knows (the engine never checks it).
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappLogin {

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/camunda/*");
		registration.setName("hezhangCamundaContainerAuthentication");
		registration.setOrder(0);
		return registration;
	}

	@Bean
	@Order(0)
	ApplicationRunner engineAdminUsers(UserDirectory users, IdentityService identity) {
		return (ApplicationArguments args) -> users.withRole(Role.ADMIN).forEach(u -> ensureEngineAdmin(identity, u.username(), u.displayName()));
	}

	@Bean
	EngineAdminSync engineAdminSync(IdentityService identity, UserDirectory users) {
		return new EngineAdminSync(identity, users);
	}

	static void ensureEngineAdmin(IdentityService identity, String username, String displayName) {
		if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
			Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
			group.setName("Camunda administrators");
			group.setType(Groups.GROUP_TYPE_SYSTEM);
			identity.saveGroup(group);
		}
		if (identity.createUserQuery().userId(username).count() == 0) {
			User user = identity.newUser(username);
			user.setFirstName(displayName);
			user.setLastName("");
			user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
			identity.saveUser(user);
		}
		if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
			identity.createMembership(username, Groups.CAMUNDA_ADMIN);
		}
	}

	static class EngineAdminSync {
		private final IdentityService identity;
		private final UserDirectory users;

		EngineAdminSync(IdentityService identity, UserDirectory users) {
			this.identity = identity;
			this.users = users;
		}

		@TransactionalEventListener
		void on(UserRegistered event) {
			if (event.role() == Role.ADMIN) {
				users.find(event.userId()).ifPresent(u -> ensureEngineAdmin(identity, u.username(), u.displayName()));
			}
		}
	}
}
