package org.yishi.web.pages;

import org.yishi.command.api.Rejection;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;

/**
 * How a page sends a command: a form posts, the command is sent and waited for, and the browser is redirected to a
 * page that shows the outcome. A refusal is shown on that page in the person's language instead of as the API's
 * JSON error.
 */
public final class PageCommands {

    private PageCommands() {
    }

    public static String send(Runnable command, String target, RedirectAttributes flash, Locale locale) {
        try {
            command.run();
            flash.addFlashAttribute("saved", true);
        } catch (Rejection rejection) {
            flash.addFlashAttribute("error", message(rejection, locale));
        }
        return "redirect:" + target;
    }

    public static String message(Rejection rejection, Locale locale) {
        return "en".equals(locale.getLanguage()) ? rejection.english() : rejection.chinese();
    }
}
