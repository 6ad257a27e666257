//! Static word lists. Each list is general English or general news usage, never
//! wording taken from one article.

/// A reporting verb: its lemma and every inflected form, so matching works on any tense.
pub struct CueVerb {
    pub lemma: &'static str,
    pub forms: &'static [&'static str],
    /// Takes the addressee as object: "X told Y (that) ...".
    pub takes_addressee: bool,
}

macro_rules! cue {
    ($lemma:literal, [$($f:literal),*]) => { CueVerb { lemma: $lemma, forms: &[$($f),*], takes_addressee: false } };
    ($lemma:literal, [$($f:literal),*], addressee) => { CueVerb { lemma: $lemma, forms: &[$($f),*], takes_addressee: true } };
}

pub static CUE_VERBS: &[CueVerb] = &[
    cue!("say", ["say", "says", "said", "saying"]),
    cue!("tell", ["tell", "tells", "told", "telling"], addressee),
    cue!("stress", ["stress", "stresses", "stressed", "stressing"]),
    cue!("add", ["add", "adds", "added", "adding"]),
    cue!("note", ["note", "notes", "noted", "noting"]),
    cue!("warn", ["warn", "warns", "warned", "warning"]),
    cue!("accuse", ["accuse", "accuses", "accused", "accusing"]),
    cue!("deny", ["deny", "denies", "denied", "denying"]),
    cue!("insist", ["insist", "insists", "insisted", "insisting"]),
    cue!("confirm", ["confirm", "confirms", "confirmed", "confirming"]),
    cue!("announce", ["announce", "announces", "announced", "announcing"]),
    cue!("claim", ["claim", "claims", "claimed", "claiming"]),
    cue!("argue", ["argue", "argues", "argued", "arguing"]),
    cue!("state", ["state", "states", "stated", "stating"]),
    cue!("explain", ["explain", "explains", "explained", "explaining"]),
    cue!("write", ["write", "writes", "wrote", "writing", "written"]),
    cue!("tweet", ["tweet", "tweets", "tweeted", "tweeting"]),
    cue!("report", ["report", "reports", "reported", "reporting"]),
    cue!("allege", ["allege", "alleges", "alleged", "alleging"]),
    cue!("acknowledge", ["acknowledge", "acknowledges", "acknowledged", "acknowledging"]),
    cue!("admit", ["admit", "admits", "admitted", "admitting"]),
    cue!("assert", ["assert", "asserts", "asserted", "asserting"]),
    cue!("declare", ["declare", "declares", "declared", "declaring"]),
    cue!("predict", ["predict", "predicts", "predicted", "predicting"]),
    cue!("estimate", ["estimate", "estimates", "estimated", "estimating"]),
    cue!("reply", ["reply", "replies", "replied", "replying"]),
    cue!("complain", ["complain", "complains", "complained", "complaining"]),
    cue!("suggest", ["suggest", "suggests", "suggested", "suggesting"]),
    cue!("urge", ["urge", "urges", "urged", "urging"]),
    cue!("promise", ["promise", "promises", "promised", "promising"]),
    cue!("vow", ["vow", "vows", "vowed", "vowing"]),
    cue!("believe", ["believe", "believes", "believed"]),
    cue!("contend", ["contend", "contends", "contended"]),
    cue!("show", ["show", "shows", "showed", "shown"]),
    cue!("find", ["find", "finds", "found"]),
    cue!("quote", ["quoted"]),
    cue!("cite", ["cited"]),
    cue!("inform", ["inform", "informs", "informed"], addressee),
    cue!("denounce", ["denounce", "denounces", "denounced", "denouncing"]),
    cue!("criticize", ["criticize", "criticizes", "criticized", "criticizing", "criticise", "criticised"]),
    cue!("condemn", ["condemn", "condemns", "condemned", "condemning"]),
    cue!("blast", ["blasted"]),
    cue!("ask", ["ask", "asks", "asked"]),
    cue!("fear", ["fear", "fears", "feared"]),
    cue!("welcome", ["welcomed", "welcomes"]),
    cue!("reiterate", ["reiterate", "reiterates", "reiterated", "reiterating"]),
    cue!("describe", ["describe", "describes", "described"]),
    cue!("dismiss", ["dismissed", "dismisses", "dismissing"]),
    cue!("hint", ["hint", "hints", "hinted", "hinting"]),
    cue!("threaten", ["threaten", "threatens", "threatened"]),
    cue!("pledge", ["pledge", "pledges", "pledged"]),
    cue!("demand", ["demand", "demands", "demanded"]),
    cue!("concede", ["concede", "concedes", "conceded"]),
    cue!("caution", ["cautioned", "cautions"]),
    cue!("reveal", ["reveal", "reveals", "revealed"]),
    cue!("disclose", ["disclose", "discloses", "disclosed"]),
    cue!("testify", ["testify", "testifies", "testified"]),
    cue!("recall", ["recalled", "recalls"]),
    cue!("call", ["call", "calls", "called"]),
    cue!("assure", ["assure", "assures", "assured"], addressee),
];

