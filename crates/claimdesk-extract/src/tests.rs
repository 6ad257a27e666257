//! End-to-end behaviour of `analyze` on the bundled sample (quote-stripped Reuters text).

use super::*;

const SAMPLE: &str = include_str!("../../../assets/sample-article.txt");

fn source_of(a: &Analysis, needle: &str) -> Option<String> {
    let s =
        a.sentences.iter().find(|s| s.text.contains(needle)).unwrap_or_else(|| panic!("no sentence with {needle:?}"));
    s.attribution.as_ref().map(|a| a.source.clone())
}

#[test]
fn sample_dateline_is_split_off() {
    let a = analyze(SAMPLE);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.place, "Moscow/Beirut");
    assert!(a.sentences[0].text.starts_with("Russian President"));
}

#[test]
fn sample_spans_are_slices_of_the_input() {
    let a = analyze(SAMPLE);
    assert_eq!(a.sentences.len(), 41);
    for s in &a.sentences {
        assert_eq!(&SAMPLE[s.start..s.end], s.text);
    }
}

#[test]
fn sample_speakers_are_canonical() {
    let a = analyze(SAMPLE);
    assert_eq!(source_of(&a, "Putin said he would follow up").as_deref(), Some("Vladimir Putin"));
    assert_eq!(source_of(&a, "the White House said").as_deref(), Some("White House"));
    assert_eq!(source_of(&a, "Putin told Trump").as_deref(), Some("Vladimir Putin"));
    // "stressed" + a noun object reports no proposition of Netanyahu's: the source holds it.
    assert_eq!(source_of(&a, "security concerns, the source said").as_deref(), Some("a source in Netanyahu's office"));
    assert_eq!(source_of(&a, "according to a source").as_deref(), Some("a source in Netanyahu's office"));
    assert_eq!(source_of(&a, "speaking in Moscow").as_deref(), Some("Sergei Lavrov"));
    assert_eq!(source_of(&a, "through an interpreter").as_deref(), Some("Bashar al-Assad"));
    assert_eq!(source_of(&a, "with them, said Assad").as_deref(), Some("Bashar al-Assad"));
    assert_eq!(source_of(&a, "He said the head of the Iranian").as_deref(), Some("Sayyed Hassan Nasrallah"));
    assert_eq!(source_of(&a, "took control of Albu Kamal"), None);
    assert_eq!(source_of(&a, "Officials did not release"), None);
}

#[test]
fn sample_quote_continuations_follow_the_speaker() {
    let a = analyze(SAMPLE);
    let s = a.sentences.iter().find(|s| s.text.starts_with("We still have a long way")).unwrap();
    let at = s.attribution.as_ref().unwrap();
    assert_eq!((at.source.as_str(), at.kind_of_quote), ("Vladimir Putin", AttributionType::Continuation));
    let s = a.sentences.iter().find(|s| s.text.starts_with("We will not forget it")).unwrap();
    assert_eq!(s.attribution.as_ref().unwrap().source, "Bashar al-Assad");
}

#[test]
fn garbage_never_panics_and_spans_stay_inside() {
    let inputs = [
        "",
        ".",
        "...",
        "\u{2026}",
        "a. b. c.",
        "U.S.",
        "Mr.",
        "\"",
        "((((",
        "- - -",
        "A (B) - ",
        "Путин сказал. Он ушёл.",
        "قال الأسد. ثم غادر.",
        "x\u{0}y",
        "\u{feff}Hello.",
        "WASHINGTON (Reuters) - ",
        "said said said, said.",
        ", according to",
        "according to ,",
        "Ölander said the plan failed. Ölanders say so.",
        "Éditeurs said. The Éditeur said no.",
        "The same  said.",
    ];
    for input in inputs {
        let a = analyze(input);
        for s in &a.sentences {
            assert!(s.start <= s.end && s.end <= input.len());
            assert_eq!(&input[s.start..s.end], s.text);
        }
    }
    let long = "word ".repeat(20_000);
    assert_eq!(analyze(&long).sentences.len(), 1);
}

#[test]
fn a_speaker_outranks_the_subject_for_they() {
    let a = crate::analyze(
        "Freeport has asked families to relocate, company sources said. Workers have been asked to stay, they said.",
    );
    let who: Vec<Option<String>> =
        a.sentences.iter().map(|s| s.attribution.as_ref().map(|a| a.source.clone())).collect();
    assert_eq!(who, [Some("company sources".to_string()), Some("company sources".to_string())]);
}

fn sources_in(text: &str) -> Vec<Option<String>> {
    analyze(text).sentences.iter().map(|s| s.attribution.as_ref().map(|a| a.source.clone())).collect()
}

/// Every sentence's source, as `want` lists them.
#[track_caller]
fn assert_sources(text: &str, want: &[Option<&str>]) {
    let got = sources_in(text);
    assert_eq!(got.iter().map(Option::as_deref).collect::<Vec<_>>(), want, "{text}");
}

#[test]
fn party_before_a_surname_is_a_role() {
    let s = sources_in("President Barack Obama met leaders. Democrat Obama said he was hopeful about a deal.");
    assert_eq!(s[1].as_deref(), Some("Barack Obama"));
}

#[test]
fn the_state_a_senator_represents_is_not_the_source() {
    let s = sources_in("“He is a principled man,” said Senator Mike Rounds of South Dakota, who voted against him.");
    assert_eq!(s[0].as_deref(), Some("Mike Rounds"));
}

#[test]
fn a_surname_that_is_a_capital_or_a_month_stays_a_person() {
    let s = sources_in("Prime Minister Joseph Muscat spoke. Muscat has promised that the killers will be found.");
    assert_eq!(s[1].as_deref(), Some("Joseph Muscat"));
    let s = sources_in(
        "British Prime Minister Theresa May spoke. The prime minister reiterated that powers would grow. \
         A spokeswoman for May said that devolved powers would be enhanced.",
    );
    assert_eq!(s[1].as_deref(), Some("Theresa May"));
    assert_eq!(s[2].as_deref(), Some("a spokeswoman for May"));
}

#[test]
fn a_possessive_inside_a_capitalised_run_is_not_a_name() {
    let s = sources_in(
        "Chiu Chui-cheng, deputy minister of Taiwan’s China policy-making Mainland Affairs Council, said so. \
         China considers Taiwan to be a wayward province.",
    );
    assert_eq!(s[1].as_deref(), Some("Chinese government"));
}

#[test]
fn the_group_refers_back_to_its_fuller_description() {
    let s = sources_in(
        "Democrats on the U.S. House Financial Services Committee said they had sent a letter. \
         Citing media reports, the Democrats called for the bank to hand over documents. \
         They also said the bank should state publicly that it had reviewed it.",
    );
    assert!(
        s.iter().all(|x| x.as_deref() == Some("Democrats on the U.S. House Financial Services Committee")),
        "{s:?}"
    );
}

#[test]
fn counted_groups_bodies_with_of_and_nobody_in_particular() {
    let s = sources_in(
        "In a letter, 171 of the 193 Democrats in the House said they support the probe. \
         About 37 legislatures had policies, according to the National Conference of State Legislatures. \
         Everyone really wants peace.",
    );
    assert_eq!(s[0].as_deref(), Some("Democrats in the House"));
    assert_eq!(s[1].as_deref(), Some("National Conference of State Legislatures"));
    assert_eq!(s[2], None);
}

#[test]
fn a_pronoun_with_a_contraction_is_a_pronoun() {
    let s = sources_in("Kevin Brady said the bill would pass. He’s told me that twice by phone.");
    assert_eq!(s[1].as_deref(), Some("Kevin Brady"));
}

#[test]
fn an_outlet_alone_in_the_dateline_is_split_off() {
    let a = analyze("(Reuters) - Democrats on a House panel have asked Deutsche Bank for information.");
    assert!(a.sentences[0].text.starts_with("Democrats"));
}

#[test]
fn a_title_with_to_then_the_name() {
    let s = sources_in(
        "U.S. Ambassador to the United Nations Nikki Haley, who had endorsed Marco Rubio, called it “a new day.” \
         “We now have a very strong voice,” she said.",
    );
    assert_eq!(s[0].as_deref(), Some("Nikki Haley"));
    assert_eq!(s[1].as_deref(), Some("Nikki Haley"));
}

#[test]
fn names_split_where_the_archive_dropped_an_apostrophe_or_a_letter() {
    let s =
        sources_in("U.N. human rights chief Zeid Ra ad al-Hussein spoke. Zeid said there had been minimal efforts.");
    assert_eq!(s[1].as_deref(), Some("Zeid Ra ad al-Hussein"));
    let s = sources_in("President-elect Jo o Louren o won. We will do better,  he said.");
    assert_eq!(s[1].as_deref(), Some("Jo o Louren o"));
}

#[test]
fn a_time_adverbial_is_not_part_of_the_source() {
    let s = sources_in("U.S. intelligence agencies on Friday released a report saying that Putin ordered an effort.");
    assert_eq!(s[0].as_deref(), Some("U.S. intelligence agencies"));
}

#[test]
fn a_body_s_website_is_a_document() {
    let a = analyze("It handles 70,000 bags per day, according to the Changi Airport Group website.");
    let at = a.sentences[0].attribution.as_ref().unwrap();
    assert_eq!((at.source.as_str(), at.kind), ("Changi Airport Group website", SourceKind::Document));
}

