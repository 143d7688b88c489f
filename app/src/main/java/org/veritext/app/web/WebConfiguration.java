package org.veritext.app.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** How the servlet container answers requests it refuses itself: with our page, never Tomcat's or Spring's. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** First of all filters, ahead of Spring Security: nothing may read an oversize body before it is refused. */
    @Bean
    FilterRegistrationBean<OversizeRequestFilter> oversizeRequestFilter(
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        FilterRegistrationBean<OversizeRequestFilter> registration =
                new FilterRegistrationBean<>(new OversizeRequestFilter(maxRequestSize.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Tomcat answers some requests before any filter sees them (a request line or headers over the size limit); its
     * error report valve writes those pages, so ours takes its place.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> veritextErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(TomcatErrorReportValve.class.getName());
            }
        });
    }
}
