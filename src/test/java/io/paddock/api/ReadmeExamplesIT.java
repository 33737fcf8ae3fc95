package io.paddock.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paddock.account.ApiTokenService;
import io.paddock.account.User;
import io.paddock.api.ApiClient.Response;
import io.paddock.support.IntegrationTest;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the curl examples of the README's Scripting section and compares each answer
 * with the one the README shows, so the README cannot drift from the API.
 */
class ReadmeExamplesIT extends IntegrationTest {

	private static final Pattern EXAMPLE = Pattern
		.compile("```bash\\n(curl [^`]*?)```\\n→ `(\\d{3})`\\n(?:```json\\n(.*?)\\n```)?", Pattern.DOTALL);

	private static final Pattern METHOD = Pattern.compile("-X (\\w+)");

	private static final Pattern URL = Pattern.compile("\"?http://localhost:8080(/[^\"\\s]*)\"?");

	private static final Pattern BODY = Pattern.compile("-d '([^']*)'");

	/**
	 * Values that differ from run to run: ids are mapped, these are only checked to
	 * exist.
	 */
	private static final Set<String> VARYING = Set.of("created_at", "created_by", "id");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ApiTokenService tokens;

	@Test
	void everyCurlExampleGetsTheAnswerTheReadmeShows() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		String scripting = readme.substring(readme.indexOf("## Scripting"));
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Map<String, String> names = new LinkedHashMap<>();
		names.put("helper-demo-workspace-1", TestUsers.uniqueName("helper-demo-workspace-1"));
		names.put("imdb-workspace", TestUsers.uniqueName("imdb-workspace"));
		names.put("steve@ex.co", steve.getEmail());
		names.put("john@ex.co", john.getEmail());
		Map<String, String> ids = new HashMap<>();
		ApiClient api = new ApiClient(baseUrl(), this.tokens.create(steve.toActor(), "readme").value());

		List<String> replayed = new ArrayList<>();
		Matcher example = EXAMPLE.matcher(scripting);
		while (example.find()) {
			String curl = example.group(1).replace("\\\n", " ");
			Matcher url = URL.matcher(curl);
			assertThat(url.find()).as(curl).isTrue();
			Matcher method = METHOD.matcher(curl);
			Matcher body = BODY.matcher(curl);
			String path = substitute(url.group(1), names, ids);
			Response response = api.send(method.find() ? method.group(1) : "GET", path,
					body.find() ? substitute(body.group(1), names, ids) : null);

			assertThat(response.status()).as(curl).isEqualTo(Integer.parseInt(example.group(2)));
			if (example.group(3) != null) {
				JsonNode expected = JSON.readTree(substitute(example.group(3), names, Map.of()));
				rememberIds(expected, response.json(), ids);
				assertThat(normalized(response.json())).as(curl).isEqualTo(normalized(expected));
			}
			replayed.add(curl);
		}
		assertThat(replayed).hasSize(10);
	}

	private static String substitute(String text, Map<String, String> names, Map<String, String> ids) {
		String result = text;
		for (Map.Entry<String, String> name : names.entrySet()) {
			result = result.replace(name.getKey(), name.getValue());
		}
		for (Map.Entry<String, String> id : ids.entrySet()) {
			result = result.replace("/workspaces/" + id.getKey() + "/", "/workspaces/" + id.getValue() + "/")
				.replace("\"id\": " + id.getKey() + "}", "\"id\": " + id.getValue() + "}");
		}
		return result;
	}

	/**
	 * Learns which real workspace id stands for each id the README shows.
	 */
	private static void rememberIds(JsonNode expected, JsonNode actual, Map<String, String> ids) {
		if (expected.isArray()) {
			for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
				rememberIds(expected.get(i), actual.get(i), ids);
			}
		}
		else if (expected.has("id") && actual.has("id")) {
			ids.putIfAbsent(expected.get("id").asString(), actual.get("id").asString());
		}
	}

	private static JsonNode normalized(JsonNode node) {
		JsonNode copy = node.deepCopy();
		mask(copy);
		return copy;
	}

	private static void mask(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (String field : VARYING) {
				if (object.has(field)) {
					object.put(field, "*");
				}
			}
			if (object.has("instance")) {
				object.put("instance",
						object.get("instance").asString().replaceAll("/workspaces/\\d+/", "/workspaces/*/"));
			}
			object.values().forEach(ReadmeExamplesIT::mask);
		}
		else if (node.isArray()) {
			node.forEach(ReadmeExamplesIT::mask);
		}
	}

}