#[test]
fn without_marks_a_present_tense_argument_goes_on_with_the_quote_before_it() {
    let s = sources_in(
        "Charles Schumer spoke on Tuesday. What I am calling for is an independent investigation, Schumer said. \
         There are potential violations of law here by Flynn and potentially others. \
         Flynn quit after only three weeks in the job.",
    );
    assert_eq!(s[2].as_deref(), Some("Charles Schumer"));
    assert_eq!(s[3], None);
    // Verbs of judgement in the present argue too; a present perfect narrates.
    let s = sources_in(
        "Any attempt to lie must be countered by the law, Schumer added. \
         His resignation raises more questions than it answers. Everyone really wants the truth. \
         Flynn has been living in Virginia since 2014.",
    );
    assert_eq!(s[1..3].iter().map(Option::as_deref).collect::<Vec<_>>(), [Some("Schumer"); 2]);
    assert_eq!(s[3], None);
}

#[test]
fn without_marks_a_stripped_contraction_sounds_spoken() {
    let s = sources_in(
        "Let s get this behind us so the people of Alabama can start working, Jones said. \
         It s been a long campaign and we don t regret it. The polls closed at 7 p.m.",
    );
    assert_eq!(s[1].as_deref(), Some("Jones"));
    assert_eq!(s[2], None);
}

#[test]
fn gaps_between_sentences_alone_do_not_make_narration_a_quotation() {
    // Archive-stripped text: the double spaces between sentences are lost paragraph breaks.
    let s = sources_in(
        "France will raise pressure on Iran,  Foreign Minister Jean-Yves Le Drian said during a visit.  \
         Le Drian was in the American capital on Monday to meet Rex Tillerson.  \
         Tensions between Iran and France have risen in recent months.",
    );
    assert_eq!(s[0].as_deref(), Some("Jean-Yves Le Drian"));
    assert_eq!(s[1], None);
}

#[test]
fn one_of_a_group_is_a_member_of_it() {
    let s = sources_in(
        "The ship carries flour,  one of the Yemeni officials said. One of the people familiar with the talks said so.",
    );
    assert_eq!(s[0].as_deref(), Some("a Yemeni official"));
    assert_eq!(s[1].as_deref(), Some("a person familiar with the talks"));
}

#[test]
fn a_share_of_those_polled_speaks_for_the_poll() {
    let s = sources_in(
        "More than 60 percent of Afghans are pessimistic, according to a survey by the Asia Foundation. \
         Just over half of the 10,000 people surveyed said they had confidence in the government. \
         Last year, just under half of Afghans said they had confidence in Ghani.",
    );
    assert!(s.iter().all(|x| x.as_deref() == Some("Asia Foundation survey")), "{s:?}");
}

#[test]
fn that_source_is_the_source() {
    let s = sources_in(
        "The deal is close, a person familiar with the talks said. The ministries will go to the FPO, that source said.",
    );
    assert_eq!(s[1].as_deref(), Some("a person familiar with the talks"));
}

#[test]
fn polls_and_documents_by_their_names() {
    let s = sources_in(
        "Moore led his opponent by six points in a CBS News poll released on Sunday. \
         The contest was even among registered voters, it said. \
         Clinton held a lead, according to a Reuters/Ipsos poll with new wording that was released on Friday. \
         Some 64 percent of adults are worried, according to the results of a Gallup poll released in March. \
         An internal review had found the word siphoned support. \
         State Department guidance released on Friday says that officials would weigh its impact. \
         The lawsuit, filed after the president took office in January, accused Trump of violating the law.",
    );
    let want = [
        "CBS News poll",
        "CBS News poll",
        "Reuters/Ipsos poll",
        "Gallup poll",
        "An internal review",
        "State Department guidance",
        "lawsuit",
    ];
    for (got, want) in s.iter().zip(want) {
        assert_eq!(got.as_deref(), Some(want), "{s:?}");
    }
}

#[test]
fn what_follows_a_closing_according_to_source_may_describe_it() {
    assert_sources(
        "The bills would widen the panel's powers, according to sources who have read drafts of the bills. \
         The judge extended the deadline, according to court records seen on Wednesday. \
         A senior House aide said the vote would slip. Funds expire on Dec. 8, according to the aide who asked \
         not to be identified. \
         Senator Elizabeth Warren is taking aim at the plan, according to letters seen by Reuters. \
         Prices rose 3 percent, according to figures released by the Finance Ministry.",
        &[
            Some("sources who have read drafts of the bills"),
            Some("court records"),
            Some("a senior House aide"),
            Some("a senior House aide"),
            Some("Elizabeth Warren's letters"),
            Some("Finance Ministry figures"),
        ],
    );
    // A letter is its subject's only when the subject is a person the text names in full,
    // and not one the sentence says something was done to.
    let s = sources_in(
        "The ministry wants a new vote, according to a letter seen by Reuters. \
         Elon Musk was warned by regulators, according to a letter seen by Reuters.",
    );
    assert_eq!(s, [Some("a letter".to_string()), Some("a letter".to_string())]);
}

#[test]
fn only_noun_like_bare_forms_after_an_article_are_nouns() {
    let s = sources_in(
        "A team of researchers report in the journal Nature that the ice is melting. \
         A group of senators warn that the bill will fail. \
         The Committee for a Responsible Federal Budget, a bipartisan Washington think tank, said the cost was high.",
    );
    assert_eq!(s[0].as_deref(), Some("A team of researchers"));
    assert_eq!(s[1].as_deref(), Some("A group of senators"));
    assert_eq!(s[2].as_deref(), Some("Committee for a Responsible Federal Budget"));
}

#[test]
fn a_bare_verb_form_after_a_name_with_an_article_is_a_noun() {
    // "A BuzzFeed News report late on Monday cited ...": "report" is not what BuzzFeed did.
    let a = analyze(
        "The committee said it was investigating U.S. Representative John Conyers. \
         A BuzzFeed News report late on Monday cited allegations that Conyers, 88, made advances. \
         The Democratic congressman from Michigan issued a statement.",
    );
    assert!(a.sentences[1].attribution.as_ref().is_none_or(|at| at.cue != "report"));
    // So the congressman (a Representative) is still the one named before.
    assert_eq!(a.sentences[2].attribution.as_ref().map(|at| at.source.as_str()), Some("John Conyers"));
}

#[test]
fn who_speaks_after_a_closing_said() {
    let s = sources_in(
        "“I intend to cooperate,” said Ruben Kihuen in a statement provided to Reuters. \
         “Everyone tried to avoid it,” said draftee Keith Soukkala, sipping a beer. \
         Announcements have come before, said one European diplomat who declined to be named. \
         The first charges were approved, a source briefed on the matter told Reuters. \
         Officials involved in the talks said a deal was near. \
         “I expect it to climb,” Sean Spicer said of support for the bill. \
         The Washington Post, which first reported the review, said Senator Ron Wyden last week requested details.",
    );
    let want = [
        "Ruben Kihuen",
        "Keith Soukkala",
        "a European diplomat",
        "a source briefed on the matter",
        "officials involved in the talks",
        "Sean Spicer",
        "Washington Post",
    ];
    for (got, want) in s.iter().zip(want) {
        assert_eq!(got.as_deref(), Some(want), "{s:?}");
    }
    // "including" is no description of the person after it.
    let s = sources_in("Le Drian spoke. “I hear some, including Mr Tillerson, say things will happen in time.”");
    assert_ne!(s[1].as_deref(), Some("Mr Tillerson"));
}

#[test]
fn subjects_with_a_postmodifier_or_after_a_conjunction() {
    assert_sources(
        "Lawmakers leaving a Republican conference meeting on Wednesday said it was not clear. \
         Ramirez did not discuss his moves, but a source close to him told Reuters that he had left. \
         “It may be February,” said one person with close ties to the White House. \
         A source in the White House said the vote would slip. \
         “I have some ideas to fix this,’” said Danica Roem, a 33-year-old journalist. \
         The complaint filed against Saipov said he had waived his rights.",
        &[
            Some("lawmakers leaving a Republican conference meeting"),
            Some("a source close to him"),
            Some("a person with close ties to the White House"),
            Some("a source in the White House"),
            Some("Danica Roem"),
            Some("complaint"),
        ],
    );
    // A plural noun, a past tense and its object is a clause, not a subject.
    let s = sources_in(
        "Strzok was moved off the team, but the texts provided fresh fodder for critics who said he was biased.",
    );
    assert_eq!(s[0], None);
    // After a colon the quotation opens: "Look" is no speaker.
    let s = sources_in(
        "Arthur Laffer spoke. Laffer recalled Trump telling him: “‘Look, if you’ve got a better idea, tell me.’”",
    );
    assert_ne!(s[1].as_deref(), Some("Look"));
    // "the speaker" in a clause coordinated with one about him is him.
    let s = sources_in(
        "House Speaker Paul Ryan spoke. Ryan has been touted as a candidate, but the speaker repeated that he is not running.",
    );
    assert_eq!(s[1].as_deref(), Some("Paul Ryan"));
}

#[test]
fn more_speakers_and_passives_that_are_none() {
    assert_sources(
        "If candidates are not careful, operatives said, researchers would do it for them. \
         Facing opposition, the White House pulled its request and said it would revisit the issue. \
         Bob Corker spoke on Monday. \
         “I will support the package,” Corker, who had expressed concern about the deficit, said in a statement.",
        &[Some("operatives"), Some("White House"), None, Some("Bob Corker")],
    );
    // Criticized for something, confirmed as a nominee: nobody says anything.
    let s = sources_in(
        "A former official criticized for writing the memos was confirmed by the Senate on Tuesday as the top lawyer.",
    );
    assert_eq!(s[0], None);
}

