package org.yishi.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The request-size limit, for a declared length and for a chunked body whose length nobody declared. */
class RequestSizeLimitTest {

    private final RequestSizeLimit limit = new RequestSizeLimit();

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWith413InBothLanguagesBeforeAnythingReadsIt() throws Exception {
        // given a body one byte over the limit
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/petitions");
        request.setContent(new byte[RequestSizeLimit.LIMIT_BYTES + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<Boolean> reached = new AtomicReference<>(false);
        // when it arrives
        limit.doFilter(request, response, (req, res) -> reached.set(true));
        // then it is refused and no controller sees it
        assertThat(reached.get()).isFalse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(RequestSizeLimit.CHINESE).contains(RequestSizeLimit.ENGLISH);
    }

    @Test
    void aChunkedBodyIsStoppedWhenReadingPassesTheLimitAndOneWithinItIsReadWhole() throws Exception {
        // given bodies without a declared length, one over the limit and one within it
        for (int size : new int[]{RequestSizeLimit.LIMIT_BYTES + 1, RequestSizeLimit.LIMIT_BYTES}) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/petitions") {
                @Override
                public long getContentLengthLong() {
                    return -1;
                }

                @Override
                public int getContentLength() {
                    return -1;
                }
            };
            request.setContent(new byte[size]);
            AtomicReference<Object> outcome = new AtomicReference<>();
            // when a controller reads it
            limit.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
                try {
                    outcome.set(((HttpServletRequest) req).getInputStream().readAllBytes().length);
                } catch (RequestSizeLimit.TooLarge tooLarge) {
                    outcome.set(tooLarge);
                }
            });
            // then the one over the limit stops with TooLarge (413 through the error advice), the other is read
            if (size > RequestSizeLimit.LIMIT_BYTES) {
                assertThat(outcome.get()).isInstanceOf(RequestSizeLimit.TooLarge.class);
            } else {
                assertThat(outcome.get()).isEqualTo(size);
            }
        }
        assertThatThrownBy(() -> {
            throw new RequestSizeLimit.TooLarge();
        }).hasMessageContaining(String.valueOf(RequestSizeLimit.LIMIT_BYTES));
    }
}