/// The inflected form `word` (case-insensitive) of a reporting verb, if it is one.
pub fn cue_verb(word: &str) -> Option<&'static CueVerb> {
    let lower = word.to_ascii_lowercase();
    CUE_VERBS.iter().find(|c| c.forms.contains(&lower.as_str()))
}

/// Words that can stand between a subject and its reporting verb.
pub const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "also", "has also", "again", "later", "earlier",
    "previously", "repeatedly", "publicly", "separately", "then", "further", "did", "does",
    "is", "was", "were", "are", "been", "not", "could", "may", "might", "should", "once",
];

/// Capitalised words that often open a sentence, used to tell "in the U.S. The ..." from
/// "U.S. President ...".
pub const SENTENCE_STARTERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
    "Those", "There", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "After",
    "Before", "When", "While", "If", "As", "His", "Her", "Its", "Their", "Our", "Some", "Many",
    "Most", "No", "Not", "However", "Meanwhile", "Still", "Also", "Officials", "Asked",
    "According", "Under", "Since", "With", "Without", "Despite", "During", "Last", "Next",
];

pub fn is_sentence_starter(word: &str) -> bool {
    SENTENCE_STARTERS.contains(&word)
}

/// Abbreviations that precede a name or number and never end a sentence.
pub fn is_title_abbreviation(word: &str) -> bool {
    const T: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Adm",
        "Cmdr", "Sen", "Rep", "Gov", "Rev", "Fr", "St", "Mt", "Ft", "Pres", "Supt", "Insp",
        "vs", "Vs", "v", "approx", "est", "cf", "e.g", "i.e", "Hon", "Messrs", "Amb",
    ];
    T.contains(&word)
}

pub fn is_month_abbreviation(word: &str) -> bool {
    const M: &[&str] = &[
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ];
    M.contains(&word)
}

/// Abbreviations that may end a sentence ("Acme Inc."); a split needs a sentence starter after.
pub fn is_trailing_abbreviation(word: &str) -> bool {
    const A: &[&str] = &[
        "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros", "etc", "Ave", "Blvd", "Rd", "Dept",
        "Univ", "Assn", "LLC", "Plc", "plc",
    ];
    A.contains(&word)
}

/// Capitalised title words that belong to a role, not a name.
pub const TITLE_WORDS: &[&str] = &[
    "President", "Vice", "Prime", "Minister", "Ministers", "Foreign", "Defense", "Defence",
    "Interior", "Finance", "Economy", "Justice", "Health", "Trade", "Energy", "Deputy",
    "Secretary", "General", "Major", "Lieutenant", "Colonel", "Admiral", "Commander", "Chief",
    "King", "Queen", "Prince", "Crown", "Sheikh", "Emir", "Sultan", "Pope", "Chancellor",
    "Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman", "Governor",
    "Gov.", "Mayor", "Ambassador", "Envoy", "Spokesman", "Spokeswoman", "Spokesperson",
    "Speaker", "Leader", "Chairman", "Chairwoman", "Chair", "Director", "Attorney", "Judge",
    "Justice", "Premier", "State", "Homeland", "Security", "National", "Adviser", "Advisor",
    "Senior", "White", "House", "Press", "Counsel", "Special", "Supreme", "Opposition",
    "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Maj.", "Lt.", "Col.", "Former", "Acting", "Interim",
    "Democratic", "Republican", "Presidential", "Candidate", "Nominee", "Executive", "Officer",
    "CEO", "Treasury", "Agriculture", "Labor", "Commerce", "Education", "Transportation",
    "Staff", "Army", "Navy", "Air", "Force", "Revolutionary", "Guards", "U.N.", "UN", "EU",
    "Sergeant", "Captain", "Ayatollah", "Grand",
];

