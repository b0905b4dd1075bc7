package cn.hezhang.security;

/** A user account was created. */
public record UserRegistered(Long userId, String username, Role role) {
}
