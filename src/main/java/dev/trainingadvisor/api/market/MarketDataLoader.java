package dev.trainingadvisor.api.market;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.trainingadvisor.domain.market.Eligibility;
import dev.trainingadvisor.domain.market.FineTuningOffering;
import dev.trainingadvisor.domain.market.Lifecycle;
import dev.trainingadvisor.domain.market.MarketAdvice;
import dev.trainingadvisor.domain.market.MarketData;
import dev.trainingadvisor.domain.market.MarketMethod;
import dev.trainingadvisor.domain.market.MarketModel;
import dev.trainingadvisor.domain.market.MarketProvider;
import dev.trainingadvisor.domain.market.ModelPrice;
import dev.trainingadvisor.domain.market.OfferingPrice;
import dev.trainingadvisor.domain.market.PriceMap;
import dev.trainingadvisor.domain.market.Pricing;
import dev.trainingadvisor.domain.market.ProviderStatus;
import dev.trainingadvisor.domain.market.ServingMode;
import dev.trainingadvisor.domain.market.Source;
import dev.trainingadvisor.domain.market.Sourced;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a market data file (JSON) into {@link MarketData}: parses it (duplicate keys refused), validates it against
 * {@code market/market-data.schema.json} (JSON Schema 2020-12), then checks what a schema cannot say: provider and model
 * ids are unique, the guide's four providers are there, each model's and offering's provider exists, each offering's
 * base model exists, an offering's last day for new jobs is not after its retirement, dates are real days, {@code newJobsUntil} is not after
 * {@code discontinuedOn}, a training price's min is not above its max, no source was read after {@code asOf}. Every
 * problem is reported with its JSON Pointer; any problem throws {@link MarketDataException}.
 */
public final class MarketDataLoader {
    /** The data shipped inside the application (classpath resource). */
    public static final String BUILT_IN = "market/market-data.json";
    static final String SCHEMA = "market/market-data.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonSchema SCHEMA_VALIDATOR = loadSchema();

    private MarketDataLoader() {
    }