#[test]
fn speakers_described_by_a_noun_in_no_list() {
    assert_sources(
        "The ethanol industry has said in the past that caps were a non-starter. \
         The case should be dismissed, the Aurelius Capital Management hedge fund said in a court filing. \
         “We have reported plots,” the former intelligence chiefs said in letters to Congress.",
        &[Some("ethanol industry"), Some("Aurelius Capital Management hedge fund"), Some("former intelligence chiefs")],
    );
    // Not a thing, a place, or an adjective before a participle.
    let s = sources_in(
        "The decision said nothing new. The whole world says he is mad. \
         The real telling thing is the second half of next year.",
    );
    assert_eq!(s, [None, None, None]);
}

#[test]
fn bodies_and_relatives_named_by_their_kind_speak() {
    assert_sources(
        "London's transport authority said the station was closed. \
         His son said his father was killed. \
         The Tax Policy Center released an analysis. The center said the cuts would not pay for themselves. \
         A lawyer called the ban  unfair  on Friday. The Foreign Correspondents  Club of Myanmar said it was appalled. \
         The club called for their release.",
        &[
            Some("London's transport authority"),
            Some("His son"),
            None,
            Some("Tax Policy Center"),
            Some("A lawyer"),
            Some("Foreign Correspondents Club"),
            Some("Foreign Correspondents Club"),
        ],
    );
    // "accused of" with nothing between is a passive: nobody speaks.
    let s = sources_in("Turkey detained the lawyer for alleged links to the network accused of carrying out the coup.");
    assert_eq!(s[0], None);
    // A name before a possessive description in commas.
    let s = sources_in("“He is innocent,” Pan Ei Mon, Wa Lone’s wife, told Reuters.");
    assert_eq!(s[0].as_deref(), Some("Pan Ei Mon"));
}

#[test]
fn a_name_does_not_run_across_a_removed_mark() {
    let s = sources_in(
        "Gad Elbaz sang with the band.  The men played from Warsaw to Washington, D.C.  Elbaz said it was moving.",
    );
    assert_eq!(s[1].as_deref(), Some("Gad Elbaz"));
}

#[test]
fn quoted_as_saying_by_a_medium_after_the_cue() {
    let a =
        analyze("The Austrians expect a stable government,  Kurz was quoted as saying by Austria s Kronen Zeitung.");
    let at = a.sentences[0].attribution.as_ref().unwrap();
    assert_eq!((at.source.as_str(), at.cue.as_str()), ("Kurz", "quoted as saying"));
    assert!(at.reported_by.as_deref().is_some_and(|r| r.ends_with("Kronen Zeitung")), "{at:?}");
}

#[test]
fn documents_named_by_what_they_are() {
    assert_sources(
        "The messages called him an idiot, according to copies reviewed by Reuters. \
         Scientists asked senators not to open the refuge, according to a copy of the letter seen by Reuters. \
         Ding Dian was sentenced to life, according to an article on the Beijing Courts social media account. \
         Those projections were weaker than expected in a Reuters poll in August.",
        &[
            Some("copies"),
            Some("letter"),
            Some("an article on the Beijing Courts social media account"),
            Some("Reuters poll"),
        ],
    );
    // Figures the outlet compiled are its own reporting.
    let a =
        analyze("WASHINGTON (Reuters) - Trump has posted 489 tweets, according to data compiled by Thomson Reuters.");
    assert_eq!(a.sentences[0].attribution, None);
}

#[test]
fn possessive_names_closing_marks_and_adverbs_before_participles() {
    assert_sources(
        "Moody’s said providers will tread lightly. Prices rose, Moody s said. \
         Amy Berman Jackson spoke. “A lot of these details need to be nailed down” she said. \
         A person recently interviewed by the FBI said agents had asked about Kian. \
         Two people closely following the matter said the regulators had acted.",
        &[
            Some("Moody's"),
            Some("Moody's"),
            None,
            Some("Amy Berman Jackson"),
            Some("a person recently interviewed by the FBI"),
            Some("two people closely following the matter"),
        ],
    );
    // "It s" is "it is", not a name.
    let s = sources_in("It s conventionally thought to apply only to colonies.");
    assert_eq!(s[0], None);
}

#[test]
fn a_name_may_end_in_a_number() {
    let s = sources_in(
        "2017 could become the bloodiest year yet, according to press freedom group Articulo 19. \
         Officials have asked for protection, according to Articulo 19.",
    );
    assert_eq!(s, [Some("Articulo 19".to_string()), Some("Articulo 19".to_string())]);
    // Not a date, nor a numbered part of a text.
    let s =
        sources_in("Sales fell, according to data through March 31. Taxes rose, according to Article 5 of the treaty.");
    assert_eq!(s, [None, None]);
}

#[test]
fn a_description_of_a_politician_names_the_person_the_text_is_about() {
    let s = sources_in(
        "U.S. Representative Ruben Kihuen announced on Saturday that he will not seek re-election. \
         The first-term Nevada Democrat denied the allegations against him.",
    );
    assert_eq!(s[1].as_deref(), Some("Ruben Kihuen"));
    // A judge is not "the Iowa senator"; a nationality must be in the person's title.
    let s = sources_in("Judge Merrick Garland met senators. The Iowa senator said he opposes hearings.");
    assert_ne!(s[1].as_deref(), Some("Merrick Garland"));
    let s = sources_in(
        "Saudi Ambassador Abdulaziz Alwasil said the commission was better placed. \
         U.N. human rights chief Zeid Ra ad al-Hussein said efforts were minimal. \
         The Saudi envoy said the world should focus on access.",
    );
    assert_eq!(s[2].as_deref(), Some("Abdulaziz Alwasil"));
}

#[test]
fn a_body_named_by_its_kind_is_referred_back_to_and_an_ing_modifier_is_kept() {
    let s = sources_in(
        "Turkey s chamber of architects said in a statement that demolishing it was a crime. \
         The law has been disregarded, the chamber said. \
         The European Union said the vote was flawed. \
         The European Union monitoring mission raised the issue of intimidation.",
    );
    assert_eq!(s[1].as_deref(), Some("Turkey's chamber of architects"));
    assert_eq!(s[3].as_deref(), Some("European Union monitoring mission"));
}

#[test]
fn the_statement_is_the_statement_of_whoever_made_it() {
    let s = sources_in(
        "In a statement, U.S. Africa Command (AFRICOM) said it had referred the incident to investigators. \
         AFRICOM takes all allegations seriously, the statement said. \
         Freeport-McMoRan Inc owns the mine. A Freeport vehicle was hit by gunfire, the company said in a statement. \
         One passenger suffered a bullet wound, according to the statement.",
    );
    assert_eq!(s[0].as_deref(), Some("U.S. Africa Command"));
    assert_eq!(s[1].as_deref(), Some("U.S. Africa Command statement"));
    assert_eq!(s[3].as_deref(), Some("Freeport-McMoRan Inc"));
    assert_eq!(s[4].as_deref(), Some("Freeport-McMoRan Inc statement"));
}

#[test]
fn a_label_whose_quotation_marks_the_archive_removed() {
    let s = sources_in("U.S. Ambassador Nikki Haley called the plenary meeting on this subject  political theater.");
    assert_eq!(s[0].as_deref(), Some("Nikki Haley"));
}

#[test]
fn possessives_name_their_owner() {
    let s = sources_in(
        "Oriol Junqueras and three other jailed members will abide by the ruling, their defense lawyer said. \
         The lawyer added that they kept their convictions.",
    );
    assert_eq!(s[0].as_deref(), Some("Oriol Junqueras's defense lawyer"));
    assert_eq!(s[1].as_deref(), Some("Oriol Junqueras's defense lawyer"));
    let s = sources_in(
        "The European Union said the arrests were wrong. Its mission in Myanmar said media freedom mattered.",
    );
    assert_eq!(s[1].as_deref(), Some("European Union's mission in Myanmar"));
    // "her spokesman" is not the spokesman of the man just named.
    let s = sources_in("Rex Tillerson spoke. Merkel said it was fine, her spokesman said.");
    assert_ne!(s[1].as_deref(), Some("Rex Tillerson's spokesman"));
}

#[test]
fn the_judges_of_the_court_named_before() {
    let s = sources_in("The High Court dismissed the case. The judges said neither ground was legally arguable.");
    assert_eq!(s[1].as_deref(), Some("High Court judges"));
}

#[test]
fn people_named_by_what_they_do_can_speak() {
    // Agent nouns by their suffix, hyphenated heads by their last part.
    let s = sources_in("Now, with Black Friday days away, gun dealers say traffic is regaining momentum.");
    assert_eq!(s[0].as_deref(), Some("gun dealers"));
    let s = sources_in("The co-leader said on Wednesday the next head of the Eurogroup should support investment.");
    assert!(s[0].is_some());
    // Not "a region environmentalists [say is ...]": a plural after "a" opens a clause.
    let s = sources_in("Jane Goodall urged senators to protect a region environmentalists say is fragile.");
    assert_ne!(s[0].as_deref(), Some("a region environmentalists"));
    // "Her doctor": a person's doctor, as "her lawyer" is.
    let s = sources_in("Hillary Clinton left early. Her doctor said she had been diagnosed with pneumonia.");
    assert_eq!(s[1].as_deref(), Some("Hillary Clinton's doctor"));
}