/// Lower-case nouns that head a role description ("Hezbollah leader", "a Kremlin spokesman").
pub const ROLE_NOUNS: &[&str] = &[
    "leader", "leaders", "president", "minister", "spokesman", "spokeswoman", "spokesperson",
    "official", "officials", "source", "sources", "diplomat", "diplomats", "aide", "aides",
    "adviser", "advisers", "advisor", "lawmaker", "lawmakers", "senator", "congressman",
    "commander", "commanders", "chief", "head", "secretary", "ambassador", "envoy", "analyst",
    "analysts", "negotiator", "negotiators", "governor", "mayor", "prosecutor", "prosecutors",
    "lawyer", "lawyers", "attorney", "judge", "investigators", "police", "officer", "officers",
    "researcher", "researchers", "economist", "economists", "expert", "experts", "executive",
    "executives", "chairman", "director", "people", "person", "residents", "witnesses",
    "witness", "activists", "member", "members", "candidate", "nominee", "king", "prince",
    "premier", "chancellor", "representative", "representatives", "staff", "staffer",
    "staffers", "militia", "rebels", "group", "groups", "monitor", "observers", "campaign",
    "team", "general", "colonel", "ministry", "government", "administration", "authorities",
    "military", "army", "regulator", "regulators", "agency", "committee", "party", "company",
    "firm", "bank", "council", "court", "union", "board", "office", "department", "parliament",
    "coalition", "alliance", "organization", "organisation", "newspaper", "television", "tv",
    "broadcaster", "agency", "statement", "report", "records", "documents", "data", "figures",
    "survey", "poll", "study", "filing", "letter", "website", "media", "daily",
];

/// Quantifiers and determiners that open a noun phrase.
pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "some", "two", "three", "four", "several", "many", "other", "one",
    "senior", "top", "former", "his", "her", "their", "its", "another", "both", "most",
];

/// Words between capitalised parts of a proper name ("Bank of England", "al-Assad").
pub const NAME_LINKS: &[&str] = &["of", "al", "bin", "van", "von", "de", "da", "del", "la", "le", "for", "and"];

/// Adjectives of nationality, with the country they stand for.
pub static NATIONALITIES: &[(&str, &str)] = &[
    ("Russian", "Russia"), ("Syrian", "Syria"), ("U.S.", "United States"), ("American", "United States"),
    ("Israeli", "Israel"), ("Saudi", "Saudi Arabia"), ("Egyptian", "Egypt"), ("Turkish", "Turkey"),
    ("Iranian", "Iran"), ("Iraqi", "Iraq"), ("British", "Britain"), ("French", "France"),
    ("German", "Germany"), ("Chinese", "China"), ("Japanese", "Japan"), ("Indian", "India"),
    ("Pakistani", "Pakistan"), ("Afghan", "Afghanistan"), ("Ukrainian", "Ukraine"),
    ("Italian", "Italy"), ("Spanish", "Spain"), ("Canadian", "Canada"), ("Mexican", "Mexico"),
    ("Brazilian", "Brazil"), ("Korean", "Korea"), ("North Korean", "North Korea"),
    ("South Korean", "South Korea"), ("Lebanese", "Lebanon"), ("Jordanian", "Jordan"),
    ("Palestinian", "Palestine"), ("Qatari", "Qatar"), ("Emirati", "United Arab Emirates"),
    ("Kurdish", "Kurdistan"), ("Libyan", "Libya"), ("Yemeni", "Yemen"), ("Polish", "Poland"),
    ("Dutch", "Netherlands"), ("Belgian", "Belgium"), ("Swedish", "Sweden"), ("Greek", "Greece"),
    ("Australian", "Australia"), ("Venezuelan", "Venezuela"), ("Cuban", "Cuba"),
    ("Philippine", "Philippines"), ("Indonesian", "Indonesia"), ("Nigerian", "Nigeria"),
    ("European", "European Union"), ("Western", "the West"), ("Hungarian", "Hungary"),
    ("Austrian", "Austria"), ("Swiss", "Switzerland"), ("Kenyan", "Kenya"), ("Ethiopian", "Ethiopia"),
    ("Myanmar", "Myanmar"), ("Thai", "Thailand"), ("Vietnamese", "Vietnam"), ("Malaysian", "Malaysia"),
    ("Bahraini", "Bahrain"), ("Kuwaiti", "Kuwait"), ("Omani", "Oman"), ("Tunisian", "Tunisia"),
    ("Algerian", "Algeria"), ("Moroccan", "Morocco"), ("Sudanese", "Sudan"), ("Somali", "Somalia"),
    ("Serbian", "Serbia"), ("Romanian", "Romania"), ("Czech", "Czech Republic"), ("Irish", "Ireland"),
];

