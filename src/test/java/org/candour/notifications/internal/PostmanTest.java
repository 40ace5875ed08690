package org.candour.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Jakarta Mail's stream provider is made by name, not searched for in every jar each time. */
class PostmanTest {

    @Test
    void namesAngusStreamProviderWhenNothingIsSet() {
        var system = new Properties();
        Postman.nameTheStreamProvider(system);
        assertThat(system.getProperty(Postman.STREAM_PROVIDER)).isEqualTo(Postman.ANGUS_STREAM_PROVIDER);
    }

    @Test
    void keepsTheNameADeploymentSet() {
        var system = new Properties();
        system.setProperty(Postman.STREAM_PROVIDER, "com.example.OtherStreamProvider");
        Postman.nameTheStreamProvider(system);
        assertThat(system.getProperty(Postman.STREAM_PROVIDER)).isEqualTo("com.example.OtherStreamProvider");
    }

    @Test
    void theNamedProviderIsTheOneJakartaMailMakes() throws ClassNotFoundException {
        Class.forName(Postman.class.getName());   // its static initializer names the provider
        assertThat(System.getProperty(Postman.STREAM_PROVIDER)).isEqualTo(Postman.ANGUS_STREAM_PROVIDER);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(Postman.ANGUS_STREAM_PROVIDER);
    }
}
