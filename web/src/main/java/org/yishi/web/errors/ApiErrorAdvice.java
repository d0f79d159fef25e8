package org.yishi.web.errors;

import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;

import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns what the command side refuses into JSON errors in Chinese and English. A refused command has changed
 * nothing, so every one of these is safe to correct and send again.
 */
@RestControllerAdvice
class ApiErrorAdvice {

    @ExceptionHandler({CompletionException.class, ExecutionException.class})
    ResponseEntity<ApiError> unwrap(Exception wrapper, Locale locale) throws Exception {
        Throwable cause = wrapper.getCause();
        // an exception handler's own exception reaches no other handler, so the causes are sorted out here
        if (cause instanceof Rejection rejection) {
            return rejected(rejection, locale);
        }
        if (cause instanceof ConcurrencyException) {
            return conflict(locale);
        }
        if (cause instanceof AxonTimeoutException || cause instanceof LockAcquisitionFailedException) {
            return busy(locale);
        }
        if (cause instanceof AggregateNotFoundException) {
            return notFound(locale);
        }
        if (cause instanceof Exception exception) {
            throw exception;
        }
        throw wrapper;
    }

    @ExceptionHandler(Rejection.class)
    ResponseEntity<ApiError> rejected(Rejection rejection, Locale locale) {
        boolean unauthorized = rejection instanceof Unauthorized;
        return ResponseEntity.status(unauthorized ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY)
                             .body(ApiError.of(unauthorized ? "unauthorized" : "rejected", rejection.chinese(),
                                               rejection.english(), english(locale)));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ApiError> conflict(Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                             .body(ApiError.of("conflict", "他人同时修改了同一内容，请刷新后重试",
                                               "Someone changed this at the same time; reload and try again",
                                               english(locale)));
    }

    /**
     * A command that waited too long for its aggregate (many commands queued on one session) was given up before it
     * was stored; the caller may send it again.
     */
    @ExceptionHandler({AxonTimeoutException.class, LockAcquisitionFailedException.class})
    ResponseEntity<ApiError> busy(Locale locale) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                             .body(ApiError.of("busy", "系统繁忙，本次操作未保存，请稍后重试",
                                               "Too busy: this was not saved; please try again shortly",
                                               english(locale)));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ApiError> notFound(Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                             .body(ApiError.of("not-found", "找不到该内容", "Not found", english(locale)));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentNotValidException.class})
    ResponseEntity<ApiError> malformed(Exception exception, Locale locale) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.TooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                                     .body(ApiError.of("too-large", RequestSizeLimit.CHINESE, RequestSizeLimit.ENGLISH,
                                                       english(locale)));
            }
        }
        return ResponseEntity.badRequest()
                             .body(ApiError.of("malformed", "请求格式不正确", "The request is malformed",
                                               english(locale)));
    }

    /** Such as a ballot without its {@code Idempotency-Key}: the header's name is in the message. */
    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ApiError> missingHeader(MissingRequestHeaderException missing, Locale locale) {
        String header = missing.getHeaderName();
        return ResponseEntity.badRequest()
                             .body(ApiError.of("missing-header", "请求缺少请求头 " + header,
                                               "The request lacks the " + header + " header", english(locale)));
    }

    /** A word where a number, a date or a role belongs, in the path or a query parameter: its name is in the message. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> wrongType(MethodArgumentTypeMismatchException mismatch, Locale locale) {
        String name = mismatch.getName();
        return ResponseEntity.badRequest()
                             .body(ApiError.of("wrong-type", "参数 " + name + " 的值不正确",
                                               "The value of " + name + " is not valid here", english(locale)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException missing, Locale locale) {
        String name = missing.getParameterName();
        return ResponseEntity.badRequest()
                             .body(ApiError.of("missing-parameter", "请求缺少参数 " + name,
                                               "The request lacks the " + name + " parameter", english(locale)));
    }

    /** Other parts of a request that could not be bound (a missing cookie, path variable, a failed validation). */
    @ExceptionHandler({ServletRequestBindingException.class, HandlerMethodValidationException.class})
    ResponseEntity<ApiError> unbound(Locale locale) {
        return ResponseEntity.badRequest()
                             .body(ApiError.of("malformed", "请求格式不正确", "The request is malformed",
                                               english(locale)));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(Locale locale) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                             .body(ApiError.of("unsupported-media-type", "请以 JSON 格式（application/json）发送请求内容",
                                               "Send the request body as JSON (application/json)", english(locale)));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException refused, Locale locale) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                             .body(ApiError.of("method-not-allowed", "该地址不支持 " + refused.getMethod() + " 请求",
                                               "This address does not accept " + refused.getMethod(),
                                               english(locale)));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchAddress(Locale locale) {
        return notFound(locale);
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
