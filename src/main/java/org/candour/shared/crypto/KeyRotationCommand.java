package org.candour.shared.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The rotation command: {@code java -jar candour.jar --candour.crypto.rotate=true} starts the portal, rotates the
 * keys ({@link KeyRotation}), prints the counts and exits (status 0, or 1 if anything is left under an older key).
 */
@Component
@ConditionalOnBooleanProperty("candour.crypto.rotate")
class KeyRotationCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KeyRotationCommand.class);

    private final KeyRotation rotation;
    private final ConfigurableApplicationContext context;
    private final int batchSize;

    KeyRotationCommand(KeyRotation rotation, ConfigurableApplicationContext context,
                       @Value("${candour.crypto.rotate-batch-size:500}") int batchSize) {
        this.rotation = rotation;
        this.context = context;
        this.batchSize = batchSize;
    }

    @Override
    public void run(ApplicationArguments args) {
        var report = rotation.rotate(batchSize);
        log.info("Key rotation: {}", report);
        System.out.println("Key rotation: " + report);
        int status = report.left() == 0 ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
