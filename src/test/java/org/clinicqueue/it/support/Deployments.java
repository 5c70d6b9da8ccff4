package org.clinicqueue.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * What integration tests deploy: the WAR exactly as Maven built it ({@code target/clinicqueue.war}), plus
 * the test-support classes and AssertJ for in-container tests. Testing the real artifact means a missing
 * descriptor or library fails a test, not a hospital's deployment.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive app() {
        File war = new File(System.getProperty("clinicqueue.war", "target/clinicqueue.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackage(Deployments.class.getPackage())
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.assertj:assertj-core").withoutTransitivity().asFile());
    }

    /** For black-box tests ({@code @RunAsClient}): the WAR alone, nothing from the tests inside it. */
    public static WebArchive blackBox() {
        File war = new File(System.getProperty("clinicqueue.war", "target/clinicqueue.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
