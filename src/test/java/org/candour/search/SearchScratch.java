package org.candour.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.TermsAggregationExecutionHint;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.util.NamedValue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.candour.CandourApplication;
import org.candour.benchmark.BenchmarkReport;
import org.candour.requests.RequestStates;
import org.candour.requests.RequestSnapshots;
import org.candour.search.internal.RequestDocument;
import org.candour.search.internal.RequestIndex;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A scratch harness for search speed work (not a test, not part of the suite): opens the portal on an H2 file and
 * an Elasticsearch data folder that it keeps between runs ({@code -Dscratch.dir}, default
 * {@code target/search-scratch}; the first run inserts 1,000,000 benchmark requests and indexes them), then runs
 * the commands given as arguments and times query variants back to back, on the same node and data:
 * <ul>
 * <li>{@code base,opensub,service}: variants, comma-separated, timed in turn for {@code -Dscratch.rounds} rounds of
 * {@code -Dscratch.n} searches (the benchmark's 4 queries); a variant is parts joined by {@code +} (see
 * {@link #variants}); {@code service} is the real {@link RequestSearch}</li>
 * <li>{@code profile:VARIANT}: the profile API's view of each query; {@code split:current:NAME}: a 2-shard copy;
 * {@code eager:INDEX}; {@code flat:NAME}: a copy with nested fields as plain objects; {@code delete:INDEX}</li>
 * </ul>
 * Run with the test class path, e.g. {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.candour.search.SearchScratch base,service} (cp.txt from {@code dependency:build-classpath}).
 */
public final class SearchScratch {

    record V(String style, String index, boolean openField, boolean total, boolean highlight, boolean tiebreak,
             TermsAggregationExecutionHint hint, boolean aggs, boolean facetsOnly, boolean profile) {
        static V base(String index) {
            return new V("filters", index, false, true, true, true, null, true, false, false);
        }
        V open() { return new V(style, index, true, total, highlight, tiebreak, hint, aggs, facetsOnly, profile); }
        V noTotal() { return new V(style, index, openField, false, highlight, tiebreak, hint, aggs, facetsOnly, profile); }
        V noHighlight() { return new V(style, index, openField, total, false, tiebreak, hint, aggs, facetsOnly, profile); }
        V noTiebreak() { return new V(style, index, openField, total, highlight, false, hint, aggs, facetsOnly, profile); }
        V hint(TermsAggregationExecutionHint h) { return new V(style, index, openField, total, highlight, tiebreak, h, aggs, facetsOnly, profile); }
        V noAggs() { return new V(style, index, openField, total, highlight, tiebreak, hint, false, facetsOnly, profile); }
        V withFacetsOnly() { return new V(style, index, openField, total, highlight, tiebreak, hint, aggs, true, profile); }
        V profiled() { return new V(style, index, openField, total, highlight, tiebreak, hint, aggs, facetsOnly, true); }
        V style(String st) { return new V(st, index, openField, total, highlight, tiebreak, hint, aggs, facetsOnly, profile); }
        V on(String i) { return new V(style, i, openField, total, highlight, tiebreak, hint, aggs, facetsOnly, profile); }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("scratch.dir", "target/search-scratch"));
        var context = new SpringApplicationBuilder(CandourApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath() + "/db;DB_CLOSE_ON_EXIT=FALSE",
                "--candour.crypto.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "--candour.crypto.key-file=",
                "--spring.flyway.placeholders.referencestart=1", "--logging.level.root=warn",
                "--spring.flyway.validate-on-migrate=false",
                "--candour.elasticsearch.local-node.http-port=" + System.getProperty("scratch.port", "0"),
                "--candour.elasticsearch.local-node.transport-port=0",
                "--candour.elasticsearch.local-node.work-dir=" + dir + "/elasticsearch",
                "--candour.elasticsearch.local-node.heap-size=2g");
        try (context) {
            new SearchScratch(context).run(args);
        }
        System.exit(0);
    }

    private final ElasticsearchClient client;
    private final SearchIndexAdmin admin;
    private final RequestSearch search;
    private final RequestSnapshots snapshots;
    private final ConfigurableApplicationContext context;

    private SearchScratch(ConfigurableApplicationContext context) {
        this.context = context;
        client = context.getBean(ElasticsearchClient.class);
        admin = context.getBean(SearchIndexAdmin.class);
        search = context.getBean(RequestSearch.class);
        snapshots = context.getBean(RequestSnapshots.class);
    }

    private void run(String[] args) throws Exception {
        if (snapshots.count() == 0) {
            new BenchmarkRequests(context.getBean(javax.sql.DataSource.class))
                    .insert(Integer.getInteger("scratch.requests", 1_000_000));
        }
        long rows = snapshots.count();
        System.out.printf("snapshots %d, index %s%n", rows, admin.status());
        if (Boolean.getBoolean("scratch.rebuild") || admin.status().documents() != rows) {
            long started = System.nanoTime();
            var result = admin.rebuild((done, total) -> { });
            System.out.printf("rebuilt %s in %.0f s%n", result, (System.nanoTime() - started) / 1e9);
        }
        var requestIndex = context.getBean(RequestIndex.class);
        long waitStart = System.nanoTime();
        while (!requestIndex.hasCurrentMapping()) {
            Thread.sleep(5000);
        }
        System.out.printf("mapping current after %.0f s wait%n", (System.nanoTime() - waitStart) / 1e9);
        String current = admin.status().index();
        System.out.println("current index " + current + " " + client.cat().indices().indices().stream().map(i -> i.index() + " docs=" + i.docsCount() + " size=" + i.storeSize()).toList());
        for (String arg : args) {
            System.out.println("=== " + arg + "  load " + load());
            String[] c = arg.split(":");
            switch (c[0]) {
                case "split" -> split(c[1].equals("current") ? current : c[1], c[2], 2);
                case "eager" -> eager(c[1]);
                case "flat" -> flat(current, c[1]);
                case "delete" -> client.indices().delete(d -> d.index(c[1]).ignoreUnavailable(true));
                case "profile" -> profile(variants(c[1], current).values().iterator().next().v.profiled());
                case "service" -> time(Map.of("service", q -> { search.search(q); }));
                default -> time(variants(arg, current).entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().run, (a, b) -> a, LinkedHashMap::new)));
            }
        }
    }

    private static String load() throws Exception {
        return java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
    }

    record Run(V v, java.util.function.Consumer<SearchQuery> run) {
    }

    private Map<String, Run> variants(String arg, String current) {
        var map = new LinkedHashMap<String, Run>();
        for (String name : arg.split(",")) {
            if (name.equals("service")) {
                map.put(name, new Run(V.base(current), q -> search.search(q)));
                continue;
            }
            V v = V.base(current);
            for (String part : name.split("\\+")) {
                v = switch (part) {
                    case "base" -> v;
                    case "open" -> v.open();
                    case "nototal" -> v.noTotal();
                    case "nohl" -> v.noHighlight();
                    case "notie" -> v.noTiebreak();
                    case "noaggs" -> v.noAggs();
                    case "map" -> v.hint(TermsAggregationExecutionHint.Map);
                    case "facets" -> v.withFacetsOnly();
                    case "s2" -> v.on("scratch-2");
                    case "opensub" -> v.open().style("sub");
                    case "openrange" -> v.open().style("range");
                    default -> part.startsWith("@") ? v.on(part.substring(1)) : fail(part);
                };
            }
            V variant = v;
            map.put(name, new Run(variant, q -> execute(variant, q)));
        }
        return map;
    }

    private static V fail(String part) {
        throw new IllegalArgumentException(part);
    }

    private void execute(V v, SearchQuery q) {
        try {
            if (v.facetsOnly) {
                // two requests: hits without aggs, facets size 0
                client.search(build(v.noAggs(), q), RequestDocument.class);
                client.search(build(v, q), RequestDocument.class);
            } else {
                client.search(build(v, q), RequestDocument.class);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<SearchQuery> QUERIES = List.of(SearchQuery.everything(),
            SearchQuery.everything().withText("searched bag"),
            new SearchQuery("", Set.of("Lambeth", "Southwark"), Set.of(), Set.of(), true, false, false, null, null,
                    SearchQuery.Order.DUE_DATE, 0, 20),
            new SearchQuery("station", Set.of(), Set.of("SEARCHING"), Set.of(), false, true, false,
                    LocalDate.now().minusDays(90), null, SearchQuery.Order.URGENCY, 2, 20));

    private void time(Map<String, java.util.function.Consumer<SearchQuery>> variants) throws Exception {
        for (var v : variants.values()) {
            for (int i = 0; i < 40; i++) {
                v.accept(QUERIES.get(i % 4));
            }
        }
        int rounds = Integer.getInteger("scratch.rounds", 2);
        int n = Integer.getInteger("scratch.n", 200);
        for (int round = 0; round < rounds; round++) {
            for (var e : variants.entrySet()) {
                var all = new ArrayList<Double>();
                List<List<Double>> per = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                        new ArrayList<>());
                for (int i = 0; i < n; i++) {
                    long started = System.nanoTime();
                    e.getValue().accept(QUERIES.get(i % 4));
                    double ms = (System.nanoTime() - started) / 1e6;
                    all.add(ms);
                    per.get(i % 4).add(ms);
                }
                System.out.printf("%-28s p50 %6.1f p95 %6.1f | per query p50 %5.1f %5.1f %5.1f %5.1f | load %s%n",
                        e.getKey(), BenchmarkReport.percentile(all, 50), BenchmarkReport.percentile(all, 95),
                        BenchmarkReport.percentile(per.get(0), 50), BenchmarkReport.percentile(per.get(1), 50),
                        BenchmarkReport.percentile(per.get(2), 50), BenchmarkReport.percentile(per.get(3), 50),
                        load());
            }
        }
    }

    private void profile(V v) throws Exception {
        for (SearchQuery q : QUERIES) {
            for (int i = 0; i < 5; i++) {
                client.search(build(v, q), Object.class);
            }
            var response = client.search(build(v, q), Object.class);
            System.out.printf("took %d ms, total %s%n", response.took(), response.hits().total().value());
            for (var shard : response.profile().shards()) {
                for (var s : shard.searches()) {
                    for (var query : s.query()) {
                        System.out.printf("  query %s %.1f ms %s%n", query.type(), query.timeInNanos() / 1e6,
                                query.description().length() > 100 ? query.description().substring(0, 100)
                                        : query.description());
                    }
                    s.collector().forEach(c -> printCollector(c, "  "));
                }
                for (var agg : shard.aggregations()) {
                    System.out.printf("  agg %s %s %.1f ms %s%n", agg.description(), agg.type(),
                            agg.timeInNanos() / 1e6, agg.debug() == null ? "" : JsonpUtils.toString(agg.debug()));
                }
            }
        }
    }

    private static void printCollector(co.elastic.clients.elasticsearch.core.search.Collector c, String indent) {
        System.out.printf("%scollector %s %.1f ms%n", indent, c.name(), c.timeInNanos() / 1e6);
        if (c.children() != null) {
            c.children().forEach(child -> printCollector(child, indent + "  "));
        }
    }

    private void split(String source, String target, int shards) throws Exception {
        client.indices().delete(d -> d.index(target).ignoreUnavailable(true));
        client.indices().putSettings(p -> p.index(source).settings(s -> s.blocks(b -> b.write(true))));
        client.indices().split(s -> s.index(source).target(target)
                .settings("index.number_of_shards", co.elastic.clients.json.JsonData.of(shards))
                .settings("index.number_of_replicas", co.elastic.clients.json.JsonData.of(0))
                .settings("index.blocks.write", co.elastic.clients.json.JsonData.of(false)));
        client.indices().putSettings(p -> p.index(source).settings(s -> s.blocks(b -> b.write(false))));
        client.cluster().health(h -> h.index(target).waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Green));
        client.indices().forcemerge(f -> f.index(target).maxNumSegments(5L));
        System.out.println("split done " + client.cat().indices().indices().stream().map(i -> i.index() + " docs=" + i.docsCount() + " size=" + i.storeSize()).toList());
    }

    /** A copy of the index with stages as a plain object instead of nested (fewer Lucene documents). */
    private void flat(String source, String target) throws Exception {
        client.indices().delete(d -> d.index(target).ignoreUnavailable(true));
        var mapping = client.indices().getMapping(m -> m.index(source)).mappings().values().iterator().next()
                .mappings();
        String json = JsonpUtils.toJsonString(mapping, client._jsonpMapper()).replace("\"nested\"", "\"object\"");
        client.indices().create(c -> c.index(target).settings(st -> st.numberOfShards("1").numberOfReplicas("0")
                .refreshInterval(r -> r.time("-1"))).mappings(m -> m.withJson(new java.io.StringReader(json))));
        long started = System.nanoTime();
        var response = client.search(s -> s.index(source).size(5000).scroll(t -> t.time("5m"))
                .sort(o -> o.doc(d -> d)), Object.class);
        String scrollId = response.scrollId();
        var hits = response.hits().hits();
        long copied = 0;
        while (!hits.isEmpty()) {
            var ops = new ArrayList<co.elastic.clients.elasticsearch.core.bulk.BulkOperation>();
            for (var hit : hits) {
                var doc = hit.source();
                ops.add(co.elastic.clients.elasticsearch.core.bulk.BulkOperation.of(op -> op.index(i -> i.index(target)
                        .id(hit.id()).document(doc))));
            }
            var bulk = client.bulk(b -> b.operations(ops));
            if (bulk.errors()) {
                throw new IllegalStateException("bulk errors " + bulk.items().stream().filter(i -> i.error() != null)
                        .findFirst().orElseThrow().error());
            }
            copied += hits.size();
            String id = scrollId;
            var next = client.scroll(sc -> sc.scrollId(id).scroll(t -> t.time("5m")),
                    Object.class);
            scrollId = next.scrollId();
            hits = next.hits().hits();
        }
        client.indices().putSettings(p -> p.index(target).settings(st -> st.refreshInterval(r -> r.time("250ms"))));
        client.indices().refresh(r -> r.index(target));
        System.out.printf("flat copy %d docs in %.0f s%n", copied, (System.nanoTime() - started) / 1e9);
    }

    private void eager(String index) throws Exception {
        client.indices().putMapping(m -> m.index(index)
                .properties("boroughName", p -> p.keyword(k -> k.eagerGlobalOrdinals(true)))
                .properties("state", p -> p.keyword(k -> k.eagerGlobalOrdinals(true)))
                .properties("outcome", p -> p.keyword(k -> k.eagerGlobalOrdinals(true))));
        System.out.println("eager global ordinals on " + index);
    }

    // ---- a copy of RequestQueries with knobs ----

    static SearchRequest build(V v, SearchQuery query) {
        LocalDate today = LocalDate.now();
        return SearchRequest.of(s -> {
            s.index(v.index);
            if (v.facetsOnly && v.aggs) {
                s.size(0);
            } else {
                s.from(query.page() * query.pageSize()).size(query.pageSize());
            }
            s.trackTotalHits(t -> v.total ? t.enabled(true) : t.count(1000));
            s.query(q -> q.bool(b -> filtered(v, b, query, today)));
            if (v.profile) {
                s.profile(true);
            }
            if (v.aggs) {
                s.aggregations("boroughs", a -> a.terms(t -> hint(v, t.field("boroughName").size(40))))
                        .aggregations("states", a -> a.terms(t -> hint(v, t.field("state").size(20))))
                        .aggregations("outcomes", a -> a.terms(t -> hint(v, t.field("outcome").size(10))))
                        .aggregations("extended", a -> a.filter(f -> f.term(t -> t.field("extended").value(true))));
                switch (v.style) {
                    case "filters" -> s.aggregations("overdue", a -> a.filter(overdue(v, today)))
                            .aggregations("atRisk", a -> a.filter(atRisk(v, today)));
                    case "sub" -> s.aggregations("open", a -> a.filter(open(v))
                            .aggregations("overdue", o -> o.filter(f -> f.range(r -> r.date(d -> d.field("dueDate")
                                    .lt(today.toString())))))
                            .aggregations("atRisk", o -> o.filter(f -> f.range(r -> r.date(d -> d
                                    .field("footageDeletionDate").gt(today.toString()))))));
                    case "range" -> s.aggregations("open", a -> a.filter(open(v))
                            .aggregations("overdue", o -> o.dateRange(r -> r.field("dueDate")
                                    .ranges(x -> x.to(m -> m.expr(today.toString())))))
                            .aggregations("atRisk", o -> o.dateRange(r -> r.field("footageDeletionDate")
                                    .ranges(x -> x.from(m -> m.expr(today.plusDays(1).toString()))))));
                    default -> throw new IllegalArgumentException(v.style);
                }
            }
            if (v.facetsOnly && v.aggs) {
                return s;
            }
            if (v.highlight) {
                s.highlight(h -> h.preTags(String.valueOf(SearchResults.MARK_START))
                        .postTags(String.valueOf(SearchResults.MARK_END))
                        .fields(NamedValue.of("description", HighlightField.of(f -> f.fragmentSize(180)
                                        .numberOfFragments(1).noMatchSize(180))),
                                NamedValue.of("location", HighlightField.of(f -> f.numberOfFragments(0)))));
            }
            switch (query.order()) {
                case RELEVANCE -> s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                case NEWEST -> s.sort(o -> o.field(f -> f.field("submittedAt").order(SortOrder.Desc)));
                case DUE_DATE -> s.sort(o -> o.field(f -> f.field("dueDate").order(SortOrder.Asc).missing("_last")));
                case URGENCY -> s.sort(o -> o.field(f -> f.field("footageDeletionDate").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("dueDate").order(SortOrder.Asc).missing("_last")));
            }
            if (v.tiebreak) {
                s.sort(o -> o.field(f -> f.field("reference").order(SortOrder.Asc)));
            }
            return s;
        });
    }

    private static co.elastic.clients.elasticsearch._types.aggregations.TermsAggregation.Builder hint(V v,
            co.elastic.clients.elasticsearch._types.aggregations.TermsAggregation.Builder t) {
        return v.hint == null ? t : t.executionHint(v.hint);
    }

    private static BoolQuery.Builder filtered(V v, BoolQuery.Builder b, SearchQuery query, LocalDate today) {
        if (query.text().isBlank()) {
            b.must(m -> m.matchAll(all -> all));
        } else {
            b.must(m -> m.multiMatch(mm -> mm.query(query.text()).fields("description", "location^2", "reference")));
        }
        terms(b, "boroughName", query.boroughs());
        terms(b, "state", query.states());
        terms(b, "outcome", query.outcomes());
        if (query.overdueOnly()) {
            b.filter(overdue(v, today));
        }
        if (query.atRiskOnly()) {
            b.filter(atRisk(v, today));
        }
        if (query.extendedOnly()) {
            b.filter(f -> f.term(t -> t.field("extended").value(true)));
        }
        if (query.receivedFrom() != null || query.receivedTo() != null) {
            b.filter(f -> f.range(r -> r.date(d -> {
                d.field("receivedOn");
                if (query.receivedFrom() != null) {
                    d.gte(query.receivedFrom().toString());
                }
                if (query.receivedTo() != null) {
                    d.lte(query.receivedTo().toString());
                }
                return d;
            })));
        }
        return b;
    }

    static Query overdue(V v, LocalDate today) {
        return Query.of(q -> q.bool(b -> b.filter(open(v))
                .filter(f -> f.range(r -> r.date(d -> d.field("dueDate").lt(today.toString()))))));
    }

    static Query atRisk(V v, LocalDate today) {
        return Query.of(q -> q.bool(b -> b.filter(open(v))
                .filter(f -> f.range(r -> r.date(d -> d.field("footageDeletionDate").gt(today.toString()))))));
    }

    static Query open(V v) {
        if (v.openField) {
            return Query.of(q -> q.term(t -> t.field("open").value(true)));
        }
        return Query.of(q -> q.terms(t -> t.field("state")
                .terms(vs -> vs.value(values(RequestStates.open())))));
    }

    private static void terms(BoolQuery.Builder b, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            b.filter(f -> f.terms(t -> t.field(field).terms(v -> v.value(values(values)))));
        }
    }

    private static List<FieldValue> values(Collection<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }
}
