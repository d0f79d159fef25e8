package org.yishi.web.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.util.Locale;

/**
 * Chinese first: pages and errors are in zh-CN unless the person chose English ({@code ?lang=en}, remembered in a
 * cookie) or the browser asks for it.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("yishi-lang");
        resolver.setDefaultLocaleFunction(request -> request.getHeader("Accept-Language") == null
                                                     ? Locale.SIMPLIFIED_CHINESE
                                                     : englishOrChinese(request.getLocale()));
        return resolver;
    }

    private static Locale englishOrChinese(Locale requested) {
        return "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