    /**
     * @param file the name to report in errors (a path or the resource name)
     * @throws MarketDataException when the file is not JSON, breaks the schema, or is inconsistent
     */
    public static MarketData load(InputStream in, String file) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new MarketDataException(file, List.of(new MarketDataException.Problem("",
                    "not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read market data " + file, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new MarketDataException(file, List.of(new MarketDataException.Problem("", "the file is empty")));
        }
        return load(root, file);
    }

    /**
     * Validates and converts a file already parsed (numbers as {@link java.math.BigDecimal}), as {@link #load(InputStream,
     * String)} does after parsing: the candidate file of an impact analysis arrives inside a request.
     *
     * @throws MarketDataException when the tree breaks the schema, holds a number out of range, or is inconsistent
     */
    public static MarketData load(JsonNode root, String file) {
        List<MarketDataException.Problem> outOfRange = new ArrayList<>();
        numbersInRange(root, "", outOfRange);
        if (!outOfRange.isEmpty()) {
            throw new MarketDataException(file, outOfRange);
        }
        List<MarketDataException.Problem> problems = new ArrayList<>(SCHEMA_VALIDATOR.validate(root).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getError))
                .map(m -> new MarketDataException.Problem(m.getInstanceLocation().toString(), m.getError()))
                .toList());
        if (!problems.isEmpty()) {
            throw new MarketDataException(file, problems);
        }
        checkConsistency(root, problems);
        if (!problems.isEmpty()) {
            throw new MarketDataException(file, problems);
        }
        return toDomain(root);
    }

    /** Decimal digits or decimal exponent that no figure of a market-data file comes near. */
    static final int MAX_NUMBER_DIGITS = 40;

    /**
     * Refuses a number with more than {@link #MAX_NUMBER_DIGITS} significant digits or a decimal exponent beyond
     * ±{@link #MAX_NUMBER_DIGITS} ({@code 1e-999999999} is valid JSON): no price, token count or date part is such a
     * number, and such a value could be neither written back as a plain decimal nor priced. Refuses a string (a value
     * or a key) that holds half a surrogate pair ({@code "\ud800"}) or a NUL character ({@code "\u0000"}): valid JSON
     * escapes both, but neither is text an id, a name or a URL holds, and the first could not be written back as
     * UTF-8 (as REST bodies refuse it: {@link dev.trainingadvisor.api.json.WholeCharacters}).
     */
    private static void numbersInRange(JsonNode node, String pointer, List<MarketDataException.Problem> problems) {
        if (node.isTextual()) {
            wholeText(node.textValue(), pointer, problems);
            return;
        }
        if (node.isNumber()) {
            java.math.BigDecimal value = node.decimalValue();
            int exponent = value.precision() - value.scale() - 1;
            if (value.signum() != 0 && (value.precision() > MAX_NUMBER_DIGITS
                    || Math.abs(exponent) > MAX_NUMBER_DIGITS)) {
                problems.add(new MarketDataException.Problem(pointer, "is a number out of range (more than "
                        + MAX_NUMBER_DIGITS + " digits, or a decimal exponent beyond ±" + MAX_NUMBER_DIGITS + ")"));
            }
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                numbersInRange(node.get(i), pointer + "/" + i, problems);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                wholeText(field.getKey(), at, problems);
                numbersInRange(field.getValue(), at, problems);
            });
        }
    }

    private static void wholeText(String text, String pointer, List<MarketDataException.Problem> problems) {
        if (dev.trainingadvisor.api.json.WholeCharacters.firstUnpairedSurrogate(text) >= 0) {
            problems.add(new MarketDataException.Problem(pointer, "must be Unicode text: it holds half of a surrogate "
                    + "pair (a \\uD800-\\uDFFF escape without its partner)"));
        }
        if (text.indexOf('\0') >= 0) {
            problems.add(new MarketDataException.Problem(pointer, "must not hold a NUL character (U+0000)"));
        }
    }

    /** Loads the data shipped with the application. */
    public static MarketData builtIn() {
        try (InputStream in = resource(BUILT_IN)) {
            return load(in, "classpath:" + BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkConsistency(JsonNode root, List<MarketDataException.Problem> problems) {
        LocalDate asOf = date(root, "/asOf", problems).orElse(LocalDate.MAX);
        Set<String> providerIds = new HashSet<>();
        JsonNode providers = root.get("providers");
        for (int i = 0; i < providers.size(); i++) {
            String at = "/providers/" + i;
            JsonNode provider = providers.get(i);
            if (!providerIds.add(provider.get("id").asText())) {
                problems.add(new MarketDataException.Problem(at + "/id",
                        "provider id " + provider.get("id").asText() + " appears more than once"));
            }
            Optional<LocalDate> newJobsUntil = date(root, at + "/status/newJobsUntil", problems);
            Optional<LocalDate> discontinuedOn = date(root, at + "/status/discontinuedOn", problems);
            if (newJobsUntil.isPresent() && discontinuedOn.isPresent()
                    && newJobsUntil.get().isAfter(discontinuedOn.get())) {
                problems.add(new MarketDataException.Problem(at + "/status/newJobsUntil",
                        "is after discontinuedOn " + discontinuedOn.get()));
            }
            JsonNode training = provider.at("/pricing/trainingUsd");
            if (!training.isMissingNode() && training.get("min").decimalValue()
                    .compareTo(training.get("max").decimalValue()) > 0) {
                problems.add(new MarketDataException.Problem(at + "/pricing/trainingUsd/min", "is above max"));
            }
        }
        MarketAdvice.GUIDE_PROVIDERS.stream().sorted().filter(id -> !providerIds.contains(id)).forEach(id ->
                problems.add(new MarketDataException.Problem("/providers", "lacks the guide's provider " + id)));
        Set<String> modelIds = new HashSet<>();
        JsonNode models = root.get("models");
        for (int i = 0; i < models.size(); i++) {
            String at = "/models/" + i;
            JsonNode model = models.get(i);
            if (!modelIds.add(model.get("id").asText())) {
                problems.add(new MarketDataException.Problem(at + "/id",
                        "model id " + model.get("id").asText() + " appears more than once"));
            }
            if (!providerIds.contains(model.get("provider").asText())) {
                problems.add(new MarketDataException.Problem(at + "/provider",
                        "names no provider of this file: " + model.get("provider").asText()));
            }
            date(root, at + "/retiresOn/date", problems);
        }
        Set<String> offeringIds = new HashSet<>();
        JsonNode offerings = root.get("offerings");
        for (int i = 0; i < offerings.size(); i++) {
            String at = "/offerings/" + i;
            JsonNode offering = offerings.get(i);
            if (!offeringIds.add(offering.get("id").asText())) {
                problems.add(new MarketDataException.Problem(at + "/id",
                        "offering id " + offering.get("id").asText() + " appears more than once"));
            }
            if (!providerIds.contains(offering.get("provider").asText())) {
                problems.add(new MarketDataException.Problem(at + "/provider",
                        "names no provider of this file: " + offering.get("provider").asText()));
            }
            if (!modelIds.contains(offering.get("baseModel").asText())) {
                problems.add(new MarketDataException.Problem(at + "/baseModel",
                        "names no model of this file: " + offering.get("baseModel").asText()));
            }
            Optional<LocalDate> newJobsUntil = date(root, at + "/newJobsUntil/date", problems);
            Optional<LocalDate> retiresOn = date(root, at + "/retiresOn/date", problems);
            if (newJobsUntil.isPresent() && retiresOn.isPresent() && newJobsUntil.get().isAfter(retiresOn.get())) {
                problems.add(new MarketDataException.Problem(at + "/newJobsUntil/date",
                        "is after retiresOn " + retiresOn.get()));
            }
        }
        date(root, "/priceMap/readOn", problems);
        checkSources(root, "", asOf, problems);
    }

    /** Every {@code readOn} anywhere in the file: a real day, and not after {@code asOf}. */
    private static void checkSources(JsonNode node, String at, LocalDate asOf,
                                     List<MarketDataException.Problem> problems) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String here = at + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (field.getKey().equals("readOn") && field.getValue().isTextual()) {
                    date(node, "/readOn", problems, here).filter(day -> day.isAfter(asOf)).ifPresent(day ->
                            problems.add(new MarketDataException.Problem(here, "is after asOf " + asOf)));
                } else {
                    checkSources(field.getValue(), here, asOf, problems);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkSources(node.get(i), at + "/" + i, asOf, problems);
            }
        }
    }

    private static Optional<LocalDate> date(JsonNode root, String pointer, List<MarketDataException.Problem> problems) {
        return date(root, pointer, problems, pointer);
    }

    private static Optional<LocalDate> date(JsonNode base, String pointer, List<MarketDataException.Problem> problems,
                                            String reportAt) {
        JsonNode node = base.at(pointer);
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.asText()));
        } catch (DateTimeParseException e) {
            problems.add(new MarketDataException.Problem(reportAt, "is not a real day: " + node.asText()));
            return Optional.empty();
        }
    }

    private static MarketData toDomain(JsonNode root) {
        JsonNode priceMap = root.get("priceMap");
        List<MarketProvider> providers = new ArrayList<>();
        for (JsonNode provider : root.get("providers")) {
            JsonNode status = provider.get("status");
            JsonNode methods = provider.get("methods");
            JsonNode pricing = provider.get("pricing");
            List<MarketMethod> offered = new ArrayList<>();
            methods.get("value").forEach(method -> offered.add(MarketMethod.valueOf(method.asText())));
            Optional<Pricing.TrainingPrice> training = optional(pricing, "trainingUsd", price ->
                    new Pricing.TrainingPrice(price.get("min").decimalValue(), price.get("max").decimalValue(),
                            Pricing.Unit.valueOf(price.get("unit").asText()), sources(price)));
            providers.add(new MarketProvider(provider.get("id").asText(), provider.get("name").asText(),
                    new Lifecycle(ProviderStatus.valueOf(status.get("value").asText()),
                            optional(status, "newJobsUntil", day -> LocalDate.parse(day.asText())),
                            optional(status, "discontinuedOn", day -> LocalDate.parse(day.asText())),
                            sources(status)),
                    new Sourced<>(offered, sources(methods)),
                    new Pricing(Pricing.Model.valueOf(pricing.get("model").asText()), sources(pricing), training)));
        }
        List<MarketModel> models = new ArrayList<>();
        for (JsonNode model : root.get("models")) {
            Map<ModelPrice, Sourced<BigDecimal>> prices = new EnumMap<>(ModelPrice.class);
            for (ModelPrice field : ModelPrice.values()) {
                price(model, field.code()).ifPresent(price -> prices.put(field, price));
            }
            models.add(new MarketModel(model.get("id").asText(), model.get("provider").asText(), prices,
                    dated(model, "retiresOn")));
        }
        List<FineTuningOffering> offerings = new ArrayList<>();
        for (JsonNode offering : root.get("offerings")) {
            offerings.add(offering(offering));
        }
        return new MarketData(root.get("version").asText(), LocalDate.parse(root.get("asOf").asText()),
                new PriceMap(priceMap.get("name").asText(), priceMap.get("repository").asText(),
                        priceMap.get("path").asText(), priceMap.get("commit").asText(),
                        priceMap.get("licence").asText(), LocalDate.parse(priceMap.get("readOn").asText()),
                        optional(priceMap, "note", JsonNode::asText)),
                providers, models, offerings);
    }

    private static FineTuningOffering offering(JsonNode offering) {
        JsonNode methods = offering.get("methods");
        List<MarketMethod> trained = new ArrayList<>();
        methods.get("value").forEach(method -> trained.add(MarketMethod.valueOf(method.asText())));
        JsonNode mode = offering.get("servingMode");
        Map<OfferingPrice, Sourced<BigDecimal>> prices = new EnumMap<>(OfferingPrice.class);
        for (OfferingPrice field : OfferingPrice.values()) {
            price(offering, field.code()).ifPresent(price -> prices.put(field, price));
        }
        Optional<Sourced<List<Eligibility>>> eligibility = optional(offering, "eligibility", limits -> {
            List<Eligibility> values = new ArrayList<>();
            limits.get("value").forEach(limit -> values.add(Eligibility.valueOf(limit.asText())));
            return new Sourced<>(values, sources(limits));
        });
        return new FineTuningOffering(offering.get("id").asText(), offering.get("provider").asText(),
                offering.get("baseModel").asText(), new Sourced<>(trained, sources(methods)),
                new Sourced<>(ServingMode.valueOf(mode.get("value").asText()), sources(mode)), prices,
                new FineTuningOffering.Dates(dated(offering, "newJobsUntil"), dated(offering, "retiresOn")),
                eligibility);
    }

    private static Optional<Sourced<LocalDate>> dated(JsonNode owner, String field) {
        return optional(owner, field, fact -> new Sourced<>(LocalDate.parse(fact.get("date").asText()),
                sources(fact), optional(fact, "disagreement", JsonNode::asText)));
    }

    private static Optional<Sourced<BigDecimal>> price(JsonNode model, String field) {
        return optional(model, field, price -> new Sourced<>(price.get("usd").decimalValue(), sources(price),
                optional(price, "disagreement", JsonNode::asText)));
    }

    private static List<Source> sources(JsonNode owner) {
        List<Source> sources = new ArrayList<>();
        for (JsonNode source : owner.get("sources")) {
            sources.add(new Source(source.get("url").asText(), LocalDate.parse(source.get("readOn").asText()),
                    source.get("primary").asBoolean(), optional(source, "note", JsonNode::asText)));
        }
        return sources;
    }

    private static <T> Optional<T> optional(JsonNode owner, String field, Function<JsonNode, T> read) {
        JsonNode node = owner.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(read.apply(node));
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = resource(SCHEMA)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MarketDataLoader.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }
}
