package io.markguard.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every English message of a bundle has its Simplified Chinese in {@code messages/<bundle>_zh_CN.properties}, and no more. */
class ChineseMessagesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = { PortalMessages.class, ComplaintMessages.class, TransparencyMessages.class, ReportMessages.class,
            MisuseMessages.class, OrgMessages.class,
            TerminationMessages.class, ReviewMessages.class, NotificationMessages.class,
            SecurityMessages.class, TransparencyDatabaseMessages.class, DecisionLogMessages.class })
    void theChineseFileHasExactlyTheKeysOfTheEnglishBundle(Class<?> bundle) throws IOException {
        String file = "messages/" + bundle.getAnnotation(MessageBundle.class).value() + "_zh_CN.properties";
        Properties chinese = load(file);
        Set<String> english = englishKeys(bundle);

        Set<String> untranslated = new TreeSet<>(english);
        untranslated.removeAll(chinese.stringPropertyNames());
        Set<String> unknown = new TreeSet<>(chinese.stringPropertyNames());
        unknown.removeAll(english);
        assertTrue(untranslated.isEmpty(), file + " lacks " + untranslated);
        assertTrue(unknown.isEmpty(), file + " has keys " + bundle.getSimpleName() + " does not declare: " + unknown);

        Set<String> empty = chinese.stringPropertyNames().stream().filter(key -> chinese.getProperty(key).isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), empty, file + " has empty messages");
    }

    /** The keys Qute derives from the bundle: each @Message method's name, unless the annotation names another key. */
    private static Set<String> englishKeys(Class<?> bundle) {
        Set<String> keys = Arrays.stream(bundle.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Message.class))
                .map(ChineseMessagesTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
        // The decision log's bundle is the smallest (4); fewer than that means the methods were not found.
        assertTrue(keys.size() >= 4, bundle.getSimpleName() + " declares only " + keys.size() + " messages");
        return keys;
    }

    private static String key(Method method) {
        String key = method.getAnnotation(Message.class).key();
        return key.equals(Message.DEFAULT_NAME) || key.equals(Message.ELEMENT_NAME) ? method.getName() : key;
    }

    private static Properties load(String file) throws IOException {
        try (InputStream in = ChineseMessagesTest.class.getClassLoader().getResourceAsStream(file)) {
            assertNotNull(in, file + " is missing");
            // Qute reads the file as UTF-8; Properties would read an InputStream as ISO-8859-1.
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }
}