#[test]
fn an_age_before_a_name_and_a_document_that_reads() {
    let s = sources_in("It is a bit hellish,  said 20-year-old Cho Hyun-lee, studying at a cram school.");
    assert_eq!(s[0].as_deref(), Some("Cho Hyun-lee"));
    let s = sources_in("The entire U.S. mainland is within our firing range,  the statement read.");
    assert!(s[0].as_deref().is_some_and(|n| n.ends_with("statement")), "{s:?}");
    let s = sources_in("A footnote said the top two Democrats in the House did not endorse the request.");
    assert!(s[0].is_some());
}

#[test]
fn a_tail_about_the_occasion_may_be_long() {
    let s = sources_in(
        "“This will be done in 2017,” Paul Ryan told reporters during a visit to London that was part of a \
         multi-nation trip aimed at strengthening economic and security ties with Britain.",
    );
    assert_eq!(s[0].as_deref(), Some("Paul Ryan"));
    // A that-clause right after the cue is what was said, not a tail.
    let s = sources_in("Tanks crossed the border, the ministry said that day.");
    assert_eq!(s[0].as_deref(), Some("ministry"));
}

#[test]
fn a_role_then_the_name_in_commas() {
    let s =
        sources_in("Millions of lives were at risk, U.N. humanitarian coordinator for Yemen, Jamie McGoldrick, said.");
    assert_eq!(s[0].as_deref(), Some("Jamie McGoldrick"));
    let s =
        sources_in("They are on the right path,  Sok Eysan, a parliamentarian from the ruling party, told Reuters.");
    assert_eq!(s[0].as_deref(), Some("Sok Eysan"));
    // After a closing quotation mark, and for the subject of a sentence.
    let s = sources_in("“We have a commitment,” Rodney Frelinghuysen, a New Jersey Republican, said in a statement.");
    assert_eq!(s[0].as_deref(), Some("Rodney Frelinghuysen"));
    let s = sources_in(
        "Separately, the committee's top Democrat, U.S. Representative Elijah Cummings, also asked Price for details.",
    );
    assert_eq!(s[0].as_deref(), Some("Elijah Cummings"));
    // A relative clause may come between the name and the cue.
    let s = sources_in(
        "The committee’s ranking Democrat, Representative Eliot Engel, who backs the closure, said it was important.",
    );
    assert_eq!(s[0].as_deref(), Some("Eliot Engel"));
    // A name in commas later in the sentence is someone else's apposition.
    let s = sources_in("The company's chief executive said its former chief executive, John Smith, would return.");
    assert_ne!(s[0].as_deref(), Some("John Smith"));
    // A title alone between the commas names nobody.
    let s = sources_in("The party's leader, Party Leader, said taxes would rise.");
    assert_ne!(s[0].as_deref(), Some("Party Leader"));
}

#[test]
fn a_described_speaker_is_the_person_the_next_sentence_names() {
    let s = sources_in(
        "The parliament's Brexit coordinator said Theresa May should address the parliament. \
         “I am very pleased,” Guy Verhofstadt told reporters.",
    );
    assert_eq!(s[0].as_deref(), Some("Guy Verhofstadt"));
    // Bodies and unnamed informants stay as they are.
    let s = sources_in("But police said there would be no problem. “We are ready,” Sahely Ferdous told Reuters.");
    assert_ne!(s[0].as_deref(), Some("Sahely Ferdous"));
    let s = sources_in("A spokesman said the talks failed. “It is over,” Ivan Petrov told Reuters.");
    assert_ne!(s[0].as_deref(), Some("Ivan Petrov"));
    // "his father" is someone else than the man named next.
    let s = sources_in("A man charged with assault found life hard, his father said. Michael Sandford said nothing.");
    assert_ne!(s[0].as_deref(), Some("Michael Sandford"));
}

#[test]
fn an_indefinite_title_held_by_one_person_in_the_article() {
    let s = sources_in(
        "German authorities arrested a suspect on Tuesday, a prosecutor said. \
         Frankfurt prosecutor Georg Ungefuk said the man had confessed.",
    );
    assert_eq!(s[0].as_deref(), Some("Georg Ungefuk"));
}

#[test]
fn requests_in_the_progressive_and_criticism_verbs() {
    let s = sources_in("The U.N. is now asking Sri Lanka to repeal the draconian law.");
    assert_eq!(s[0].as_deref(), Some("United Nations"));
    // A participle after a noun is not the sentence's verb.
    let s = sources_in("The General Assembly on Wednesday adopted a resolution calling for an end to the embargo.");
    assert_eq!(s[0], None);
    let s = sources_in("Democrats have slammed the plan as a giveaway to corporations.");
    assert_eq!(s[0].as_deref(), Some("Democrats"));
}

#[test]
fn plural_documents_and_inverted_cues_other_than_said() {
    let s = sources_in("English will file an injunction this week, according to court filings.");
    assert_eq!(s[0].as_deref(), Some("court filings"));
    let s = sources_in("We can t tweet from it,  tweeted her liberal colleague Frank Sitta.");
    assert_eq!(s[0].as_deref(), Some("Frank Sitta"));
}

#[test]
fn a_pronoun_with_nobody_before_it_is_the_sentence_subject() {
    let s = sources_in(
        "Austria s likely next chancellor, Sebastian Kurz, wants talks to last no more than two months, \
         he said in a newspaper interview.",
    );
    assert_eq!(s[0].as_deref(), Some("Sebastian Kurz"));
}

#[test]
fn a_function_the_person_in_question_holds_or_held() {
    let s = sources_in(
        "Abadula Gemeda said on Sunday he had resigned as speaker of parliament. \
         I will disclose the reasons later,  the former defense minister told reporters.",
    );
    assert_eq!(s[1].as_deref(), Some("Abadula Gemeda"));
    // Not someone the text names without that title.
    let s = sources_in(
        "Prosecutors accuse Fethullah Gulen of the coup. Turkey has identified 215,092 users, the interior minister said.",
    );
    assert_ne!(s[1].as_deref(), Some("Fethullah Gulen"));
}

#[test]
fn a_place_named_after_a_person_is_not_the_person() {
    let s = sources_in(
        "Opposition leader Raila Odinga boycotted the vote. The Jaramogi Oginga Odinga hospital in Kisumu said it \
         had admitted 20 patients. Odinga told Reuters that he might go back to the Supreme Court.",
    );
    assert_eq!(s[2].as_deref(), Some("Raila Odinga"));
}

#[test]
fn a_bodys_website_is_its_document() {
    let s = sources_in("Some 40,000 people were displaced, according to Human Rights Watch s website.");
    assert_eq!(s[0].as_deref(), Some("Human Rights Watch's website"));
}

#[test]
fn no_reply_is_no_claim() {
    for text in [
        "Omnicom did not reply to a request for comment.",
        "The Russian embassy in Washington did not immediately respond when asked for comment.",
        "A spokesman for the company declined to comment.",
    ] {
        assert_eq!(sources_in(text)[0], None, "{text}");
    }
}

#[test]
fn a_participle_states_a_stance_not_the_reason_for_an_act() {
    let s = sources_in("U.S. President Donald Trump on Saturday defended the plan, saying it would help workers.");
    assert_eq!(s[0].as_deref(), Some("Donald Trump"));
    let s = sources_in("Trump broached his idea in a tweet earlier this week, saying it would be great to repeal it.");
    assert_eq!(s[0].as_deref(), Some("Trump"));
    let s = sources_in(
        "Afghan President Ashraf Ghani formally accepted the first new helicopters, calling it a historic day.",
    );
    assert_eq!(s[0], None);
    let s =
        sources_in("A U.S. District Court judge last week sided with Trump, saying the law gave Mulvaney the right.");
    assert_eq!(s[0], None);
}

#[test]
fn inverted_cues_with_a_function_before_or_a_name_after() {
    let s = sources_in("Three had gunshot wounds, said superintendent Juliana Otieno.");
    assert_eq!(s[0].as_deref(), Some("Juliana Otieno"));
    let s = sources_in("Black Hawks are more capable in fighting,  said one pilot, Zabihullah Dorandish.");
    assert_eq!(s[0].as_deref(), Some("Zabihullah Dorandish"));
}

#[test]
fn a_title_with_on_before_a_name_with_a_particle() {
    let s = sources_in(
        "U.N. special envoy on Syria Staffan de Mistura said on Thursday he would go on. \
         He said he planned to hold the next round in Geneva.",
    );
    assert_eq!(s[0].as_deref(), Some("Staffan de Mistura"));
    assert_eq!(s[1].as_deref(), Some("Staffan de Mistura"));
}

#[test]
fn positions_held_support_echo_push() {
    let s = sources_in("Some Native Alaskans support drilling believing it will provide jobs.");
    assert_eq!(s[0].as_deref(), Some("Native Alaskans"));
    let s =
        sources_in("PEPFAR, which enjoys broad bipartisan support in Congress, is the largest provider of medicine.");
    assert_eq!(s[0], None);
    let s = sources_in("They will need some Democratic support to get the bill past procedural hurdles.");
    assert_eq!(s[0], None);
    let s = sources_in("Ciaran Martin echoed May s comments that Russia was trying to undermine the system.");
    assert_eq!(s[0].as_deref(), Some("Ciaran Martin"));
    let s = sources_in("President Donald Trump is pushing for a significant increase in defense spending.");
    assert_eq!(s[0].as_deref(), Some("Donald Trump"));
}

