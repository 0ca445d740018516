package io.markguard.merchant;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validation rules of the EU DSA Transparency Database for a batch of statements of reasons, as its
 * public repository (digital-services-act/transparency-database, StatementsStoreRequest and the
 * Statement model's value lists) states them. Returns every broken rule, as "index.field: rule".
 */
final class TransparencyDatabaseRules {

    static final int MAX_BATCH = 100;

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
            "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
            "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
            "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
            "STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR", "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT",
            "STATEMENT_CATEGORY_PROTECTION_OF_MINORS", "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
            "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "STATEMENT_CATEGORY_SELF_HARM",
            "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE", "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS",
            "STATEMENT_CATEGORY_VIOLENCE");
    /** The intellectual-property keywords of category_specification (the ones this marketplace can use). */
    static final Set<String> IP_KEYWORDS = Set.of("KEYWORD_COPYRIGHT_INFRINGEMENT", "KEYWORD_DESIGN_INFRINGEMENT",
            "KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT", "KEYWORD_PATENT_INFRINGEMENT",
            "KEYWORD_TRADE_SECRET_INFRINGEMENT", "KEYWORD_TRADEMARK_INFRINGEMENT", "KEYWORD_OTHER");
    static final Set<String> SOURCE_TYPES = Set.of("SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER",
            "SOURCE_TYPE_OTHER_NOTIFICATION", "SOURCE_VOLUNTARY");
    static final Set<String> YES_NO = Set.of("Yes", "No");
    static final Set<String> AUTOMATED_DECISIONS = Set.of("AUTOMATED_DECISION_FULLY", "AUTOMATED_DECISION_PARTIALLY",
            "AUTOMATED_DECISION_NOT_AUTOMATED");
    static final Set<String> EEA_COUNTRIES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI",
            "NO");

    private TransparencyDatabaseRules() {
    }

    static List<String> brokenRules(List<Map<String, Object>> statements) {
        List<String> broken = new ArrayList<>();
        if (statements.size() > MAX_BATCH) {
            broken.add("statements: max:" + MAX_BATCH);
        }
        for (int i = 0; i < statements.size(); i++) {
            check(i, statements.get(i), broken);
        }
        return broken;
    }

    private static void check(int i, Map<String, Object> s, List<String> broken) {
        Rules r = new Rules(i, s, broken);
        boolean anyDecision = s.get("decision_visibility") != null || s.get("decision_monetary") != null
                || s.get("decision_provision") != null || s.get("decision_account") != null;
        if (!anyDecision) {
            broken.add(i + ".decision_*: required_without_all");
        }
        r.listIn("decision_visibility", DECISION_VISIBILITIES, false);
        boolean visibilityOther = s.get("decision_visibility") instanceof Collection<?> c
                && c.contains("DECISION_VISIBILITY_OTHER");
        r.conditional("decision_visibility_other", visibilityOther, 500);
        r.in("decision_monetary", DECISION_MONETARIES, false);
        r.conditional("decision_monetary_other", "DECISION_MONETARY_OTHER".equals(s.get("decision_monetary")), 500);
        r.in("decision_provision", DECISION_PROVISIONS, false);
        r.in("decision_account", DECISION_ACCOUNTS, false);
        r.in("account_type", ACCOUNT_TYPES, false);
        r.listIn("category_specification", IP_KEYWORDS, false);
        r.in("decision_ground", DECISION_GROUNDS, true);
        r.max("decision_ground_reference_url", 500);
        boolean illegal = "DECISION_GROUND_ILLEGAL_CONTENT".equals(s.get("decision_ground"));
        boolean incompatible = "DECISION_GROUND_INCOMPATIBLE_CONTENT".equals(s.get("decision_ground"));
        r.conditional("illegal_content_legal_ground", illegal, 500);
        r.conditional("illegal_content_explanation", illegal, 2000);
        r.conditional("incompatible_content_ground", incompatible, 500);
        r.conditional("incompatible_content_explanation", incompatible, 2000);
        if (incompatible) {
            r.in("incompatible_content_illegal", YES_NO, false);
        }
        r.listIn("content_type", CONTENT_TYPES, true);
        r.conditional("content_type_other", s.get("content_type") instanceof Collection<?> c
                && c.contains("CONTENT_TYPE_OTHER"), 500);
        r.in("category", CATEGORIES, true);
        r.listIn("territorial_scope", EEA_COUNTRIES, false);
        r.date("content_date", true, LocalDate.of(2000, 1, 1));
        r.date("application_date", true, LocalDate.of(2020, 1, 1));
        r.date("end_date_account_restriction", false, null);
        r.date("end_date_monetary_restriction", false, null);
        r.date("end_date_service_restriction", false, null);
        r.date("end_date_visibility_restriction", false, null);
        r.required("decision_facts");
        r.max("decision_facts", 5000);
        r.in("source_type", SOURCE_TYPES, true);
        r.max("source_identity", 500);
        r.in("automated_detection", YES_NO, true);
        r.in("automated_decision", AUTOMATED_DECISIONS, true);
        r.required("puid");
        r.max("puid", 500);
    }

    private record Rules(int i, Map<String, Object> s, List<String> broken) {

        void required(String field) {
            Object value = s.get(field);
            if (value == null || value instanceof String text && text.isBlank()) {
                broken.add(i + "." + field + ": required");
            }
        }

        void max(String field, int max) {
            if (s.get(field) instanceof String text && text.length() > max) {
                broken.add(i + "." + field + ": max:" + max);
            }
        }

        void in(String field, Set<String> allowed, boolean required) {
            if (required) {
                required(field);
            }
            Object value = s.get(field);
            if (value != null && !allowed.contains(value)) {
                broken.add(i + "." + field + ": in (" + value + ")");
            }
        }

        void listIn(String field, Set<String> allowed, boolean required) {
            Object value = s.get(field);
            if (value == null) {
                if (required) {
                    broken.add(i + "." + field + ": required");
                }
                return;
            }
            if (!(value instanceof Collection<?> list)) {
                broken.add(i + "." + field + ": array");
                return;
            }
            if (required && list.isEmpty()) {
                broken.add(i + "." + field + ": required");
            }
            list.stream().filter(v -> !allowed.contains(v)).forEach(v -> broken.add(i + "." + field + ": in (" + v + ")"));
        }

        /** required_if the condition holds, excluded otherwise, and never longer than max. */
        void conditional(String field, boolean condition, int max) {
            if (condition) {
                required(field);
                max(field, max);
            } else if (s.containsKey(field) && s.get(field) != null) {
                broken.add(i + "." + field + ": exclude_unless");
            }
        }

        void date(String field, boolean required, LocalDate notBefore) {
            Object value = s.get(field);
            if (value == null) {
                if (required) {
                    broken.add(i + "." + field + ": required");
                }
                return;
            }
            try {
                if (!(value instanceof String text) || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException("format", String.valueOf(value), 0);
                }
                LocalDate day = LocalDate.parse(text);
                if (notBefore != null && day.isBefore(notBefore)) {
                    broken.add(i + "." + field + ": after_or_equal:" + notBefore);
                }
                if (day.isAfter(LocalDate.of(2038, 1, 1))) {
                    broken.add(i + "." + field + ": before_or_equal:2038-01-01");
                }
            } catch (DateTimeParseException e) {
                broken.add(i + "." + field + ": date_format:Y-m-d");
            }
        }
    }
}
