package org.candour.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.candour.identity.TwoFactor;
import org.candour.security.ui.LoginView;
import org.candour.security.ui.StaffHomeView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecondFactorGate secondFactor) throws Exception {
        http.headers(headers -> headers
                .referrerPolicy(policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                // Sent only over HTTPS (behind nginx: X-Forwarded-Proto from the trusted proxy), never over HTTP.
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterBefore(secondFactor, AuthorizationFilter.class);
        // Staff land on their home page after signing in, unless a staff page sent them to sign in first.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .defaultSuccessUrl("/" + StaffHomeView.ROUTE));
        return http.build();
    }

    /** In every security chain that lets staff in, before authorisation; never a servlet filter of its own. */
    @Bean
    SecondFactorGate secondFactorGate(TwoFactor twoFactor, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        return new SecondFactorGate(twoFactor,
                strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }

    @Bean
    FilterRegistrationBean<SecondFactorGate> secondFactorGateRegistration(SecondFactorGate gate) {
        var registration = new FilterRegistrationBean<>(gate);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