#[test]
fn review_cases_of_the_second_session() {
    // A trailing cue just before ", according to": no underflow, the speaker as reported.
    let s = sources_in("Prices will rise, said the minister, according to Reuters.");
    assert!(s[0].is_some());
    // An adverb before the stance verb.
    let s = sources_in("Donald Trump sharply criticized the unit, saying it failed.");
    assert_eq!(s[0].as_deref(), Some("Donald Trump"));
    // An act, not a stance: "postponed", "released".
    let s = sources_in("The council postponed the vote, saying it needed more time.");
    assert_eq!(s[0], None);
    // The noun "support".
    for text in ["His support has collapsed in the polls.", "The plan has support across party lines."] {
        assert_eq!(sources_in(text)[0], None, "{text}");
    }
    // "the finance minister" is not the foreign minister who spoke last.
    let s = sources_in(
        "Russian Foreign Minister Sergei Lavrov said talks would go on. The finance minister said the budget was tight.",
    );
    assert_ne!(s[1].as_deref(), Some("Sergei Lavrov"));
    // Nor is "the former finance minister" a chancellor.
    let s = sources_in(
        "Chancellor Angela Merkel said the coalition would hold. The former finance minister said taxes would rise.",
    );
    assert_ne!(s[1].as_deref(), Some("Angela Merkel"));
    // "a senator" after the one senator was named is someone else.
    let s = sources_in("Senator John Thune said the bill would pass. A senator said it would fail.");
    assert_ne!(s[1].as_deref(), Some("John Thune"));
    // Past the lede, an indefinite description is not taken over by the next role-less name.
    let s = sources_in(
        "Polls closed at 8 p.m. on Sunday. Officials counted the ballots overnight. \
         A party strategist said turnout was low. “We did well,” Anna Berg told reporters.",
    );
    assert_ne!(s[2].as_deref(), Some("Anna Berg"));
}

#[test]
fn the_speaker_a_lede_describes_is_the_person_named_next() {
    let s = sources_in(
        "Kenyan police shot dead two people during a protest, a senior official said. \
         Around 20 youths tried to take over the station, County Commissioner Josephine Onunga said by phone.",
    );
    assert_eq!(s[0].as_deref(), Some("Josephine Onunga"));
    // Others may be reported in between, as long as they are not people.
    let s = sources_in(
        "Michigan would tap its budget surplus to cover the costs, a spokesman for the state's budget office said. \
         The city switched its water source in 2014. Lead levels were still high, city officials said. \
         Kurt Weiss said the budget director would ask the legislature for money.",
    );
    assert_eq!(s[0].as_deref(), Some("Kurt Weiss"));
    // Referred back to before anyone is named, the speaker stays unnamed.
    let s = sources_in(
        "Mike Pence will delay his trip, a senior White House official said. He will leave on Tuesday, the official \
         said. Pence's press secretary, Alyssa Farah, said the trip would go ahead.",
    );
    assert_eq!(s[0].as_deref(), Some("a senior White House official"));
    // So do speakers the article says are anonymous.
    let s = sources_in(
        "The army will move north, a senior official said on condition of anonymity. \
         Troops are ready, Defence Minister Anna Berg said.",
    );
    assert_eq!(s[0].as_deref(), Some("a senior official"));
    // The person the description is about, someone named before, and someone only
    // mentioned are not the speaker.
    let s = sources_in(
        "The prime minister will travel to Brussels, a spokeswoman for May said. Theresa May said she would go.",
    );
    assert_ne!(s[0].as_deref(), Some("Theresa May"));
    let s = sources_in(
        "About 80 billion roubles would be written off under Putin's plan, a high-ranking official said. \
         Speaking at a news conference, Vladimir Putin said the debt came from flaws in the tax system.",
    );
    assert_ne!(s[0].as_deref(), Some("Vladimir Putin"));
    let s = sources_in(
        "The new Hamas chief arrived in Cairo on Saturday, a Hamas spokesman said. \
         Egyptian President Abdel Fattah al-Sisi has been wary of ties with Hamas.",
    );
    assert_eq!(s[0].as_deref(), Some("a Hamas spokesman"));
    // Someone with an office of their own is not the unnamed official.
    let s = sources_in(
        "The United States will impose new sanctions on Iran, a senior administration official said. \
         The measures target oil exports. Iranian Foreign Minister Javad Zarif said the sanctions were illegal.",
    );
    assert_eq!(s[0].as_deref(), Some("a senior administration official"));
    // Unless the description is such an office.
    let s = sources_in(
        "Scotland's former first minister believes the movement has a window. \
         Alex Salmond said the drive could be refreshed.",
    );
    assert_eq!(s[0].as_deref(), Some("Alex Salmond"));
}

#[test]
fn a_pronoun_nobody_before_can_take_is_someone_the_sentence_before_names() {
    let a = analyze(
        "His mention of Arpaio seemed to contradict comments by White House spokeswoman Sarah Sanders, who told \
         reporters earlier that the subject would not come up. “There will be no discussion of that today,” she told \
         reporters on Air Force One.",
    );
    assert_eq!(source_of(&a, "no discussion").as_deref(), Some("Sarah Sanders"));
    // Someone already speaking comes first.
    let a = analyze(
        "Senator Susan Collins said the bill was flawed. The vote was delayed after talks with Governor Paul LePage. \
         “We need more time,” she said.",
    );
    assert_eq!(source_of(&a, "more time").as_deref(), Some("Susan Collins"));
    // Someone named only as an owner is not the speaker.
    let a =
        analyze("Protesters gathered outside the office of Olaf Scholz on Sunday. We want answers, he told reporters.");
    assert_ne!(source_of(&a, "answers").as_deref(), Some("Olaf Scholz"));
}

#[test]
fn a_described_lede_speaker_is_the_person_named_next() {
    let cases = [
        (
            "A Democratic U.S. Senator from Michigan on Wednesday urged lawmakers to retain a $7,500 tax credit. \
             In a letter seen by Reuters, Senator Gary Peters wrote to Senate leaders that jobs depend on it.",
            "Gary Peters",
        ),
        (
            "Trump is pushing Republicans to change their tax bill, the House of Representatives' top tax lawmaker \
             said on Friday. House tax committee Chairman Kevin Brady said he has asked the budget office to assess it.",
            "Kevin Brady",
        ),
        (
            "The former head of the U.S. Democratic National Committee on Sunday defended her assertion that she \
             had considered replacing the nominee, and said her critics could go to hell. Donna Brazile has written in a book that she thought about it.",
            "Donna Brazile",
        ),
    ];
    for (text, who) in cases {
        assert_eq!(analyze(text).sentences[0].attribution.as_ref().map(|a| a.source.as_str()), Some(who), "{text}");
    }
    // A body whose name has a title word in it stays the body.
    let a = analyze(
        "The House of Representatives Ethics Committee said on Tuesday it was investigating allegations against \
         Representative John Conyers. Speaker Paul Ryan said the allegations were serious.",
    );
    assert_eq!(
        a.sentences[0].attribution.as_ref().map(|a| a.source.as_str()),
        Some("House of Representatives Ethics Committee")
    );
}

#[test]
fn a_definite_description_goes_back_to_the_person_just_named() {
    let a = analyze(
        "U.S. Senate Finance Committee Chairman Orrin Hatch spoke on Wednesday. But Hatch said he is not committed \
         to any rate targets. “We cannot speak definitively on the rate targets,” the Utah Republican said.",
    );
    assert_eq!(source_of(&a, "definitively").as_deref(), Some("Orrin Hatch"));
    let a = analyze(
        "Representative Trent Franks resigned on Thursday. The House Ethics Committee said it had opened an \
         investigation into accusations against Franks. The 60-year-old lawmaker also said that he regretted it.",
    );
    assert_eq!(source_of(&a, "regretted").as_deref(), Some("Trent Franks"));
    // Two people just named: which one is meant is not guessed; nor is a party the person is not.
    for text in [
        "Mike Lee met Joe Biden at the White House on Tuesday. The talks were productive, the Utah Republican said.",
        "Democrat Chuck Schumer spoke on Tuesday. The bill is dead, the Utah Republican said.",
    ] {
        let a = analyze(text);
        let who = a.sentences[1].attribution.as_ref().map(|a| a.source.clone());
        assert!(!matches!(who.as_deref(), Some("Joe Biden" | "Chuck Schumer" | "Mike Lee")), "{text}: {who:?}");
    }
    // An office the person is not given stays a description; so does one with its name beside it.
    let a = analyze(
        "Police detained followers of Fethullah Gulen. Turkey has identified 215,092 users, the interior minister said.",
    );
    assert_eq!(source_of(&a, "215,092").as_deref(), Some("interior minister"));
    let a = analyze(
        "Tesia Williams, a spokeswoman, said the review was under way. Separately, the House Committee on \
         Oversight and Government Reform’s top Democrat, U.S. Representative Elijah Cummings, also asked Price \
         for details on the flights.",
    );
    assert_ne!(source_of(&a, "flights").as_deref(), Some("Tesia Williams"));
}

#[test]
fn the_outlets_own_data_is_its_own_assertion() {
    let a = analyze(
        "NEW YORK (Reuters) - Trump has posted 489 tweets, according to data compiled by Thomson Reuters. \
         The budget holds few surprises, according to documents released by the House Appropriations Committee.",
    );
    assert_eq!(source_of(&a, "489 tweets"), None);
    assert_eq!(source_of(&a, "few surprises").as_deref(), Some("House Appropriations Committee documents"));
}

