package vn.parindex.load;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the load harness needs from Vaadin's UIDL answers, as the browser's Flow client would:
 * the sync and client ids to send next, the state-tree node of an element with a given id, and the
 * keys the sheet's tree grid gave its items (they change whenever the tree is rebuilt, after a save).
 */
final class Uidl {

    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");
    private static final Pattern ITEM_NAME = Pattern.compile("_name\":\"([0-9.]+)\"");
    private static final Pattern ITEM_KEY = Pattern.compile("\\{\"key\":\"(\\d+)\"");

    private Uidl() {}

    /** The server's sync id in the answer (the last one: the answer's own, after any nested data). */
    static int syncId(String body) {
        return last(SYNC_ID, body);
    }

    /** The client id the server expects in the next request. */
    static int clientId(String body) {
        Matcher matcher = CLIENT_ID.matcher(body);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** The node of the element the answer gave this id attribute, or null when it gave none. */
    static Integer nodeWithId(String body, String id) {
        Matcher matcher = Pattern.compile(
                        "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\""
                                + Pattern.quote(id) + "\"\\}")
                .matcher(body);
        Integer found = null;
        while (matcher.find()) {
            found = Integer.valueOf(matcher.group(1));
        }
        return found;
    }

    /** Criteria code to the tree grid's item key, for the items the answer sent. */
    static Map<String, String> itemKeys(String body) {
        Map<String, String> keys = new HashMap<>();
        Matcher name = ITEM_NAME.matcher(body);
        while (name.find()) {
            int start = body.lastIndexOf("{\"key\":\"", name.start());
            if (start >= 0) {
                Matcher key = ITEM_KEY.matcher(body).region(start, name.start());
                if (key.lookingAt()) {
                    keys.put(name.group(1), key.group(1));
                }
            }
        }
        return keys;
    }

    private static int last(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        int found = -1;
        while (matcher.find()) {
            found = Integer.parseInt(matcher.group(1));
        }
        return found;
    }
}
