package org.yishi.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Served at /v3/api-docs and /swagger-ui.html; the description says how to call the API, in both languages. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI yishiApi() {
        return new OpenAPI().info(new Info()
                .title("议事 Yishi API")
                .version("0.1")
                .description("""
                        社区协商议事平台的接口。登录后调用（会话 Cookie）；修改类请求须在 X-XSRF-TOKEN 请求头中带上 \
                        XSRF-TOKEN Cookie 的值。被拒绝的命令返回 422（无权限为 403），正文含中英文说明。

                        The API of the community deliberation platform. Call it signed in (session cookie); \
                        requests that change anything send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN \
                        header. A refused command answers 422 (403 when the caller lacks the role), with the \
                        reason in Chinese and English."""));
    }
}
