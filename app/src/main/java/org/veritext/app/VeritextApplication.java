package org.veritext.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.veritext.core.CoreConfiguration;
import org.veritext.search.SearchConfiguration;

/** Veritext: claim annotation and search for fact-checking teams. */
@SpringBootApplication
@Import({CoreConfiguration.class, SearchConfiguration.class})
@EnableConfigurationProperties(VeritextProperties.class)
public class VeritextApplication {

    public static void main(String[] args) {
        SpringApplication.run(VeritextApplication.class, args);
    }
}
