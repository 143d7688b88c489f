package org.veritext.core;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The annotation-core module on its own, with the database auto-configured as in the application. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(CoreConfiguration.class)
public class CoreTestApplication {
}