#[test]
fn firms_written_with_an_ampersand_or_in_capitals_are_organizations() {
    for (text, name) in [
        ("Procter & Gamble said sales rose 3 percent.", "Procter & Gamble"),
        ("The book was canceled, Simon & Schuster said.", "Simon & Schuster"),
        ("AT&T said it would appeal.", "AT&T"),
        ("GE in a statement urged quick confirmation.", "GE"),
        ("In a report, the U.N. refugee agency UNHCR called on governments to act.", "UNHCR"),
    ] {
        let a = analyze(text);
        let at = a.sentences[0].attribution.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!((at.source.as_str(), at.kind), (name, SourceKind::Organization), "{text}");
    }
    // A person's initials are not an acronym of a firm.
    let a = analyze("U.S. officials said the talks failed.");
    assert_eq!(a.sentences[0].attribution.as_ref().unwrap().source, "U.S. officials");
}

#[test]
fn a_capitalised_daily_is_part_of_a_newspaper_s_name() {
    for (text, name) in [
        ("The People s Daily said officials must not pray.", "People's Daily"),
        ("China Daily said the talks went well.", "China Daily"),
        ("The Kommersant newspaper said the deal was done.", "Kommersant"),
    ] {
        let a = analyze(text);
        let at = a.sentences[0].attribution.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!((at.source.as_str(), at.kind), (name, SourceKind::Media), "{text}");
    }
}

#[test]
fn an_accusation_or_report_without_its_author_has_an_unspecified_source() {
    for text in [
        "Abdulahi Hasan Sharif, 30, is accused of running down a police officer.",
        "The Tamil Tigers were also accused of widespread abuses during the war.",
        "It has been widely reported that supporters of Jeb Bush paid for the research.",
    ] {
        let a = analyze(text);
        let at = a.sentences[0].attribution.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!((at.source.as_str(), at.kind, at.mention.as_str()), ("unspecified", SourceKind::Anonymous, ""));
    }
    // In a relative or subordinate clause, or with its agent, it is not the sentence's claim
    // or not unnamed; and nobody can refer back to an unnamed source.
    for (text, source) in [
        ("Kihuen is the latest lawmaker who has been accused of misconduct.", None),
        ("He was fired after he was accused of leaking.", None),
        ("He is accused by prosecutors of fraud.", Some("prosecutors")),
    ] {
        assert_eq!(analyze(text).sentences[0].attribution.as_ref().map(|a| a.source.as_str()), source, "{text}");
    }
    let a = analyze("The men were accused of fraud. They said the charges were false.");
    assert_ne!(a.sentences[1].attribution.as_ref().map(|a| a.source.as_str()), Some("unspecified"));
}

#[test]
fn reasons_cited_evidence_pointed_to_and_intentions_expressed_are_claims() {
    for (text, who) in [
        ("Without offering evidence, Trump cited Ukrainian efforts to sabotage his campaign.", "Trump"),
        ("Trump has previously expressed his love for Twitter.", "Trump"),
        ("Trump already has expressed his intention to seek re-election in 2020.", "Trump"),
        ("In a series of tweets on Tuesday, Trump lashed out at Sessions and McCabe.", "Trump"),
        (
            "Several small opposition parties in Bangladesh have called for a strike.",
            "small opposition parties in Bangladesh",
        ),
        ("Party leaders have resisted the idea, saying that investigations are under way.", "party leaders"),
    ] {
        let a = analyze(text);
        assert_eq!(a.sentences[0].attribution.as_ref().map(|a| a.source.as_str()), Some(who), "{text}");
    }
    // Not a reason given: a citation received, a citation by someone else, rope.
    for text in [
        "The driver was cited for speeding on Route 9.",
        "The study cited by the minister was published in 2015.",
        "The boat was lashed to the pier.",
        "Police cited the driver for speeding.",
        "The soldier pointed to a crater near the road.",
        "Before he was accused of fraud in 2015, Smith ran a bakery.",
    ] {
        assert_eq!(analyze(text).sentences[0].attribution, None, "{text}");
    }
}

#[test]
fn a_document_referred_back_to_is_named_by_the_owner_the_text_gave_it() {
    let sources = |text: &str| -> Vec<Option<String>> {
        analyze(text).sentences.into_iter().map(|s| s.attribution.map(|a| a.source)).collect()
    };
    // The subject of an authoring verb.
    let s = sources(
        "The order comes after the Interior Department published a report this week. \
         The report identified 23 minerals that are priorities for defense.",
    );
    assert_eq!(s[1].as_deref(), Some("Interior Department report"));
    // A possessive, also as the archive wrote it.
    let s = sources(
        "The U.S. government's motion in federal court was filed on Monday. \
         The immigrants face no harm if deported, the motion said.",
    );
    assert_eq!(s[1].as_deref(), Some("U.S. government's motion"));
    let s = sources("Rob Bishop chairs the committee. Bishop s letter was sent on Friday. The letter said more.");
    assert_eq!(s[2].as_deref(), Some("Rob Bishop's letter"));
    // "of" and a name, in the sentence that attributes to it and after.
    let s = sources(
        "The annual report of the Security Review Commission said China had tightened rules. \
         Xinhua has offices in six U.S. cities, the report said.",
    );
    assert_eq!(s[0].as_deref(), Some("Security Review Commission report"));
    assert_eq!(s[1].as_deref(), Some("Security Review Commission report"));
    // "In a report, ..., X called on ...": the speaker's.
    let s = sources(
        "In a report, the U.N. refugee agency UNHCR called on governments to end the practice by 2024. \
         Some 30,000 people in Thailand acquired nationality, the report said.",
    );
    assert_eq!(s[1].as_ref().map(|n| n.ends_with(" report")), Some(true), "{s:?}");
    // A document that came from someone else is not the sender's.
    let s = sources(
        "Miller released a letter from the government s legal department. \
         The deal needs approval, the letter said.",
    );
    assert_ne!(s[1].as_deref(), Some("Miller letter"));
}

#[test]
fn a_role_in_apposition_titles_the_person_for_later_descriptions() {
    let a = analyze(
        "Mick Mulvaney, White House budget chief and acting director of the bureau, said on Monday he \
         would not fire English. Richard Cordray had named English. The budget chief said data security \
         was a top priority.",
    );
    let at = a.sentences[2].attribution.as_ref().unwrap();
    assert_eq!((at.source.as_str(), at.role.as_deref()), ("Mick Mulvaney", Some("White House budget chief")));
    let a = analyze("Mulvaney met Jane Doe, the bureau's deputy director, on Monday. The deputy director said no.");
    assert_eq!(a.sentences[1].attribution.as_ref().map(|a| a.source.as_str()), Some("Jane Doe"));
    // A new post implies an earlier one.
    let a = analyze(
        "Lawmakers protested after Wolfgang Schaeuble, the new president of the Bundestag, announced a ban. \
         In a letter on Thursday, the former finance minister told lawmakers that tweeting is inappropriate.",
    );
    assert_eq!(a.sentences[1].attribution.as_ref().map(|a| a.source.as_str()), Some("Wolfgang Schaeuble"));
    // Not a role: what follows the comma is the rest of the sentence.
    let a = analyze("He met Jane Doe, spoke for an hour and left. The director said nothing.");
    assert_ne!(a.sentences[1].attribution.as_ref().map(|a| a.source.as_str()), Some("Jane Doe"));
}

#[test]
fn a_stance_held_with_an_adjective_of_attitude_is_the_subject_s() {
    for (text, who) in [
        ("China is deeply suspicious of any U.S.-backed military build-up in the region.", "Chinese government"),
        ("Iranian officials have been particularly aggrieved by France s criticism.", "Iranian officials"),
        ("Some investors are concerned about the proposed plan.", "investors"),
        ("U.S. officials have grown increasingly concerned about the need to protect satellites.", "U.S. officials"),
    ] {
        let a = analyze(text);
        assert_eq!(a.sentences[0].attribution.as_ref().map(|a| a.source.as_str()), Some(who), "{text}");
    }
    for text in [
        // A mood without a complement, a participle clause, an empty subject.
        "Conservative justices were skeptical.",
        "But there is deep mistrust, with Beijing having been angered by the flights.",
        "It is critical that the committee gets the documents.",
    ] {
        assert_eq!(analyze(text).sentences[0].attribution, None, "{text}");
    }
}

#[test]
fn what_follows_of_is_a_document_s_topic_unless_it_names_a_body() {
    let source = |text: &str, i: usize| analyze(text).sentences[i].attribution.as_ref().map(|a| a.source.clone());
    // A name before the noun says whose it is; "of" then says whom it asked.
    assert_eq!(
        source("A Pew survey of Republicans found that 60 percent backed the plan. The survey said support fell.", 1)
            .as_deref(),
        Some("Pew survey")
    );
    // A name that modifies a topic noun is the topic.
    assert_eq!(
        source("The review of Boeing safety records began in May. The review found 12 faults.", 1).as_deref(),
        Some("review")
    );
    // A body after "of", hyphenated name and all, is the author.
    assert_eq!(
        source(
            "The annual report of the U.S.-China Economic and Security Review Commission was released. The report \
             said spying rose.",
            1
        )
        .as_deref(),
        Some("U.S.-China Economic and Security Review Commission report")
    );
}

