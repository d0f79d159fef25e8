package org.yishi.web.errors;

import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.CompletionException;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** How the API answers a command that was given up while it waited, as the command gateway reports it. */
class ApiErrorAdviceTest {

    @RestController
    static class Queued {

        @GetMapping("/timed-out")
        void timedOut() {
            throw new CompletionException(new AxonTimeoutException("Unit of work timed out after 60000 ms"));
        }

        @GetMapping("/conflicted")
        void conflicted() {
            throw new CompletionException(new ConcurrencyException("An event for aggregate [s-1] at sequence [7] "
                                                                   + "was already inserted"));
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Queued())
                                               .setControllerAdvice(new ApiErrorAdvice())
                                               .build();

    @Test
    void aCommandGivenUpWhileWaitingIsReportedAsBusyAndNotSavedInBothLanguages() throws Exception {
        mvc.perform(get("/timed-out"))
           .andExpect(status().isServiceUnavailable())
           .andExpect(jsonPath("$.code").value("busy"))
           .andExpect(jsonPath("$.messages['zh-CN']").value("系统繁忙，本次操作未保存，请稍后重试"))
           .andExpect(jsonPath("$.messages.en").value("Too busy: this was not saved; please try again shortly"));
    }

    @Test
    void aCommandThatLostARaceForItsAggregateIsAConflictInBothLanguages() throws Exception {
        mvc.perform(get("/conflicted"))
           .andExpect(status().isConflict())
           .andExpect(jsonPath("$.code").value("conflict"))
           .andExpect(jsonPath("$.messages.en").value("Someone changed this at the same time; reload and try again"));
    }
}