pub fn nationality(word: &str) -> Option<&'static str> {
    NATIONALITIES.iter().find(|(adj, _)| *adj == word).map(|(_, c)| *c)
}

/// The adjective for a country, for naming its government ("Russia" -> "Russian").
pub fn demonym(country: &str) -> Option<&'static str> {
    NATIONALITIES.iter().find(|(_, c)| *c == country).map(|(adj, _)| *adj)
}

/// Capitals and seats of government used as actors ("Moscow denies"): the country they stand for.
pub static CAPITALS: &[(&str, &str)] = &[
    ("Moscow", "Russia"), ("Washington", "United States"), ("Beijing", "China"), ("Ankara", "Turkey"),
    ("Tehran", "Iran"), ("Damascus", "Syria"), ("Jerusalem", "Israel"), ("Riyadh", "Saudi Arabia"),
    ("Cairo", "Egypt"), ("London", "Britain"), ("Paris", "France"), ("Berlin", "Germany"),
    ("Tokyo", "Japan"), ("Kiev", "Ukraine"), ("Kyiv", "Ukraine"), ("Baghdad", "Iraq"),
    ("Pyongyang", "North Korea"), ("Seoul", "South Korea"), ("Brussels", "European Union"),
    ("Kabul", "Afghanistan"), ("Islamabad", "Pakistan"), ("New Delhi", "India"), ("Doha", "Qatar"),
    ("Beirut", "Lebanon"), ("Amman", "Jordan"), ("Rome", "Italy"), ("Madrid", "Spain"),
    ("Ottawa", "Canada"), ("Havana", "Cuba"), ("Caracas", "Venezuela"), ("Warsaw", "Poland"),
    ("Budapest", "Hungary"), ("Athens", "Greece"), ("Canberra", "Australia"), ("Manila", "Philippines"),
];

pub fn capital_country(word: &str) -> Option<&'static str> {
    CAPITALS.iter().find(|(c, _)| *c == word).map(|(_, country)| *country)
}

/// Seats of government that are named as institutions ("the Kremlin said").
pub const GOVERNMENT_BODIES: &[&str] = &[
    "Kremlin", "White House", "Pentagon", "State Department", "Foreign Ministry",
    "Defense Ministry", "Defence Ministry", "Interior Ministry", "Finance Ministry", "Elysee",
    "Downing Street", "Justice Department", "Treasury", "Treasury Department", "Foreign Office",
    "Home Office", "Ministry", "Cabinet", "Government", "Congress", "Senate", "Parliament",
    "Knesset", "Duma", "Commerce Department", "Homeland Security", "Department",
];

/// Head nouns that make a phrase an organisation.
pub const ORGANIZATION_HEADS: &[&str] = &[
    "Committee", "Party", "Council", "Inc", "Inc.", "Corp", "Corp.", "Group", "Bank",
    "Company", "Commission", "Union", "Organization", "Organisation", "Agency", "Association",
    "Institute", "Foundation", "Fund", "Court", "University", "Movement", "Front", "Army",
    "Forces", "Hezbollah", "Hamas", "Taliban", "NATO", "OPEC", "IMF", "Board", "Office",
    "Campaign", "Network", "Federation", "Coalition", "Alliance", "Police", "Service", "Authority",
    "Observatory", "Centre", "Center", "Reserve", "Exchange", "Co", "Co.", "Ltd", "LLC",
];

