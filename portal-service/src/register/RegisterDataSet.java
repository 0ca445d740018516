import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes the local trademark register (portal-service/src/main/resources/register/trademarks.csv):
 * the hand-made entries the demo and the tests rely on, then a few thousand generated ones with each
 * office's real number format. The seed is fixed, so a rerun writes the same file.
 *
 *   java portal-service/src/register/RegisterDataSet.java > portal-service/src/main/resources/register/trademarks.csv
 */
public class RegisterDataSet {

    static final long SEED = 20261122L;
    static final int GENERATED = 3000;

    /**
     * One registration. {@code expires} is ten years after registration unless given; {@code domains} are the
     * owner's web domains as the register records them (semicolon-separated, often none).
     */
    record Entry(String office, String number, String type, String mark, String owner, String email, String classes,
            LocalDate filed, LocalDate registered, LocalDate expires, String status, String domains) {
        Entry(String office, String number, String type, String mark, String owner, String email, String classes,
                LocalDate filed, LocalDate registered, String status) {
            this(office, number, type, mark, owner, email, classes, filed, registered, registered.plusYears(10), status, "");
        }

        String csv() {
            return String.join(",", office, number, type, quote(mark), quote(owner), email, classes,
                    filed.toString(), registered.toString(), expires.toString(), status, domains);
        }
    }

