package org.yishi.web.convention;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A convention form sent with a field missing or not readable (a date that is no date, a number that is no number)
 * goes back to the page it came from with a message saying so; nothing is sent to the command side.
 */
@ControllerAdvice(assignableTypes = {ConventionPages.class, ConventionStageForms.class})
class ConventionFormErrors {

    private static final Pattern PAGE = Pattern.compile("^(/conventions/[^/]+|/communities/[^/]+/conventions)");

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    String malformed(Exception problem, HttpServletRequest request, RedirectAttributes flash, Locale locale) {
        String field = problem instanceof MissingServletRequestParameterException missing
                       ? missing.getParameterName() : ((MethodArgumentTypeMismatchException) problem).getName();
        flash.addFlashAttribute("error", "en".equals(locale.getLanguage())
                                         ? "The form is incomplete or a field is not valid: " + field
                                         : "表单未填写完整或格式不正确：" + field);
        Matcher page = PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        return "redirect:" + (page.find() ? page.group(1) : "/");
    }
}
