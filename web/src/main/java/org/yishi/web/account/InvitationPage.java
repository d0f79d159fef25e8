package org.yishi.web.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.PersonId;

import java.util.Locale;

/** The page an invited person opens from the administrator's link: one code, a username, a password. */
@Controller
class InvitationPage {

    private final Redemption redemption;

    InvitationPage(Redemption redemption) {
        this.redemption = redemption;
    }

    @GetMapping("/invitation")
    String form(@RequestParam(name = "person", required = false) String person, Model model) {
        model.addAttribute("person", person);
        return "invitation";
    }

    @PostMapping("/invitation")
    String redeem(@RequestParam String person, @RequestParam String code, @RequestParam String username,
                  @RequestParam String password, Model model, Locale locale) {
        try {
            redemption.redeem(new PersonId(person), code, username, password);
            return "redirect:/signin";
        } catch (Rejection rejection) {
            model.addAttribute("person", person);
            model.addAttribute("username", username);
            model.addAttribute("error", "en".equals(locale.getLanguage()) ? rejection.english()
                                                                           : rejection.chinese());
            return "invitation";
        }
    }
}
