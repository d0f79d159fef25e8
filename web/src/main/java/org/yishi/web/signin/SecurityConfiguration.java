package org.yishi.web.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Sign-in with username (a phone number is fine) and password, server sessions, CSRF protection for pages and for
 * the browser's API calls (the token travels in the XSRF-TOKEN cookie and comes back in the X-XSRF-TOKEN header).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain yishiSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/signin", "/invitation", "/css/**", "/js/**",
                                         "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/status", "/api/communities").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/invitations/redeem").permitAll()
                        // live boards: the handshake is open to anyone, each SUBSCRIBE is checked against the
                        // viewer's rights (org.yishi.web.live.BoardSubscriptions); a public board may be read
                        // without a sign-in, and a join code shown in the room finds its session for anyone
                        .requestMatchers("/ws").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/sessions/*/board", "/api/sessions/*/join-code.png",
                                         "/api/join/*").permitAll()
                        // the projector page of a public board; the page itself sends others to sign in
                        .requestMatchers(HttpMethod.GET, "/sessions/*/board").permitAll()
                        // a decision published to everyone is read without a sign-in; the controller and the page
                        // check the decision's visibility and send others to sign in (org.yishi.web.decision)
                        .requestMatchers(HttpMethod.GET, "/api/decisions/*", "/decisions/*",
                                         "/api/communities/*/archive", "/communities/*/archive",
                                         "/communities/*/archive.csv",
                                         "/api/conventions/*/text", "/api/communities/*/conventions",
                                         "/communities/*/conventions",
                                         "/conventions/*/versions/*").permitAll()
                        // the archive search applies the reader's roles itself (org.yishi.web.search)
                        .requestMatchers(HttpMethod.GET, "/search", "/api/search", "/search.csv").permitAll()
                        // verifiable records: the proof checks the decision's reading rule itself
                        .requestMatchers(HttpMethod.GET, "/api/records/proof", "/api/records/checkpoints/*")
                        .permitAll()
                        .requestMatchers("/api/sessions/**").authenticated()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/signin").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                                  .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(Credentials credentials) {
        return username -> credentials.find(username).map(YishiUser::new).orElseThrow(
                () -> new UsernameNotFoundException("No such user"));
    }
}
