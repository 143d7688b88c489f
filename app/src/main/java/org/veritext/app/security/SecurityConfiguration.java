package org.veritext.app.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.veritext.app.ui.login.LoginView;

/**
 * Every route and endpoint needs a signed-in user, except the login view, the health check (which says only up
 * or down) and our static scripts and styles (the login page needs them; they hold nothing secret). CSRF
 * protection stays on; Vaadin's configurer lets its own protected requests through.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health").permitAll()
                .requestMatchers("/js/**", "/css/**", "/icons/**").permitAll());
        // Anything else needs a signed-in user; Vaadin then answers an unknown address with our "Page not found"
        // view rather than a bare 403.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
