package org.urbaninnovation.deploy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where Keycloak is deployed, its tokens are the ones the applications accept: every application's
 * JWT_ISSUER is Keycloak's public URL (KC_HOSTNAME) with the realm, and JWT_PUBLIC_KEY_LOCATION the
 * realm's keys over the keycloak Service. The realm has the platform's roles and puts them in
 * groups, with city and country; demo users (a users file, or users with passwords) only in dev.
 */
final class IdentityRules {

    private static final Set<String> ROLES = Set.of("admin", "jury", "city", "service");
    private static final JsonMapper JSON = new JsonMapper();

    private IdentityRules() {
    }

    static List<String> check(Rendered rendered) {
        List<String> problems = new ArrayList<>();
        Deployment keycloak = rendered.deployments().filter(d -> d.getMetadata().getName().equals("keycloak")).findFirst().orElse(null);
        if (keycloak == null) {
            return problems;
        }
        String namespace = Rendered.namespace(keycloak);
        Map<String, String> realms = files(rendered.all(ConfigMap.class).map(ConfigMap::getData).toList(), "-realm.json");
        if (realms.size() != 1) {
            problems.add("keycloak: expected one realm file, found " + realms.keySet());
            return problems;
        }
        JsonNode realm = JSON.readTree(realms.values().iterator().next());
        String name = realm.path("realm").asString();
        realmContents(realm, rendered.isDevelopment(), problems);
        Container server = keycloak.getSpec().getTemplate().getSpec().getContainers().get(0);
        Environment.Value hostname = Environment.of(rendered, namespace, server).get("KC_HOSTNAME");
        if (hostname == null || hostname.literal() == null) {
            problems.add("keycloak: KC_HOSTNAME is not set: tokens would name whatever host asked for them");
            return problems;
        }
        String issuer = hostname.literal() + "/realms/" + name;
        String keys = "http://keycloak:8080/realms/" + name + "/protocol/openid-connect/certs";
        rendered.applications().forEach(application -> {
            Map<String, Environment.Value> env = Environment.of(rendered, namespace,
                    application.getSpec().getTemplate().getSpec().getContainers().get(0));
            expect(application, env, "JWT_ISSUER", issuer, problems);
            expect(application, env, "JWT_PUBLIC_KEY_LOCATION", keys, problems);
        });
        Map<String, String> users = files(rendered.secrets().map(IdentityRules::decoded).toList(), "-users-0.json");
        users.putAll(files(rendered.all(ConfigMap.class).map(ConfigMap::getData).toList(), "-users-0.json"));
        if (!rendered.isDevelopment() && !users.isEmpty()) {
            problems.add("keycloak: demo users " + users.keySet() + " outside the dev overlay");
        }
        return problems;
    }

    private static void realmContents(JsonNode realm, boolean development, List<String> problems) {
        Set<String> roles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asString()));
        if (!roles.containsAll(ROLES)) {
            problems.add("keycloak: the realm's roles " + roles + " lack some of " + new TreeSet<>(ROLES));
        }
        for (JsonNode client : realm.path("clients")) {
            Set<String> claims = new TreeSet<>();
            client.path("protocolMappers").forEach(m -> claims.add(m.path("config").path("claim.name").asString()));
            Set<String> needed = client.path("serviceAccountsEnabled").asBoolean(false) ? Set.of("groups")
                    : Set.of("groups", "city", "country");
            if (!claims.containsAll(needed)) {
                problems.add("keycloak: client " + client.path("clientId").asString() + " puts " + claims
                        + " in its tokens, not all of " + new TreeSet<>(needed));
            }
        }
        for (JsonNode user : realm.path("users")) {
            if (!user.path("credentials").isEmpty() && !development) {
                problems.add("keycloak: the realm has user " + user.path("username").asString() + " with a password");
            }
        }
    }

    private static void expect(Deployment application, Map<String, Environment.Value> env, String variable, String expected,
            List<String> problems) {
        Environment.Value value = env.get(variable);
        String actual = value == null ? null : value.literal();
        if (!expected.equals(actual)) {
            problems.add(application.getMetadata().getName() + ": " + variable + " is " + actual + ", Keycloak's is " + expected);
        }
    }

    private static Map<String, String> files(List<Map<String, String>> maps, String suffix) {
        Map<String, String> found = new TreeMap<>();
        maps.forEach(data -> data.forEach((key, value) -> {
            if (key.endsWith(suffix)) {
                found.put(key, value);
            }
        }));
        return found;
    }

    private static Map<String, String> decoded(Secret secret) {
        Map<String, String> data = new HashMap<>(secret.getStringData());
        secret.getData().forEach((key, value) -> data.put(key,
                new String(Base64.getMimeDecoder().decode(value), StandardCharsets.UTF_8)));
        return data;
    }
}
