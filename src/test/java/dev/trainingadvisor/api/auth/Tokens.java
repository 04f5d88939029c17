package dev.trainingadvisor.api.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Bearer tokens for the tests, signed with a key generated for this JVM, and the quarkus-oidc settings that trust it
 * (a fixed public key, an issuer and an audience, as {@code QUARKUS_OIDC_PUBLIC_KEY}, {@code QUARKUS_OIDC_TOKEN_ISSUER}
 * and {@code QUARKUS_OIDC_TOKEN_AUDIENCE} set them in production).
 */
public final class Tokens {
    public static final String ISSUER = "https://id.example.test/realms/teams";
    public static final String AUDIENCE = "training-advisor";
    private static final KeyPair KEYS = generate();

    private Tokens() {
    }

    /** The service's settings for {@code ADVISOR_AUTH=oidc} trusting this key, issuer and audience. */
    public static Map<String, String> oidcSettings() {
        return Map.of("advisor.auth", "oidc",
                "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                "quarkus.oidc.token.issuer", ISSUER,
                "quarkus.oidc.token.audience", AUDIENCE);
    }

    /** A valid token of {@code subject} with {@code groups}, for an hour. */
    public static String of(String subject, String... groups) {
        return claims(subject, groups).sign(KEYS.getPrivate());
    }

    /** A valid token of {@code subject} that carries the {@code tenant} claim. */
    public static String ofTenant(String subject, String tenant, String... groups) {
        return claims(subject, groups).claim("tenant", tenant).sign(KEYS.getPrivate());
    }

    /** Claims as the service expects them: issuer, audience, subject, groups, an hour's life. */
    public static JwtClaimsBuilder claims(String subject, String... groups) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(groups))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600));
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.sign(KEYS.getPrivate());
    }

    /**
     * A token whose claims are this JSON object as written, signed with the trusted key (RS256): for claims that
     * smallrye-jwt-build refuses to build, such as a {@code sub} that is not a string.
     */
    public static String signJson(String claims) {
        org.jose4j.jws.JsonWebSignature signature = new org.jose4j.jws.JsonWebSignature();
        signature.setPayload(claims);
        signature.setKey(KEYS.getPrivate());
        signature.setAlgorithmHeaderValue(org.jose4j.jws.AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (org.jose4j.lang.JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims, unsigned: {@code alg: none} (RFC 7519 §6). */
    public static String unsigned(String subject) {
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64Url("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + subject
                + "\",\"exp\":" + Instant.now().plusSeconds(3600).getEpochSecond() + "}");
        return header + "." + payload + ".";
    }

    /** A valid token whose payload was changed after signing: {@code sub} says {@code subject} instead. */
    public static String tampered(String signedFor, String subject) {
        String[] parts = of(signedFor).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"" + signedFor + "\"", "\"" + subject + "\"");
        return parts[0] + "." + base64Url(payload) + "." + parts[2];
    }

    /** A token signed by another key. */
    public static String signedByAnotherKey(String subject) {
        return claims(subject).sign(generate().getPrivate());
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
