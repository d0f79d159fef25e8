package org.yishi.web.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a request body over {@value #LIMIT_BYTES} bytes with 413 and the API's bilingual error, before anything
 * reads it: at once when the declared {@code Content-Length} is over, otherwise (a chunked body) when reading passes
 * the limit, which {@link ApiErrorAdvice} then reports the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

    /** 256 KiB: a convention's whole text with its clauses fits many times over. */
    static final int LIMIT_BYTES = 256 * 1024;

    static final String CHINESE = "请求内容过大（上限 256 KiB），未保存";
    static final String ENGLISH = "The request body is too large (limit 256 KiB); nothing was saved";

    /** What reading a chunked body past the limit throws. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body over " + LIMIT_BYTES + " bytes");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > LIMIT_BYTES) {
            refuse(request, response);
            return;
        }
        boolean chunked = request.getContentLengthLong() < 0 && !"GET".equals(request.getMethod())
                          && !"HEAD".equals(request.getMethod());
        chain.doFilter(chunked ? new Limited(request) : request, response);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean english = "en".equals(request.getLocale().getLanguage());
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // the texts hold no quote or backslash, so they are written as they are
        response.getWriter().write("{\"code\":\"too-large\",\"message\":\"" + (english ? ENGLISH : CHINESE)
                                   + "\",\"messages\":{\"zh-CN\":\"" + CHINESE + "\",\"en\":\"" + ENGLISH + "\"}}");
        // a client that keeps sending its body is not read further
        response.setHeader("Connection", "close");
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > LIMIT_BYTES) {
                            throw new TooLarge();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > LIMIT_BYTES) {
                            throw new TooLarge();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
