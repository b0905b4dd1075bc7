package cn.hezhang.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The demo: on or off, and the one password of all demo accounts. */
@ConfigurationProperties("hezhang.demo")
record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("Demo#2026") String password) {
}