#[test]
fn the_newspaper_is_never_the_outlet_that_writes_the_story() {
    let a = analyze(
        "LOS ANGELES (Reuters) - On Nov. 20 the Los Angeles Times published a report. Previously, the newspaper \
         reported that Bocanegra had been disciplined.",
    );
    assert_eq!(a.sentences[1].attribution.as_ref().map(|a| a.source.as_str()), Some("Los Angeles Times"));
}

#[test]
fn a_capitalised_preposition_opening_a_sentence_is_no_one_s_name() {
    let a = analyze("Through October 2016, background checks are up 15 percent. “Sales will be strong,” he said.");
    assert_eq!(a.sentences[1].attribution, None, "nobody for 'he' to refer to");
}

#[test]
fn unnamed_sources_are_written_as_in_mid_sentence_and_counts_are_dropped() {
    let source = |text: &str| analyze(text).sentences[0].attribution.as_ref().map(|a| a.source.clone());
    assert_eq!(
        source("Backers of the House-passed bill are hoping the Senate signs off.").as_deref(),
        Some("backers of the House-passed bill")
    );
    assert_eq!(source("A police spokesman said no one was hurt.").as_deref(), Some("a police spokesman"));
    assert_eq!(source("Eight Palestinians said they were hurt.").as_deref(), Some("Palestinians"));
    // Proper nouns keep their capital.
    assert_eq!(source("Republicans said the bill would pass.").as_deref(), Some("Republicans"));
    assert_eq!(source("Russian has strongly denied any interference.").as_deref(), Some("Russian"));
    // A day before a document says when it was filed, not whose it is.
    assert_eq!(source("Tuesday's lawsuit said the bank failed.").as_deref(), Some("lawsuit"));
}

#[test]
fn a_place_after_a_lower_case_title_s_of_is_not_part_of_the_name() {
    let a =
        analyze("Imprisoned former vice-president of Catalonia Oriol Junqueras will abide by it. Junqueras said no.");
    assert_eq!(a.sentences[1].attribution.as_ref().map(|a| a.source.as_str()), Some("Oriol Junqueras"));
}

#[test]
fn a_body_named_with_against_keeps_its_whole_name() {
    let a = analyze("The U.N. Committee against Torture said it was concerned. The committee said torture rose.");
    let who: Vec<_> = a.sentences.iter().map(|s| s.attribution.as_ref().map(|a| a.source.as_str())).collect();
    assert_eq!(who, [Some("U.N. Committee against Torture"); 2]);
}

#[test]
fn the_source_refers_to_the_fuller_description_that_spoke_not_a_shorter_one_inside_it() {
    let a = analyze(
        "Lawmakers will introduce bills on Wednesday, according to a source familiar with the legislation. \
         Prices rose in May. “The likelihood of Congress acting on this is pretty significant,” said the source.",
    );
    assert_eq!(
        a.sentences[2].attribution.as_ref().map(|a| a.source.as_str()),
        Some("a source familiar with the legislation")
    );
}

#[test]
fn a_poll_published_in_a_paper_is_the_paper_s_and_the_same_poll_is_that_one() {
    let a = analyze(
        "Less than a quarter of Catalans want independence, according to a poll published in El Pais newspaper on \
         Monday. However, the same poll showed the vote evenly split.",
    );
    let who: Vec<_> = a.sentences.iter().map(|s| s.attribution.as_ref().map(|a| a.source.as_str())).collect();
    assert_eq!(who, [Some("El Pais poll"); 2]);
}

#[test]
fn a_person_described_by_nationality_is_the_one_just_named() {
    let a = analyze("Milo Yiannopoulos resigned on Tuesday. The 33-year-old Briton told reporters he was abused.");
    assert_eq!(a.sentences[1].attribution.as_ref().map(|a| a.source.as_str()), Some("Milo Yiannopoulos"));
}

#[test]
fn a_name_right_after_the_body_a_spokeswoman_speaks_for_is_hers() {
    let source = |text: &str, i: usize| analyze(text).sentences[i].attribution.as_ref().map(|a| a.source.clone());
    assert_eq!(
        source(
            "The spokeswoman for the National Electoral Commission Julia Ferreira rejected the complaints as baseless.",
            0
        )
        .as_deref(),
        Some("Julia Ferreira")
    );
    // Speaking for a person is someone else.
    assert_eq!(
        source("Julia Ferreira met him. A spokeswoman for Julia Ferreira said no.", 1).as_deref(),
        Some("a spokeswoman for Julia Ferreira")
    );
}

#[test]
fn someone_close_to_a_person_is_not_that_person() {
    let a =
        analyze("President Mauricio Macri spoke. Spending will fall, a close ally of President Mauricio Macri said.");
    assert_eq!(
        a.sentences[1].attribution.as_ref().map(|a| a.source.as_str()),
        Some("a close ally of President Mauricio Macri")
    );
}

#[test]
fn a_company_called_by_its_first_word_and_a_leader_of_a_place_by_surname() {
    let who = |text: &str, i: usize| {
        analyze(text).sentences[i].attribution.as_ref().map(|a| (a.source.clone(), a.role.clone()))
    };
    assert_eq!(
        who("U.S. miner Freeport-McMoRan Inc said it would evacuate. Freeport in a statement confirmed the plan.", 1),
        Some(("Freeport-McMoRan Inc".to_string(), None))
    );
    assert_eq!(
        who("Whitefish Energy Holdings won the contract. Whitefish said it was fine.", 1).map(|w| w.0).as_deref(),
        Some("Whitefish Energy Holdings")
    );
    assert_eq!(
        who("Carles Puigdemont fled. Former leader of Catalonia Puigdemont said the vote mattered.", 1),
        Some(("Carles Puigdemont".to_string(), Some("leader of Catalonia".to_string())))
    );
}

#[test]
fn the_military_government_of_an_article_about_one_country_is_its_government() {
    let a = analyze(
        "BANGKOK (Reuters) - Thailand mourned its king. The military government has told people to wear bright \
         clothes from Monday.",
    );
    assert_eq!(a.sentences[1].attribution.as_ref().map(|a| a.source.as_str()), Some("Thai government"));
}

#[test]
fn an_envoy_is_the_ambassador_the_text_named() {
    let a = analyze(
        "Saudi Ambassador Abdulaziz Alwasil said the commission was better placed. Prices rose. The Saudi envoy \
         said the world should focus on aid.",
    );
    assert_eq!(a.sentences[2].attribution.as_ref().map(|a| a.source.as_str()), Some("Abdulaziz Alwasil"));
}

#[test]
fn offices_written_as_acronyms_and_live_television_are_descriptions() {
    let source = |text: &str| analyze(text).sentences[0].attribution.as_ref().map(|a| a.source.clone());
    assert_eq!(source("Opposition MPs said a joke sparked the brawl.").as_deref(), Some("opposition MPs"));
    // The medium, not the adjective that opens the sentence ("Live").
    let tv = analyze("Live national television showed MPs tumbling into a hedge.").sentences[0].attribution.clone();
    let tv = tv.unwrap();
    assert!(tv.source.ends_with("national television") && tv.kind == SourceKind::Media, "{tv:?}");
}

#[test]
fn the_review_s_counterexamples_for_names_keep_their_readings() {
    let who =
        |text: &str, i: usize| analyze(text).sentences[i].attribution.as_ref().map(|a| (a.source.clone(), a.kind));
    // A country is not the company its name starts.
    assert_eq!(
        who("China Mobile Ltd reported higher sales. China said the tariffs were unfair.", 1),
        Some(("Chinese government".to_string(), SourceKind::Government))
    );
    // A surname ending like a people is a person.
    assert_eq!(who("Evans said on Monday the plan had failed.", 0).map(|w| w.1), Some(SourceKind::Person));
    // A report published in a month is no paper's.
    assert_eq!(
        who("Prices rose, according to a report published in January.", 0).map(|w| w.0).as_deref(),
        Some("a report")
    );
}

#[test]
fn an_mp_is_titled_and_the_name_after_the_title_is_registered() {
    let a = analyze("Labour MP Jess Phillips said the bill was wrong. Phillips added that it would fail.");
    let at = a.sentences[1].attribution.as_ref().unwrap();
    assert_eq!((at.source.as_str(), at.role.as_deref()), ("Jess Phillips", Some("Labour MP")));
}

#[test]
fn a_statement_issued_by_a_speaker_is_theirs_when_it_speaks_again() {
    let a = analyze("Conyers issued a statement on Tuesday. The statement said the payment was a severance.");
    assert_eq!(a.sentences[1].attribution.as_ref().map(|a| a.source.as_str()), Some("Conyers statement"));
}

#[test]
fn a_spokesman_under_a_named_owner_is_the_owners_not_another_spokesman() {
    let a = analyze(
        "White House spokesman Sean Spicer said the claim was true. British Prime Minister Theresa May’s \
         spokesman said the White House had promised not to repeat it.",
    );
    assert_eq!(source_of(&a, "promised").as_deref(), Some("Theresa May's spokesman"));
}

#[test]
fn a_verb_coordinated_after_a_subject_with_a_role_appositive_or_a_time_shares_it() {
    let a = analyze(
        "Sung Kim, U.S. special representative for North Korea policy, met his counterparts in Seoul and said \
         the three agreed on new sanctions. The Foreign Office spokesman earlier in the day dismissed the charge \
         and said it was ridiculous.",
    );
    assert_eq!(source_of(&a, "three agreed").as_deref(), Some("Sung Kim"));
    assert_eq!(source_of(&a, "ridiculous").as_deref(), Some("Foreign Office spokesman"));
}

