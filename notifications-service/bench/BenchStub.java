import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Benchmark stand-in for participants-service and sessions-service (their paths do not overlap), to the
 * shapes in docs/CONTRACTS.md. Run as a single-file program: java BenchStub.java PORT PEOPLE.
 * GET /__stats answers how many calls each endpoint got, which is what the benchmark reports.
 */
public class BenchStub {

    static final String[] ZONES = { "Europe/London", "Europe/Dublin", "Asia/Kolkata" };
    static final String[] DAYS = { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY" };
    static final String[] FREQUENCIES = { "WEEKLY", "WEEKLY", "FORTNIGHTLY", "MONTHLY" };
    static final String[] FORMATS = { "HTML", "HTML", "LARGE_PRINT", "PLAIN_TEXT" };
    static final String[] LANGUAGES = { "en", "en", "en", "cy" };
    static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final Map<String, AtomicLong> CALLS = new ConcurrentHashMap<>();
    static int people;

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        people = Integer.parseInt(args[1]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/participants", BenchStub::participants);
        server.createContext("/agendas", BenchStub::agendas);
        server.createContext("/__stats", ex -> respond(ex, 200, stats()));
        server.start();
        System.out.println("stub listening on " + port + " with " + people + " participants");
    }

    static UUID id(int i) {
        return UUID.nameUUIDFromBytes(("participant-" + i).getBytes(StandardCharsets.UTF_8));
    }

    static String person(int i) {
        return "{\"id\":\"" + id(i) + "\",\"name\":\"Person " + i + "\",\"preferredName\":\"P" + i + "\","
                + "\"email\":\"p" + i + "@bench.example.org\",\"role\":\"LIVED_EXPERIENCE\",\"status\":\"ACTIVE\","
                + "\"timeZone\":\"" + ZONES[i % ZONES.length] + "\","
                + "\"accessNeeds\":{\"needs\":[\"CAPTIONS\"],\"notes\":\"\"},"
                + "\"language\":{\"preferred\":\"" + LANGUAGES[i % LANGUAGES.length] + "\",\"plainLanguage\":true},"
                + "\"communication\":{\"channel\":\"EMAIL\",\"digestFrequency\":\"" + FREQUENCIES[i % FREQUENCIES.length]
                + "\",\"digestDay\":\"" + DAYS[i % DAYS.length] + "\",\"format\":\"" + FORMATS[(i / 4) % FORMATS.length] + "\"},"
                + "\"version\":1}";
    }

    static void participants(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.endsWith("/lookup")) {
            count("POST /participants/lookup");
            List<String> items = new ArrayList<>();
            for (String uuid : uuids(body(ex))) {
                for (int i = 0; i < people; i++) {
                    if (id(i).toString().equals(uuid)) {
                        items.add(person(i));
                        break;
                    }
                }
            }
            respond(ex, 200, "{\"items\":[" + String.join(",", items) + "],\"missing\":[]}");
            return;
        }
        count("GET /participants");
        int page = param(ex.getRequestURI(), "page", 0);
        int size = param(ex.getRequestURI(), "size", 50);
        List<String> items = new ArrayList<>();
        for (int i = page * size; i < Math.min(people, (page + 1) * size); i++) {
            items.add(person(i));
        }
        respond(ex, 200, "{\"items\":[" + String.join(",", items) + "],\"page\":" + page + ",\"size\":" + size
                + ",\"total\":" + people + "}");
    }

    static void agendas(HttpExchange ex) throws IOException {
        count("POST /agendas");
        List<String> items = new ArrayList<>();
        for (String uuid : uuids(body(ex))) {
            items.add("{\"participantId\":\"" + uuid + "\",\"upcomingSessions\":[{\"sessionId\":\"" + UUID.randomUUID()
                    + "\",\"projectName\":\"Better Mental Health Services\",\"title\":\"Survey workshop\","
                    + "\"purpose\":\"Shape the survey together\",\"type\":\"WORKSHOP\",\"format\":\"HYBRID\","
                    + "\"start\":\"2027-03-29T17:00:00Z\",\"end\":\"2027-03-29T18:30:00Z\",\"timeZone\":\"Europe/London\","
                    + "\"status\":\"SCHEDULED\",\"venue\":{\"name\":\"Community Hall\",\"address\":\"1 High Street\",\"format\":\"IN_PERSON\"},"
                    + "\"joiningLink\":\"https://meet.example.org/abc\",\"arrangements\":{\"interpretation\":[\"bfi\"],"
                    + "\"captions\":true,\"largePrintMaterials\":true,\"easyReadMaterials\":false,\"breaks\":true}}],"
                    + "\"summaries\":[{\"sessionId\":\"" + UUID.randomUUID() + "\",\"projectName\":\"Better Mental Health Services\","
                    + "\"title\":\"Planning meeting\",\"start\":\"2026-11-16T18:00:00Z\",\"timeZone\":\"Europe/London\","
                    + "\"summary\":\"We agreed the survey questions.\",\"decisions\":[\"Survey goes out in April\"],"
                    + "\"actions\":[{\"description\":\"Draft the survey\",\"ownerId\":\"" + uuid + "\",\"due\":\"2027-04-01\"}]}],"
                    + "\"openActions\":[{\"sessionId\":\"" + UUID.randomUUID() + "\",\"sessionTitle\":\"Planning meeting\","
                    + "\"description\":\"Draft the survey\",\"due\":\"2027-04-01\"}],"
                    + "\"projectUpdates\":[{\"projectId\":\"" + UUID.randomUUID() + "\",\"projectName\":\"Better Mental Health Services\","
                    + "\"title\":\"Funding confirmed\",\"body\":\"The council confirmed funding for next year.\","
                    + "\"postedAt\":\"2026-11-20T10:00:00Z\"}],"
                    + "\"contributions\":{\"sessionsAttended\":2,\"hours\":3.5}}");
        }
        respond(ex, 200, "{\"items\":[" + String.join(",", items) + "]}");
    }

    static String stats() {
        StringBuilder json = new StringBuilder("{");
        CALLS.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v.get()));
        return json.append('}').toString();
    }

    static void count(String endpoint) {
        CALLS.computeIfAbsent(endpoint, k -> new AtomicLong()).incrementAndGet();
    }

    static List<String> uuids(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = UUIDS.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    static int param(URI uri, String name, int fallback) {
        if (uri.getQuery() == null) {
            return fallback;
        }
        for (String pair : uri.getQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name) && kv.length == 2) {
                return Integer.parseInt(kv[1]);
            }
        }
        return fallback;
    }

    static String body(HttpExchange ex) throws IOException {
        return new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    static void respond(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