/// Media outlets and media nouns.
pub const MEDIA_WORDS: &[&str] = &[
    "television", "tv", "TV", "newspaper", "news agency", "agency", "broadcaster", "radio",
    "SANA", "TASS", "RIA", "Interfax", "Reuters", "AP", "AFP", "CNN", "BBC", "Fox News", "IRNA",
    "Xinhua", "Al Jazeera", "Al Arabiya", "daily", "media", "website", "magazine", "paper",
    "Times", "Post", "Journal", "Ifax", "Tasnim", "Fars", "KCNA", "Yonhap", "Kyodo", "Anadolu",
];

/// Nouns for documents that can assert things ("records show", "a statement said").
pub const DOCUMENT_WORDS: &[&str] = &[
    "statement", "report", "records", "record", "documents", "document", "data", "figures",
    "survey", "poll", "study", "filing", "letter", "memo", "indictment", "complaint", "lawsuit",
    "ruling", "transcript", "communique", "resolution", "declaration", "minutes", "estimates",
];

/// Role nouns that describe unnamed people ("a source", "U.S. officials").
pub const ANONYMOUS_HEADS: &[&str] = &[
    "source", "sources", "official", "officials", "diplomat", "diplomats", "people", "person",
    "aide", "aides", "insider", "insiders", "analyst", "analysts", "witness", "witnesses",
    "residents", "resident", "lawmakers", "negotiators", "investigators", "observers",
    "activists", "experts", "economists", "traders", "officers", "commanders", "staffers",
    "members", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisers", "officer",
];

pub const FIRST_PERSON: &[&str] = &[
    "I", "we", "We", "our", "Our", "us", "my", "My", "me", "ours", "myself", "ourselves",
];

/// Words that mark opinion, intention or rhetoric rather than checkable fact.
pub const OPINION_WORDS: &[&str] = &[
    "believe", "believes", "think", "thinks", "hope", "hopes", "hoped", "want", "wants", "wish",
    "should", "must", "ought", "would", "could", "might", "may", "feel", "feels", "seems",
    "reasonable", "realistic", "important", "good", "bad", "great", "terrible", "wonderful",
    "welcome", "gratitude", "grateful", "thank", "thanks", "satisfaction", "forget", "ready",
    "glad", "happy", "sad", "shame", "disgrace", "unacceptable", "outrageous", "best", "worst",
    "count", "expect", "expects", "likely", "perhaps", "probably", "opinion", "view", "deserve",
];

/// Verbs that assert that something happened, in their past forms.
pub const EVENT_VERBS: &[&str] = &[
    "took", "killed", "launched", "met", "signed", "won", "lost", "resigned", "attacked",
    "captured", "died", "fell", "rose", "grew", "shrank", "voted", "passed", "approved",
    "rejected", "arrested", "charged", "convicted", "fired", "hired", "spent", "paid", "raised",
    "cut", "closed", "opened", "built", "destroyed", "sent", "deployed", "withdrew", "invaded",
    "seized", "held", "hosted", "visited", "flew", "spoke", "announced", "ordered", "banned",
    "sued", "filed", "imposed", "lifted", "agreed", "signed", "elected", "appointed", "headed",
    "led", "began", "ended", "increased", "decreased", "declined", "reached", "released",
    "detained", "injured", "wounded", "overrun", "beaten", "propped", "played", "thanked",
    "praised", "accused", "denied", "confirmed", "founded", "formed", "controlled", "struck",
    "bombed", "shot", "fled", "returned", "travel", "meet", "resign",
];

/// Number words that make a quantity.
pub const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
    "thousands", "million", "millions", "billion", "billions", "trillion", "dozen", "dozens",
    "half", "percent", "per cent", "majority", "first", "second", "third", "last",
];

pub const WEEKDAYS_MONTHS: &[&str] = &[
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "weekend",
    "yesterday", "today", "tomorrow",
];

/// Comparison and ranking markers.
pub const COMPARATIVES: &[&str] = &[
    "more", "less", "fewer", "most", "least", "largest", "biggest", "smallest", "highest",
    "lowest", "than", "record", "first", "last", "only", "major", "worst", "best",
];

/// Phrases for trivial, unimportant facts.
pub const TRIVIAL_MARKERS: &[&str] = &[
    "did not respond", "declined to comment", "could not be reached", "not immediately",
    "request for comment", "was not available", "wearing", "dressed in", "sitting", "looked on",
];
