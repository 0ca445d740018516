import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the local suite a record to show: the demo brand "Contoso Sports" (brand-owner's), verified by documents,
 * files notices against demo-catalogue listings; the reviewer decides most of them, which earns the brand the fast
 * track; a fast-track notice then removes listings at once, one item is retracted, and two wait in the review queue.
 * The listings are the three demo shops', never merchant-a's or merchant-b's, whose standing the README walks through.
 * Everything goes through the services' APIs with the demo users' tokens, as the portal would. Run again, it sees
 * the brand and does nothing.
 *
 * <p>{@code java infra/scripts/DemoComplaints.java OIDC_REALM_URL PORTAL_URL COMPLAINT_URL MERCHANT_URL}
 */
public class DemoComplaints {

    private static final String BRAND = "Contoso Sports";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String EXPLANATION = "Test purchases arrived without the Contoso hologram, with a misspelt"
            + " care label and a serial number that Contoso never issued.";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String realm;

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java DemoComplaints.java OIDC_REALM_URL PORTAL_URL COMPLAINT_URL MERCHANT_URL");
            System.exit(2);
        }
        realm = args[0];
        String portal = args[1];
        String complaints = args[2];
        String merchants = args[3];
        String owner = token("brand-owner");
        String reviewer = token("reviewer");

        if (call("GET", portal + "/api/brands", owner, null, null).contains("\"name\":\"" + BRAND + "\"")) {
            System.out.println("    the demo complaints are there already");
            return;
        }
        long brand = id(call("POST", portal + "/api/brands", owner, "application/json",
                "{\"name\":\"" + BRAND + "\",\"legalEntity\":\"Contoso Sports Ltd\",\"country\":\"GB\",\"websiteDomain\":\"contoso-sports.test\"}"));
        long right = id(call("POST", portal + "/api/brands/" + brand + "/rights", owner, "application/json",
                "{\"type\":\"TRADEMARK\",\"office\":\"EUIPO\",\"registrationNumber\":\"018990017\",\"mark\":\"CONTOSO\","
                        + "\"niceClasses\":[18,25],\"ownerName\":\"Contoso Sports Ltd\"}"));
        long verification = id(call("POST", portal + "/api/brands/" + brand + "/cases", owner, "application/json",
                "{\"rightId\":" + right + ",\"method\":\"DOCUMENTS\"}"));
        call("POST", portal + "/api/brands/" + brand + "/documents?kind=CERTIFICATE&filename=certificate.pdf&caseId="
                + verification, owner, "application/pdf", PDF);
        call("POST", portal + "/api/brands/" + brand + "/cases/" + verification + "/submission", owner, "application/json",
                "{\"note\":\"EUIPO registration certificate attached.\"}");
        call("POST", portal + "/api/review/cases/" + verification + "/claim", reviewer, "application/json", "");
        call("POST", portal + "/api/review/cases/" + verification + "/decision", reviewer, "application/json",
                "{\"outcome\":\"APPROVE\",\"reason\":\"The certificate matches the EUIPO register.\"}");

        // The demo shops' Contoso listings, so that merchant-a and merchant-b start the walk in the README clean.
        List<Long> listings = new ArrayList<>();
        for (String goods : List.of("hoodie", "backpack", "sunglasses", "running shoes", "wrist watch", "silk scarf")) {
            String found = call("GET", merchants + "/api/listings/search?q=" + URLEncoder.encode("Contoso " + goods, StandardCharsets.UTF_8)
                    + "&limit=50", owner, null, null);
            Matcher m = Pattern.compile("\"id\":(\\d+),\"title\":\"[^\"]*\",\"url\":\"([^\"]*)\"").matcher(found);
            while (m.find() && listings.size() < 30) {
                if (!m.group(2).contains("/merchant-a/") && !m.group(2).contains("/merchant-b/")) {
                    listings.add(Long.parseLong(m.group(1)));
                }
            }
        }
        if (listings.size() < 30) {
            throw new IllegalStateException("the demo catalogue has " + listings.size() + " Contoso listings; 30 are needed");
        }
        // 26 listings to the review queue: 23 accepted, 1 rejected, 2 left waiting.
        List<Long> items = longs(file(complaints, owner, brand, right, "COUNTERFEIT", listings.subList(0, 26)), "\\{\"id\":(\\d+),\"complaintId\"");
        for (int i = 0; i < 24; i++) {
            call("POST", complaints + "/api/review/items/" + items.get(i) + "/claim", reviewer, "application/json", "");
            String decision = i < 23
                    ? "{\"outcome\":\"ACCEPT\",\"reasonCode\":\"COUNTERFEIT_CONFIRMED\",\"reason\":\"The test purchase is a counterfeit.\"}"
                    : "{\"outcome\":\"REJECT\",\"reasonCode\":\"INSUFFICIENT_EVIDENCE\",\"reason\":\"The photos do not show the goods.\"}";
            call("POST", complaints + "/api/review/items/" + items.get(i) + "/decision", reviewer, "application/json", decision);
        }
        // 23 of 24 accepted (95.8 %): the fast track. A new notice removes its listings at once; one is taken back,
        // which leaves 26 of 28 accepted (92.9 %) and 1 of 27 takedowns retracted (3.7 %): still on the fast track.
        List<Long> fast = longs(file(complaints, owner, brand, right, "TRADEMARK_MISUSE", listings.subList(26, 30)),
                "\\{\"id\":(\\d+),\"complaintId\"");
        call("POST", complaints + "/api/complaint-items/" + fast.get(3) + "/retraction", owner, "application/json",
                "{\"reason\":\"The seller showed an authorised-reseller agreement.\"}");
        System.out.println("    " + BRAND + ": " + items.size() + " items reviewed or waiting, " + fast.size()
                + " removed on the fast track, one retracted");
    }

    private static String file(String complaints, String token, long brand, long right, String type, List<Long> listings)
            throws IOException, InterruptedException {
        StringBuilder ids = new StringBuilder();
        for (Long listing : listings) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(listing).append('"');
        }
        return call("POST", complaints + "/api/complaints", token, "application/json",
                "{\"brandId\":" + brand + ",\"rightId\":" + right + ",\"infringementType\":\"" + type + "\",\"listings\":["
                        + ids + "],\"explanation\":\"" + EXPLANATION + "\",\"evidence\":{\"urls\":[\"https://evidence.contoso-sports.test/test-purchases\"],"
                        + "\"testPurchaseOrders\":[\"TP-CONTOSO-1\"]},\"goodFaith\":true,\"accurate\":true}");
    }

    private static String token(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=markguard-cli&username=" + user + "&password=demo";
        // Realm policy asks the reviewer for a one-time code: that of the demo authenticator in the realm file.
        if (user.equals("reviewer")) {
            form += "&otp=" + totp("reviewer-demo-totp-1".getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no token for " + user + ": " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    /** The current RFC 6238 code (HMAC-SHA1, 30 s, 6 digits) of a key. */
    private static String totp(byte[] key) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(System.currentTimeMillis() / 30_000).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String call(String method, String url, String token, String type, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : body instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                        : HttpRequest.BodyPublishers.ofString((String) body);
        HttpResponse<String> response = HTTP.send(request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static long id(String json) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(id.group(1));
    }

    private static List<Long> longs(String json, String pattern) {
        List<Long> found = new ArrayList<>();
        Matcher m = Pattern.compile(pattern).matcher(json);
        while (m.find()) {
            found.add(Long.parseLong(m.group(1)));
        }
        return found;
    }
}