    public static void main(String[] args) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        // The demo brand of user brand-owner: verifiable with `infra/markguard mail` in the local suite.
        add(entries, new Entry("USPTO", "7123456", "TRADEMARK", "NORTHWIND", "Northwind Apparel, Inc.",
                "brand-owner@markguard.test", "18;25;35", LocalDate.of(2021, 3, 2), LocalDate.of(2023, 7, 11), "REGISTERED"));
        add(entries, new Entry("EUIPO", "018765432", "TRADEMARK", "NORTHWIND", "Northwind Apparel Inc.",
                "brand-owner@markguard.test", "18;25", LocalDate.of(2022, 9, 14), LocalDate.of(2023, 1, 20), "REGISTERED"));
        // Entries the portal-service tests verify against, one per scenario so their mail never mixes.
        add(entries, new Entry("USPTO", "5550001", "TRADEMARK", "HARBOR LIGHTS", "Harbor Lights Candle Co.",
                "legal@harborlights.test", "4", LocalDate.of(2017, 5, 3), LocalDate.of(2018, 10, 30), "REGISTERED"));
        add(entries, new Entry("USPTO", "5550002", "TRADEMARK", "KESTREL", "Kestrel Optics Ltd",
                "tm@kestrel-optics.test", "9", LocalDate.of(2016, 2, 8), LocalDate.of(2017, 4, 25), "REGISTERED"));
        add(entries, new Entry("EUIPO", "018550003", "TRADEMARK", "ALPINA ROSSA", "Alpina Rossa S.p.A.",
                "marchi@alpinarossa.test", "25;28", LocalDate.of(2020, 6, 1), LocalDate.of(2020, 11, 3), "REGISTERED"));
        add(entries, new Entry("UKIPO", "UK00003550004", "TRADEMARK", "FENWICK", "Fenwick & Sons Ltd",
                "trademarks@fenwick.test", "14", LocalDate.of(2019, 1, 15), LocalDate.of(2019, 6, 7), "REGISTERED"));
        add(entries, new Entry("CNIPA", "45550005", "TRADEMARK", "远山 YUANSHAN", "杭州远山服饰有限公司",
                "ip@yuanshan.test", "25", LocalDate.of(2019, 8, 20), LocalDate.of(2020, 12, 6), "REGISTERED"));
        add(entries, new Entry("JPO", "6550006", "TRADEMARK", "SAKURA LINE", "Sakura Line Kabushiki Kaisha",
                "chizai@sakuraline.test", "3", LocalDate.of(2020, 2, 4), LocalDate.of(2021, 3, 18), "REGISTERED"));
        add(entries, new Entry("WIPO", "1550007", "TRADEMARK", "ORBITA", "Orbita GmbH",
                "marken@orbita.test", "9;42", LocalDate.of(2020, 7, 9), LocalDate.of(2020, 7, 9), "REGISTERED"));
        add(entries, new Entry("USPTO", "5550008", "TRADEMARK", "GREY FOX", "Grey Fox Leather Goods, Inc.",
                "counsel@greyfox.test", "18", LocalDate.of(2018, 4, 4), LocalDate.of(2019, 1, 22), "REGISTERED"));
        add(entries, new Entry("USPTO", "5550009", "TRADEMARK", "LAPSED LAMP", "Lapsed Lamp Inc.",
                "ip@lapsedlamp.test", "11", LocalDate.of(2005, 4, 4), LocalDate.of(2006, 1, 22), "CANCELLED"));
        // Domain control: the correspondent's domain ties lumenfield.test and zephyrbay.test to their owners; Tallow
        // Creek's register entry also names the owner's shop domain, which a DNS record there can prove.
        add(entries, new Entry("WIPO", "1660001", "TRADEMARK", "LUMEN FIELD", "Lumen Field Outdoor GmbH",
                "marken@lumenfield.test", "25", LocalDate.of(2021, 4, 6), LocalDate.of(2021, 4, 6), "REGISTERED"));
        add(entries, new Entry("USPTO", "7000008", "TRADEMARK", "ZEPHYR", "Zephyr Bay Inc.",
                "legal@zephyrbay.test", "25", LocalDate.of(2020, 3, 9), LocalDate.of(2021, 1, 12), "REGISTERED"));
        add(entries, new Entry("USPTO", "5550010", "TRADEMARK", "TALLOW CREEK", "Tallow Creek Soap Co.",
                "legal@tallowcreek.test", "3", LocalDate.of(2019, 3, 1), LocalDate.of(2020, 2, 4),
                LocalDate.of(2030, 2, 4), "REGISTERED", "tallowcreek.test;tallowcreek-shop.test"));
        // The look-alike: a brand that types this owner's name with a domain of its own must not be verified by it.
        add(entries, new Entry("USPTO", "5550011", "TRADEMARK", "BRIGHTWATER", "Brightwater Kitchenware Inc.",
                "trademarks@brightwater.test", "21", LocalDate.of(2018, 6, 12), LocalDate.of(2019, 5, 7), "REGISTERED"));
        add(entries, new Entry("USPTO", "5550018", "TRADEMARK", "WINDROW", "Windrow Garden Tools Inc.",
                "legal@windrow.test", "8", LocalDate.of(2018, 1, 9), LocalDate.of(2018, 12, 4), "REGISTERED"));
        // Never verified automatically: expired (though still marked registered), cancelled, another owner.
        add(entries, new Entry("USPTO", "5550012", "TRADEMARK", "DUSKWOOD", "Duskwood Candles Inc.",
                "legal@duskwood.test", "4", LocalDate.of(2013, 2, 2), LocalDate.of(2014, 1, 14),
                LocalDate.of(2024, 1, 14), "REGISTERED", "duskwood.test"));
        add(entries, new Entry("EUIPO", "018550013", "TRADEMARK", "QUARRY BELL", "Quarry Bell GmbH",
                "marken@quarrybell.test", "9", LocalDate.of(2019, 9, 9), LocalDate.of(2020, 3, 3),
                LocalDate.of(2030, 3, 3), "CANCELLED", "quarrybell.test"));
        add(entries, new Entry("USPTO", "5550014", "TRADEMARK", "MARSH HEN", "Marsh Hen Outfitters LLC",
                "legal@marshhen.test", "25", LocalDate.of(2017, 8, 8), LocalDate.of(2018, 7, 3), "REGISTERED"));
        // The re-check: tests change these entries on the register after the right is verified (expiry, cancellation,
        // a new owner) and run the re-check.
        add(entries, new Entry("USPTO", "5550015", "TRADEMARK", "HALYARD", "Halyard Marine Inc.",
                "legal@halyard.test", "12", LocalDate.of(2016, 5, 5), LocalDate.of(2017, 4, 4), "REGISTERED"));
        add(entries, new Entry("EUIPO", "018550016", "TRADEMARK", "CORMORANT", "Cormorant Outdoor GmbH",
                "marken@cormorant.test", "25", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 9, 9), "REGISTERED"));
        add(entries, new Entry("UKIPO", "UK00003550017", "TRADEMARK", "PETREL", "Petrel Optics Ltd",
                "trademarks@petrel.test", "9", LocalDate.of(2020, 2, 2), LocalDate.of(2020, 8, 8), "REGISTERED"));
        add(entries, new Entry("USPTO", "5550019", "TRADEMARK", "SANDPIPER", "Sandpiper Rope Inc.",
                "legal@sandpiper.test", "22", LocalDate.of(2017, 3, 3), LocalDate.of(2018, 2, 2), "REGISTERED"));

        Random random = new Random(SEED);
        String[] offices = { "USPTO", "EUIPO", "CNIPA", "WIPO", "JPO", "UKIPO" };
        int made = 0;
        while (made < GENERATED) {
            String office = offices[random.nextInt(offices.length)];
            String number = number(office, random);
            String mark = pick(random, MARK_FIRST) + (random.nextBoolean() ? " " + pick(random, MARK_SECOND) : "");
            String owner = owner(office, mark, random);
            String slug = mark.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
            String email = pick(random, MAILBOXES) + "@" + slug + "." + pick(random, TLDS);
            LocalDate filed = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
            LocalDate registered = filed.plusDays(120 + random.nextInt(600));
            String status = random.nextInt(20) == 0 ? "CANCELLED" : "REGISTERED";
            if (add(entries, new Entry(office, number, "TRADEMARK", mark.toUpperCase(Locale.ROOT), owner, email,
                    classes(random), filed, registered, status))) {
                made++;
            }
        }
        System.out.println("office,registration_number,type,mark,owner,correspondent_email,nice_classes,filed_on,registered_on,expires_on,status,owner_domains");
        entries.values().forEach(e -> System.out.println(e.csv()));
    }

    static boolean add(Map<String, Entry> entries, Entry entry) {
        return entries.putIfAbsent(entry.office() + ":" + entry.number(), entry) == null;
    }

    /** The formats RegistrationNumbers checks: the generated entries must pass the same rules as user input. */
    static String number(String office, Random random) {
        return switch (office) {
            case "USPTO" -> String.valueOf(1_000_000 + random.nextInt(6_000_000));
            case "EUIPO" -> String.format("%09d", 1_000 + random.nextInt(19_000_000));
            case "CNIPA" -> String.valueOf(1_000_000 + random.nextInt(70_000_000));
            case "WIPO" -> String.valueOf(400_000 + random.nextInt(1_200_000));
            case "JPO" -> String.valueOf(1_000_000 + random.nextInt(5_500_000));
            case "UKIPO" -> String.format("UK%011d", 2_000_000 + random.nextInt(2_000_000));
            default -> throw new IllegalArgumentException(office);
        };
    }

    static String owner(String office, String mark, Random random) {
        String base = capitalise(mark) + " " + pick(random, TRADES);
        String form = switch (office) {
            case "USPTO" -> pick(random, new String[] { "Inc.", "LLC", "Corp.", "Co." });
            case "EUIPO" -> pick(random, new String[] { "GmbH", "S.A.", "S.p.A.", "B.V.", "AB", "SAS" });
            case "UKIPO" -> pick(random, new String[] { "Ltd", "Limited", "PLC", "LLP" });
            case "JPO" -> "Kabushiki Kaisha";
            case "CNIPA" -> null;
            default -> pick(random, new String[] { "AG", "GmbH", "Inc.", "Ltd", "S.A." });
        };
        if (form == null) {
            return pick(random, CN_CITIES) + pick(random, CN_NAMES) + pick(random, CN_TRADES) + "有限公司";
        }
        return base + " " + form;
    }

    static String classes(Random random) {
        List<Integer> classes = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (classes.size() < count) {
            int c = 1 + random.nextInt(45);
            if (!classes.contains(c)) {
                classes.add(c);
            }
        }
        classes.sort(null);
        return String.join(";", classes.stream().map(String::valueOf).toList());
    }

    static String capitalise(String mark) {
        StringBuilder out = new StringBuilder();
        for (String word : mark.toLowerCase(Locale.ROOT).split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static final String[] MARK_FIRST = { "Aurora", "Basalt", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Harbor",
            "Iris", "Juniper", "Kite", "Lumen", "Meadow", "Nimbus", "Onyx", "Pioneer", "Quill", "Ridge", "Sierra",
            "Tundra", "Umbra", "Vale", "Willow", "Xenon", "Yarrow", "Zephyr", "Copper", "Silver", "Golden", "Crimson" };
    static final String[] MARK_SECOND = { "Works", "Line", "Peak", "Craft", "Trail", "Studio", "Lab", "Field", "Bay",
            "Forge", "House", "Point", "Wave", "Stone", "Leaf" };
    static final String[] TRADES = { "Apparel", "Footwear", "Cosmetics", "Electronics", "Toys", "Watches", "Leather",
            "Outdoor", "Home", "Sports", "Optics", "Tools" };
    static final String[] MAILBOXES = { "trademarks", "ip", "legal", "brand-protection", "counsel", "marks" };
    static final String[] TLDS = { "example", "test" };
    static final String[] CN_CITIES = { "上海", "深圳", "杭州", "广州", "苏州", "宁波", "成都", "厦门" };
    static final String[] CN_NAMES = { "星河", "云帆", "青松", "金鹰", "锦程", "长风", "明月", "瑞丰", "华彩", "天成" };
    static final String[] CN_TRADES = { "服饰", "电子", "日用品", "鞋业", "玩具", "化妆品", "体育用品", "家居" };
}
