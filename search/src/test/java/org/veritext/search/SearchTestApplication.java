package org.veritext.search;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.veritext.core.CoreConfiguration;

/** The search module over the annotation core, without the web application. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({CoreConfiguration.class, SearchConfiguration.class})
public class SearchTestApplication {
}
