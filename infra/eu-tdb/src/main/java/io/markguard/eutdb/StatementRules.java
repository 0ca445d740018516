package io.markguard.eutdb;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The validation of one statement of reasons as the Transparency Database's API applies it: the rules of its
 * statement store request (one statement) and of its grouped submissions (each statement of a batch), with its
 * value lists and its English messages per field. What passes comes back as the validated fields only: a field
 * the rules exclude (an explanation of a ground not chosen, say) or do not name is dropped, as the database drops it.
 */
public final class StatementRules {

    static final Set<String> DECISION_VISIBILITIES = Set.of("DECISION_VISIBILITY_CONTENT_REMOVED",
            "DECISION_VISIBILITY_CONTENT_DISABLED", "DECISION_VISIBILITY_CONTENT_DEMOTED",
            "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED", "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
            "DECISION_VISIBILITY_CONTENT_LABELLED", "DECISION_VISIBILITY_OTHER");
    static final Set<String> DECISION_MONETARIES = Set.of("DECISION_MONETARY_SUSPENSION",
            "DECISION_MONETARY_TERMINATION", "DECISION_MONETARY_OTHER");
    static final Set<String> DECISION_PROVISIONS = Set.of("DECISION_PROVISION_PARTIAL_SUSPENSION",
            "DECISION_PROVISION_TOTAL_SUSPENSION", "DECISION_PROVISION_PARTIAL_TERMINATION",
            "DECISION_PROVISION_TOTAL_TERMINATION");
    static final Set<String> DECISION_ACCOUNTS = Set.of("DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED");
    static final Set<String> ACCOUNT_TYPES = Set.of("ACCOUNT_TYPE_BUSINESS", "ACCOUNT_TYPE_PRIVATE");
    static final Set<String> DECISION_GROUNDS = Set.of("DECISION_GROUND_ILLEGAL_CONTENT",
            "DECISION_GROUND_INCOMPATIBLE_CONTENT");
    static final Set<String> CONTENT_TYPES = Set.of("CONTENT_TYPE_APP", "CONTENT_TYPE_AUDIO", "CONTENT_TYPE_IMAGE",
            "CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_SYNTHETIC_MEDIA", "CONTENT_TYPE_TEXT", "CONTENT_TYPE_VIDEO",
            "CONTENT_TYPE_OTHER");
    static final Set<String> CATEGORIES = Set.of("STATEMENT_CATEGORY_ANIMAL_WELFARE",
            "STATEMENT_CATEGORY_CONSUMER_INFORMATION", "STATEMENT_CATEGORY_CYBER_VIOLENCE",
            "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN", "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
            "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
            "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
            "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE", "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
            "STATEMENT_CATEGORY_PROTECTION_OF_MINORS", "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
            "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "STATEMENT_CATEGORY_SELF_HARM",
            "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS", "STATEMENT_CATEGORY_VIOLENCE");
    static final Set<String> KEYWORDS = Set.of("KEYWORD_ADULT_SEXUAL_MATERIAL", "KEYWORD_AGE_SPECIFIC_RESTRICTIONS",
            "KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS", "KEYWORD_ANIMAL_HARM", "KEYWORD_BIOMETRIC_DATA_BREACH",
            "KEYWORD_BULLYING_AGAINST_GIRLS", "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL",
            "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE", "KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS",
            "KEYWORD_COORDINATED_HARM", "KEYWORD_COPYRIGHT_INFRINGEMENT", "KEYWORD_CYBER_BULLYING_INTIMIDATION",
            "KEYWORD_CYBER_HARASSMENT", "KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN", "KEYWORD_CYBER_INCITEMENT",
            "KEYWORD_CYBER_STALKING", "KEYWORD_CYBER_STALKING_AGAINST_WOMEN", "KEYWORD_DATA_FALSIFICATION",
            "KEYWORD_DEFAMATION", "KEYWORD_DESIGN_INFRINGEMENT", "KEYWORD_DISCRIMINATION",
            "KEYWORD_FEMALE_GENDERED_DISINFORMATION", "KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT",
            "KEYWORD_GEOGRAPHICAL_REQUIREMENTS", "KEYWORD_GOODS_SERVICES_NOT_PERMITTED",
            "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS", "KEYWORD_HATE_SPEECH", "KEYWORD_HIDDEN_ADVERTISEMENT",
            "KEYWORD_HUMAN_EXPLOITATION", "KEYWORD_HUMAN_TRAFFICKING", "KEYWORD_ILLEGAL_ORGANIZATIONS",
            "KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING", "KEYWORD_INAUTHENTIC_ACCOUNTS", "KEYWORD_INAUTHENTIC_LISTINGS",
            "KEYWORD_INAUTHENTIC_USER_REVIEWS", "KEYWORD_INCITEMENT_AGAINST_WOMEN", "KEYWORD_INCITEMENT_VIOLENCE_HATRED",
            "KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS", "KEYWORD_LANGUAGE_REQUIREMENTS",
            "KEYWORD_MISINFORMATION_DISINFORMATION", "KEYWORD_MISLEADING_INFO_CONSUMER_RIGHTS",
            "KEYWORD_MISLEADING_INFO_GOODS_SERVICES", "KEYWORD_MISSING_PROCESSING_GROUND",
            "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING", "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN",
            "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE", "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN",
            "KEYWORD_NONCOMPLIANCE_PRICING", "KEYWORD_NUDITY", "KEYWORD_PATENT_INFRINGEMENT", "KEYWORD_PHISHING",
            "KEYWORD_PROHIBITED_PRODUCTS", "KEYWORD_PYRAMID_SCHEMES", "KEYWORD_RIGHT_TO_BE_FORGOTTEN",
            "KEYWORD_RISK_ENVIRONMENTAL_DAMAGE", "KEYWORD_RISK_PUBLIC_HEALTH", "KEYWORD_SELF_MUTILATION",
            "KEYWORD_STALKING", "KEYWORD_SUICIDE", "KEYWORD_TERRORIST_CONTENT", "KEYWORD_TRADE_SECRET_INFRINGEMENT",
            "KEYWORD_TRADEMARK_INFRINGEMENT", "KEYWORD_TRAFFICKING_WOMEN_GIRLS", "KEYWORD_UNLAWFUL_SALE_ANIMALS",
            "KEYWORD_UNSAFE_CHALLENGES", "KEYWORD_UNSAFE_PRODUCTS", "KEYWORD_VIOLATION_EU_LAW",
            "KEYWORD_VIOLATION_NATIONAL_LAW", "KEYWORD_OTHER");
    static final Set<String> SOURCE_TYPES = Set.of("SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER",
            "SOURCE_TYPE_OTHER_NOTIFICATION", "SOURCE_VOLUNTARY");
    static final Set<String> YES_NO = Set.of("Yes", "No");
    static final Set<String> AUTOMATED_DECISIONS = Set.of("AUTOMATED_DECISION_FULLY", "AUTOMATED_DECISION_PARTIALLY",
            "AUTOMATED_DECISION_NOT_AUTOMATED");
    /** The EU and EEA countries, in the database's order (it sorts a statement's territorial scope by it). */
    static final List<String> COUNTRIES = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI",
            "SK");
    static final Set<String> LANGUAGES = Set.of("AB", "AA", "AF", "AK", "SQ", "AM", "AR", "AN", "HY", "AS", "AV", "AE",
            "AY", "AZ", "BM", "BA", "EU", "BE", "BN", "BH", "BI", "BS", "BR", "BG", "MY", "CA", "KM", "CH", "CE", "NY",
            "ZH", "CU", "CV", "KW", "CO", "CR", "HR", "CS", "DA", "DV", "NL", "DZ", "EN", "EO", "ET", "EE", "FO", "FJ",
            "FI", "FR", "FF", "GD", "GL", "LG", "KA", "DE", "KI", "EL", "KL", "GN", "GU", "HT", "HA", "HE", "HZ", "HI",
            "HO", "HU", "IS", "IO", "IG", "ID", "IA", "IE", "IU", "IK", "GA", "IT", "JA", "JV", "KN", "KR", "KS", "KK",
            "RW", "KV", "KG", "KO", "KJ", "KU", "KY", "LO", "LA", "LV", "LB", "LI", "LN", "LT", "LU", "MK", "MG", "MS",
            "ML", "MT", "GV", "MI", "MR", "MH", "RO", "MN", "NA", "NV", "ND", "NG", "NE", "SE", "NO", "NB", "NN", "II",
            "OC", "OJ", "OR", "OM", "OS", "PI", "PA", "PS", "FA", "PL", "PT", "QU", "RM", "RN", "RU", "SM", "SG", "SA",
            "SC", "SR", "SN", "SD", "SI", "SK", "SL", "SO", "ST", "NR", "ES", "SU", "SW", "SS", "SV", "TL", "TY", "TG",
            "TA", "TT", "TE", "TH", "BO", "TI", "TO", "TS", "TN", "TR", "TK", "TW", "UG", "UK", "UR", "UZ", "VE", "VI",
            "VO", "WA", "CY", "FY", "WO", "XH", "YI", "YO", "ZA", "ZU");

    private static final Pattern PUID = Pattern.compile("^[a-zA-Z0-9-_]+$");
    private static final Pattern EAN = Pattern.compile("^[0-9]{13}$");
    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final LocalDate LAST_DAY = LocalDate.of(2038, 1, 1);

    /** The errors per field (empty when the statement passes) and the fields validated. */
    public record Outcome(Map<String, List<String>> errors, Map<String, Object> validated) {
        public boolean passed() {
            return errors.isEmpty();
        }
    }

    private final Map<String, Object> s;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();
    private final Map<String, Object> validated = new LinkedHashMap<>();

    private StatementRules(Map<String, Object> statement) {
        this.s = statement;
    }

    /** One statement of {@code POST /api/v1/statement} ({@code single}) or of a batch's {@code statements}. */
    public static Outcome check(Map<String, Object> statement, boolean single) {
        StatementRules r = new StatementRules(statement);
        r.run(single);
        return new Outcome(r.errors, r.validated);
    }

    private void run(boolean single) {
        if (single) {
            if (present("content_id_ean")) {
                string("content_id_ean");
                regex("content_id_ean", EAN, null);
            }
        }
        decision("decision_visibility", DECISION_VISIBILITIES, true, "decision_monetary", "decision_provision",
                "decision_account");
        boolean visibilityOther = listHas("decision_visibility", "DECISION_VISIBILITY_OTHER");
        requiredWhen("decision_visibility_other", visibilityOther, 500,
                "The decision visibility other field is required when decision visibility is other.");
        decision("decision_monetary", DECISION_MONETARIES, false, "decision_visibility", "decision_provision",
                "decision_account");
        requiredWhen("decision_monetary_other", "DECISION_MONETARY_OTHER".equals(s.get("decision_monetary")), 500,
                "The decision monetary other field is required when decision monetary is other.");
        decision("decision_provision", DECISION_PROVISIONS, false, "decision_visibility", "decision_monetary",
                "decision_account");
        decision("decision_account", DECISION_ACCOUNTS, false, "decision_visibility", "decision_monetary",
                "decision_provision");
        optional("account_type", ACCOUNT_TYPES, true);
        if (present("category_specification")) {
            if (array("category_specification")) {
                in("category_specification", KEYWORDS, true);
            }
        }
        keep("category_specification");
        max("category_specification_other", 500);
        keep("category_specification_other");

        required("decision_ground");
        in("decision_ground", DECISION_GROUNDS, false);
        keep("decision_ground");
        if (value("decision_ground_reference_url") != null) {
            url("decision_ground_reference_url");
            max("decision_ground_reference_url", 500);
        }
        keep("decision_ground_reference_url");
        boolean illegal = "DECISION_GROUND_ILLEGAL_CONTENT".equals(s.get("decision_ground"));
        boolean incompatible = "DECISION_GROUND_INCOMPATIBLE_CONTENT".equals(s.get("decision_ground"));
        requiredWhen("illegal_content_legal_ground", illegal, 500,
                "The illegal content legal ground field is required when decision ground is illegal content.");
        requiredWhen("illegal_content_explanation", illegal, 2000,
                "The illegal content explanation field is required when decision ground is illegal content.");
        requiredWhen("incompatible_content_ground", incompatible, 500,
                "The incompatible content ground field is required when decision ground is incompatible content.");
        requiredWhen("incompatible_content_explanation", incompatible, 2000,
                "The incompatible content explanation field is required when decision ground is incompatible content.");
        if (incompatible) {
            if (present("incompatible_content_illegal")) {
                in("incompatible_content_illegal", YES_NO, false);
            }
            keep("incompatible_content_illegal");
        }

        required("content_type");
        if (present("content_type") && array("content_type")) {
            in("content_type", CONTENT_TYPES, false);
        }
        keep("content_type");
        requiredWhen("content_type_other", listHas("content_type", "CONTENT_TYPE_OTHER"), 500,
                "The content type other field is required when content is other.");

        required("category");
        in("category", CATEGORIES, false);
        keep("category");
        if (present("category_addition") && array("category_addition")) {
            in("category_addition", CATEGORIES, false);
        }
        keep("category_addition");
        if (value("territorial_scope") != null && array("territorial_scope")) {
            in("territorial_scope", Set.copyOf(COUNTRIES), false);
        }
        if (present("territorial_scope")) {
            validated.put("territorial_scope", sortedCountries(value("territorial_scope")));
        }
        optional("content_language", LANGUAGES, false);

        date("content_date", true, LocalDate.of(2000, 1, 1), "The content date does not match the format YYYY-MM-DD.");
        date("application_date", true, LocalDate.of(2020, 1, 1),
                "The application date does not match the format YYYY-MM-DD.");
        date("end_date_account_restriction", false, null,
                "The end date of account restriction does not match the format YYYY-MM-DD.");
        date("end_date_monetary_restriction", false, null,
                "The end date of monetary restriction does not match the format YYYY-MM-DD.");
        date("end_date_service_restriction", false, null,
                "The end date of service restriction does not match the format YYYY-MM-DD.");
        date("end_date_visibility_restriction", false, null,
                "The end date of visibility restriction does not match the format YYYY-MM-DD.");

        required("decision_facts");
        max("decision_facts", 5000);
        keep("decision_facts");
        required("source_type");
        in("source_type", SOURCE_TYPES, false);
        keep("source_type");
        // The single store excludes the source identity of a voluntary decision; a batch keeps it (at most 500).
        if (!(single && "SOURCE_VOLUNTARY".equals(s.get("source_type")))) {
            max("source_identity", 500);
            keep("source_identity");
        }
        required("automated_detection");
        in("automated_detection", YES_NO, false);
        keep("automated_detection");
        required("automated_decision");
        in("automated_decision", AUTOMATED_DECISIONS, false);
        keep("automated_decision");
        required("puid");
        max("puid", 500);
        regex("puid", PUID, "The puid format is invalid.");
        keep("puid");
        if (present("content_id")) {
            if (value("content_id") != null && array("content_id") && value("content_id") instanceof Map<?, ?> ids
                    && ids.containsKey("EAN-13")) {
                Object ean = ids.get("EAN-13");
                if (!(ean instanceof String text)) {
                    add("content_id.EAN-13", "The content id.EAN-13 field must be a string.");
                } else if (!EAN.matcher(text).matches()) {
                    add("content_id.EAN-13", "The content id.EAN-13 field format is invalid.");
                }
            }
            keep("content_id");
        }
    }

    /** One of the four decisions: at least one of them is required, each from its list or null. */
    private void decision(String field, Set<String> allowed, boolean isArray, String... others) {
        boolean none = value(field) == null || isEmpty(value(field));
        boolean othersNone = true;
        for (String other : others) {
            othersNone &= value(other) == null || isEmpty(value(other));
        }
        if (none && othersNone) {
            List<String> names = new ArrayList<>();
            for (String other : others) {
                names.add(attribute(other));
            }
            add(field, "The " + attribute(field) + " field is required when none of " + String.join(" / ", names)
                    + " are present.");
        }
        if (value(field) != null) {
            if (!isArray || array(field)) {
                in(field, allowed, true);
            }
        }
        keep(field);
    }

    private void optional(String field, Set<String> allowed, boolean literalNull) {
        if (value(field) != null) {
            in(field, allowed, literalNull);
        }
        keep(field);
    }

    /** required_if the condition holds (with the database's own message), excluded from the statement otherwise. */
    private void requiredWhen(String field, boolean condition, int max, String message) {
        if (!condition) {
            return;
        }
        if (isEmpty(value(field))) {
            add(field, message);
        }
        max(field, max);
        keep(field);
    }

    private void required(String field) {
        if (isEmpty(value(field))) {
            add(field, "The " + attribute(field) + " field is required.");
        }
    }

    private boolean array(String field) {
        Object value = value(field);
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return true;
        }
        add(field, "The " + attribute(field) + " field must be an array.");
        return false;
    }

    private void string(String field) {
        if (value(field) != null && !(value(field) instanceof String)) {
            add(field, "The " + attribute(field) + " field must be a string.");
        }
    }

    /** {@code in:}; a list's every item must be one of the values; {@code literalNull} admits the word "null". */
    private void in(String field, Set<String> allowed, boolean literalNull) {
        Object value = value(field);
        if (value == null) {
            return;
        }
        Collection<?> items = value instanceof Collection<?> c ? c : value instanceof Map<?, ?> m ? m.values()
                : List.of(value);
        for (Object item : items) {
            String text = item instanceof String t ? t : item instanceof Number || item instanceof Boolean
                    ? String.valueOf(item) : null;
            if (text == null || !(allowed.contains(text) || literalNull && "null".equals(text))) {
                add(field, "The selected " + attribute(field) + " is invalid.");
                return;
            }
        }
    }

    private void max(String field, int max) {
        if (value(field) instanceof String text && text.codePointCount(0, text.length()) > max) {
            add(field, "The " + attribute(field) + " field must not be greater than " + max + " characters.");
        }
    }

    private void regex(String field, Pattern pattern, String message) {
        Object value = value(field);
        if (value == null) {
            return;
        }
        if (!(value instanceof String text) || !pattern.matcher(text).matches()) {
            add(field, message != null ? message : "The " + attribute(field) + " field format is invalid.");
        }
    }

    private void url(String field) {
        boolean valid = false;
        if (value(field) instanceof String text) {
            try {
                URI uri = new URI(text);
                valid = uri.getScheme() != null && Set.of("http", "https", "ftp").contains(uri.getScheme().toLowerCase())
                        && uri.getHost() != null;
            } catch (URISyntaxException bad) {
                valid = false;
            }
        }
        if (!valid) {
            add(field, "The " + attribute(field) + " field must be a valid URL.");
        }
    }

    private void date(String field, boolean required, LocalDate notBefore, String formatMessage) {
        Object value = value(field);
        if (required) {
            required(field);
        }
        if (value == null || isEmpty(value)) {
            keep(field);
            return;
        }
        LocalDate day = null;
        if (value instanceof String text && DAY.matcher(text).matches()) {
            try {
                day = LocalDate.parse(text);
            } catch (DateTimeParseException bad) {
                day = null;
            }
        }
        if (day == null) {
            add(field, formatMessage);
        } else {
            if (notBefore != null && day.isBefore(notBefore)) {
                add(field, "The " + attribute(field) + " field must be a date after or equal to " + notBefore + ".");
            }
            if (day.isAfter(LAST_DAY)) {
                add(field, "The " + attribute(field) + " field must be a date before or equal to " + LAST_DAY + ".");
            }
        }
        keep(field);
    }

    private boolean listHas(String field, String item) {
        return value(field) instanceof Collection<?> c && c.contains(item);
    }

    private static List<String> sortedCountries(Object value) {
        if (!(value instanceof Collection<?> given)) {
            return List.of();
        }
        Set<Object> set = new LinkedHashSet<>(given);
        return COUNTRIES.stream().filter(set::contains).toList();
    }

    private boolean present(String field) {
        return s.containsKey(field);
    }

    private Object value(String field) {
        Object value = s.get(field);
        // The database's middleware turns empty strings into null before the rules run.
        return value instanceof String text && text.isBlank() ? null : value;
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
    }

    private void keep(String field) {
        if (present(field)) {
            validated.put(field, value(field));
        }
    }

    private void add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    private static String attribute(String field) {
        return field.replace('_', ' ');
    }
}
