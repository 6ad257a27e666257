//! Print the analysis of a file, one line per sentence: `cargo run --example dump FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE");
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let a = claimdesk_extract::analyze(&text);
    for s in a.sentences {
        let who = s
            .attribution
            .map(|a| format!("{} [{}|{}|{}|{}]", a.source, a.kind.as_str(), a.cue, a.kind_of_quote.as_str(), a.mention))
            .unwrap_or_else(|| "-".into());
        println!(
            "{:>2} {:.2} {} | {} | {}",
            s.index,
            s.score,
            if s.checkworthy { "CW" } else { "  " },
            who,
            s.text.chars().take(90).collect::<String>()
        );
    }
}
