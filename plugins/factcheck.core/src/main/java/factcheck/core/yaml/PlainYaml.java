package factcheck.core.yaml;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML set up for user-owned files (front matter, rule metadata): safe types only, no
 * duplicate keys, few aliases, and every scalar kept as text. Without the last, "2021-11-10" would
 * become a java.util.Date at the JVM's time zone and come back a day off.
 */
public final class PlainYaml {

    private PlainYaml() {
    }

    public static Yaml create() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        DumperOptions dump = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options, new TextResolver());
    }

    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none: scalars stay strings; Jackson coerces "true" or "3" where a field wants them
        }
    }
}
