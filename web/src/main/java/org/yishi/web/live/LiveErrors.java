package org.yishi.web.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a {@link LiveRefusal} into the ERROR frame a client sees: the {@code message} header carries both languages
 * (Chinese first), the body is the API's error shape {@code {code, message, messages:{"zh-CN","en"}}}.
 */
class LiveErrors extends StompSubProtocolErrorHandler {

    private final ObjectMapper json;

    LiveErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable error) {
        LiveRefusal refusal = refusal(error);
        if (refusal == null) {
            // a frame that could not be parsed (no client message then) or handled: the client is told so in both
            // languages, never the server's exception text
            refusal = clientMessage == null
                      ? new LiveRefusal("malformed", "无法识别的消息帧", "The frame could not be read")
                      : new LiveRefusal("not-handled", "无法处理该消息", "This message could not be handled");
        }
        StompHeaderAccessor accessor = StompHeaderAccessor.create(StompCommand.ERROR);
        accessor.setMessage(refusal.chinese() + " / " + refusal.english());
        accessor.setContentType(MimeTypeUtils.APPLICATION_JSON);
        if (clientMessage != null) {
            StompHeaderAccessor client = MessageHeaderAccessor.getAccessor(clientMessage, StompHeaderAccessor.class);
            if (client != null && client.getReceipt() != null) {
                accessor.setReceiptId(client.getReceipt());
            }
        }
        accessor.setLeaveMutable(true);
        return MessageBuilder.createMessage(body(refusal), accessor.getMessageHeaders());
    }

    private byte[] body(LiveRefusal refusal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", refusal.code());
        body.put("message", refusal.chinese());
        body.put("messages", Map.of("zh-CN", refusal.chinese(), "en", refusal.english()));
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LiveRefusal refusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof LiveRefusal refusal) {
                return refusal;
            }
        }
        return null;
    }
}