#[test]
fn an_aside_opened_by_a_participle_is_skipped_whatever_verbs_it_has() {
    let a = analyze(
        "Saudi Arabia's ambassador to the United States, speaking to reporters after the kingdom announced it \
         would permit women to drive, said the decision was a major social change.",
    );
    assert_eq!(source_of(&a, "social change").as_deref(), Some("Saudi Arabia's ambassador to the United States"));
}

#[test]
fn relatives_are_people_who_speak_in_a_coordinated_clause() {
    let a = analyze(
        "Otto Warmbier was released in June. Warmbier died days after arriving in the United States and his \
         parents said that their son had been tortured.",
    );
    assert_eq!(source_of(&a, "tortured").as_deref(), Some("Otto Warmbier's parents"));
}

#[test]
fn attorneys_detainees_and_interests_are_people_who_speak() {
    for (text, source) in [
        ("Tax attorneys said the argument could fail.", "Tax attorneys"),
        ("But ethanol interests have said the refineries can pass along the costs.", "ethanol interests"),
    ] {
        assert_eq!(analyze(text).sentences[0].attribution.as_ref().map(|a| a.source.as_str()), Some(source));
    }
}

#[test]
fn a_quantifier_over_a_group_names_the_group_not_a_person_called_many() {
    for (text, source) in [
        ("Many of the refugees say the authorities are intent on pushing them out.", "refugees"),
        ("Some of the eight justices said the law was too broad.", "justices"),
        ("Some in Venezuela see the arrest as a way of getting at an old rival.", "some in Venezuela"),
    ] {
        assert_eq!(analyze(text).sentences[0].attribution.as_ref().map(|a| a.source.as_str()), Some(source));
    }
}

#[test]
fn one_person_with_two_titles_joined_by_and_is_one_source() {
    let a = analyze(
        "Chicago lawyer and former federal prosecutor Patrick Cotter said the case was weak. Cotter said it \
         would fail. The U.N. human rights office and rights group Amnesty International said the law was wrong.",
    );
    assert_eq!(source_of(&a, "case was weak").as_deref(), Some("Patrick Cotter"));
    assert_eq!(source_of(&a, "would fail").as_deref(), Some("Patrick Cotter"));
    assert_ne!(source_of(&a, "law was wrong").as_deref(), Some("Amnesty International"));
}

#[test]
fn a_surname_that_is_a_title_word_names_the_person() {
    let a = analyze(
        "Republican Representative Peter King of New York said the plan would fail. King said it was wrong. \
         Saudi Arabia's King Salman said the talks went well.",
    );
    assert_eq!(source_of(&a, "plan would fail").as_deref(), Some("Peter King"));
    assert_eq!(source_of(&a, "was wrong").as_deref(), Some("Peter King"));
    assert_eq!(source_of(&a, "talks went well").as_deref(), Some("Salman"));
}

#[test]
fn a_person_named_after_a_possessive_role_is_that_person() {
    let a = analyze("Donald Trump met him. Trump's spokeswoman Sarah Sanders said the plan would fail.");
    assert_eq!(source_of(&a, "plan would fail").as_deref(), Some("Sarah Sanders"));
}

#[test]
fn a_possessive_before_a_name_is_the_role_and_curly_apostrophes_match_straight_ones() {
    let a = analyze(
        "Florida’s Marco Rubio told reporters that it was wrong. Rubio said it would fail. But Ford O’Connell, \
         a strategist, said Cruz may win. That is the beauty of it, O'Connell said.",
    );
    assert_eq!(source_of(&a, "was wrong").as_deref(), Some("Marco Rubio"));
    assert_eq!(source_of(&a, "would fail").as_deref(), Some("Marco Rubio"));
    assert_eq!(source_of(&a, "Cruz may win"), source_of(&a, "beauty of it"));
}

#[test]
fn a_definite_informant_is_the_person_named_next_with_the_same_title_words() {
    let a = analyze(
        "Manafort agreed to a bail deal, the attorney for former Trump campaign manager Paul Manafort said on \
         Monday. Defense attorney Kevin Downing said there was no evidence of collusion.",
    );
    assert_eq!(source_of(&a, "bail deal").as_deref(), Some("Kevin Downing"));
}

#[test]
fn sentence_adverbs_and_passive_subjects_are_not_speakers() {
    let a = analyze(
        "Similarly, Hillary Clinton, in a statement, called the attack an act of terror. Just ask Glenn Martin.",
    );
    assert_eq!(source_of(&a, "act of terror").as_deref(), Some("Hillary Clinton"));
    assert_eq!(source_of(&a, "Glenn Martin"), None);
    let a = analyze("Johnson spoke in Delhi. He was swiftly condemned by Guy Verhofstadt, the Brexit negotiator.");
    assert_ne!(source_of(&a, "condemned").as_deref(), Some("Johnson"));
}

#[test]
fn the_north_in_an_article_about_korea_is_north_koreas_government() {
    let a =
        analyze("North Korea fired a missile on Monday, South Korea said. The North defends its weapons as a defense.");
    assert_eq!(source_of(&a, "defends").as_deref(), Some("North Korean government"));
}

#[test]
fn a_medium_after_an_adverbial_on_is_not_the_speaker() {
    let a = analyze("Nancy Pelosi, the top Democrat in the House, on Twitter called the tweets sexist.");
    assert_ne!(source_of(&a, "sexist").as_deref(), Some("Twitter"));
    let a = analyze("Trump spoke. But on Sunday McConnell said it was up to voters to decide.");
    assert_eq!(source_of(&a, "up to voters").as_deref(), Some("McConnell"));
}

#[test]
fn holders_of_a_role_with_its_of_are_a_source() {
    let a = analyze("The heads of both firms told the AP they had concluded their work did not merit disclosure.");
    assert_eq!(source_of(&a, "disclosure").as_deref(), Some("heads of both firms"));
}

#[test]
fn plural_polls_and_surveys_are_documents_but_not_the_survey_respondents_answered() {
    let a = analyze(
        "A Harvard University poll of young voters was released on Monday. National polls show Clinton ahead. \
         Some 14 percent of respondents said they would vote for Johnson.",
    );
    assert_eq!(source_of(&a, "Clinton ahead").as_deref(), Some("National polls"));
    assert_ne!(source_of(&a, "14 percent").as_deref(), Some("National polls"));
}

#[test]
fn a_counted_share_of_a_group_names_the_group_and_bare_role_plurals_are_sources() {
    for (text, source) in [
        ("An overwhelming majority of scientists say the burning of coal drives climate change.", "scientists"),
        ("Three of the women who accused him called for a probe.", "women"),
        ("The fire could lead to charges, police chiefs said on Tuesday.", "police chiefs"),
    ] {
        assert_eq!(analyze(text).sentences[0].attribution.as_ref().map(|a| a.source.as_str()), Some(source), "{text}");
    }
}

#[test]
fn they_skips_a_body_named_in_the_singular_for_the_plural_group_before_it() {
    let a = analyze(
        "Democratic senators said the merger was bad for consumers. The Federal Communications Commission said \
         it would review the deal. The merger could lead to higher prices, they added.",
    );
    assert_eq!(source_of(&a, "higher prices").as_deref(), Some("Democratic senators"));
}

#[test]
fn a_body_named_in_a_persons_title_is_what_the_body_refers_back_to() {
    let a = analyze(
        "European Commission head Jean-Claude Juncker has invited the leaders to a dinner. The Commission has \
         responded by saying it would work with Slovakia.",
    );
    assert_eq!(source_of(&a, "work with Slovakia").as_deref(), Some("European Commission"));
}

#[test]
fn review_counterexamples_keep_their_sources() {
    // A closing cue after an accented name must not split a character.
    let a = analyze("A lawyer called the law  unfair  on Friday. We thank our friend Mr. Gómez,  Trump said.");
    assert_eq!(source_of(&a, "Gómez").as_deref(), Some("Trump"));
    for (text, source) in [
        // Two speakers who say different things are two claims; the first is the sentence's.
        ("Smith said the tax would rise and Jones said it would not.", Some("Smith")),
        // A poll's respondents are the poll's.
        ("A majority of economists say growth will slow, according to a Reuters poll.", Some("Reuters poll")),
        // A quoted title is no quotation.
        ("“Fire and Fury” author Michael Wolff said the book was accurate.", Some("Michael Wolff")),
        // A clause is no subject of "made clear".
        ("Prices rose sharply and the central bank made clear it would act.", None),
        ("Smith, who was elected in 2016, has made clear he will run.", Some("Smith")),
        // Only a medium after "on" is set aside.
        ("But on Capitol Hill Republicans warned the bill would fail.", Some("Capitol Hill Republicans")),
        ("Just Eat said profits rose.", Some("Just Eat")),
        ("US CDC officials said the virus was spreading.", Some("US CDC officials")),
    ] {
        assert_eq!(analyze(text).sentences[0].attribution.as_ref().map(|a| a.source.as_str()), source, "{text}");
    }
    let a = analyze("Alabama Senate candidate Roy Moore spoke. The Senate said it would vote.");
    assert_ne!(source_of(&a, "would vote").as_deref(), Some("Alabama Senate"));
    let a = analyze("The governor and state attorney general Josh Stein said the law was wrong.");
    assert_ne!(source_of(&a, "law was wrong").as_deref(), Some("Josh Stein"));
    let a = analyze("Democratic senators met. Trump said the Fed was crazy. Is that fair? The Fed meets in March.");
    assert_eq!(source_of(&a, "Is that fair"), None);
}
