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

    /**
     * The largest body other than an upload: a Vaadin message carrying the longest article we take (5,000,000 UTF-16
     * units, at most 3 bytes each in UTF-8) with room for JSON escapes.
     */
    private static final DataSize MAX_MESSAGE_SIZE = DataSize.ofMegabytes(24);

    /** First of all filters, ahead of Spring Security: nothing may read an oversize body before it is refused. */
    @Bean
    FilterRegistrationBean<OversizeRequestFilter> oversizeRequestFilter(
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxUploadSize) {
        FilterRegistrationBean<OversizeRequestFilter> registration = new FilterRegistrationBean<>(
                new OversizeRequestFilter(maxUploadSize.toBytes(), MAX_MESSAGE_SIZE.toBytes()));
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
