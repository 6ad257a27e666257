//! Countries, their adjectives (Reuters style first: the one used to name a government,
//! "U.S. government", "Ecuadorean government") and the capitals used as actors
//! ("Moscow denies" is the Russian government). General world knowledge, not wording
//! from any article.

use std::sync::LazyLock;

use crate::lexicon::HashMap;

/// One country: its name, its adjectives (the first names its government), other names
/// it goes by ("U.S.", "Britain") and its capital or seat of government.
#[derive(Debug)]
pub struct Country {
    pub name: &'static str,
    pub adjectives: &'static [&'static str],
    pub aliases: &'static [&'static str],
    pub capitals: &'static [&'static str],
}

macro_rules! c {
    ($name:literal, [$($a:literal),*], [$($al:literal),*], [$($cap:literal),*]) => {
        Country { name: $name, adjectives: &[$($a),*], aliases: &[$($al),*], capitals: &[$($cap),*] }
    };
}

pub static COUNTRIES: &[Country] = &[
    c!(
        "United States",
        ["U.S.", "American", "US"],
        ["U.S.", "US", "America", "United States of America", "USA"],
        ["Washington"]
    ),
    c!("Russia", ["Russian"], ["Russian Federation"], ["Moscow"]),
    c!("China", ["Chinese"], ["People's Republic of China", "PRC", "mainland China"], ["Beijing"]),
    c!("Britain", ["British"], ["UK", "U.K.", "United Kingdom", "Great Britain"], ["London", "Downing Street"]),
    c!("France", ["French"], [], ["Paris", "Elysee"]),
    c!("Germany", ["German"], [], ["Berlin"]),
    c!("Japan", ["Japanese"], [], ["Tokyo"]),
    c!("India", ["Indian"], [], ["New Delhi"]),
    c!("Pakistan", ["Pakistani"], [], ["Islamabad"]),
    c!("Afghanistan", ["Afghan"], [], ["Kabul"]),
    c!("Iran", ["Iranian"], ["Islamic Republic"], ["Tehran"]),
    c!("Iraq", ["Iraqi"], [], ["Baghdad"]),
    c!("Syria", ["Syrian"], [], ["Damascus"]),
    c!("Israel", ["Israeli"], [], ["Jerusalem"]),
    c!("Turkey", ["Turkish"], [], ["Ankara"]),
    c!("Saudi Arabia", ["Saudi"], ["Kingdom of Saudi Arabia"], ["Riyadh"]),
    c!("Egypt", ["Egyptian"], [], ["Cairo"]),
    c!("Lebanon", ["Lebanese"], [], ["Beirut"]),
    c!("Jordan", ["Jordanian"], [], ["Amman"]),
    c!("Palestinian territories", ["Palestinian"], ["Palestine"], ["Ramallah"]),
    c!("Qatar", ["Qatari"], [], ["Doha"]),
    c!("United Arab Emirates", ["Emirati", "UAE"], ["UAE", "U.A.E."], ["Abu Dhabi"]),
    c!("Kuwait", ["Kuwaiti"], [], ["Kuwait City"]),
    c!("Bahrain", ["Bahraini"], [], ["Manama"]),
    c!("Oman", ["Omani"], [], ["Muscat"]),
    c!("Yemen", ["Yemeni"], [], ["Sanaa"]),
    c!("Libya", ["Libyan"], [], ["Tripoli"]),
    c!("Tunisia", ["Tunisian"], [], ["Tunis"]),
    c!("Algeria", ["Algerian"], [], ["Algiers"]),
    c!("Morocco", ["Moroccan"], [], ["Rabat"]),
    c!("Sudan", ["Sudanese"], [], ["Khartoum"]),
    c!("South Sudan", ["South Sudanese"], [], ["Juba"]),
    c!("Somalia", ["Somali"], [], ["Mogadishu"]),
    c!("Ethiopia", ["Ethiopian"], [], ["Addis Ababa"]),
    c!("Eritrea", ["Eritrean"], [], ["Asmara"]),
    c!("Kenya", ["Kenyan"], [], ["Nairobi"]),
    c!("Uganda", ["Ugandan"], [], ["Kampala"]),
    c!("Tanzania", ["Tanzanian"], [], ["Dodoma"]),
    c!("Rwanda", ["Rwandan"], [], ["Kigali"]),
    c!("Burundi", ["Burundian"], [], ["Bujumbura", "Gitega"]),
    c!("Democratic Republic of Congo", ["Congolese"], ["Congo", "DRC"], ["Kinshasa"]),
    c!("Nigeria", ["Nigerian"], [], ["Abuja"]),
    c!("Ghana", ["Ghanaian"], [], ["Accra"]),
    c!("Ivory Coast", ["Ivorian"], ["Cote d'Ivoire"], ["Abidjan", "Yamoussoukro"]),
    c!("Senegal", ["Senegalese"], [], ["Dakar"]),
    c!("Mali", ["Malian"], [], ["Bamako"]),
    c!("Niger", ["Nigerien"], [], ["Niamey"]),
    c!("Chad", ["Chadian"], [], ["N'Djamena"]),
    c!("Cameroon", ["Cameroonian"], [], ["Yaounde"]),
    c!("South Africa", ["South African"], [], ["Pretoria", "Cape Town"]),
    c!("Zimbabwe", ["Zimbabwean"], [], ["Harare"]),
    c!("Zambia", ["Zambian"], [], ["Lusaka"]),
    c!("Mozambique", ["Mozambican"], [], ["Maputo"]),
    c!("Angola", ["Angolan"], [], ["Luanda"]),
    c!("Namibia", ["Namibian"], [], ["Windhoek"]),
    c!("Botswana", ["Botswanan"], [], ["Gaborone"]),
    c!("Malawi", ["Malawian"], [], ["Lilongwe"]),
    c!("Madagascar", ["Malagasy"], [], ["Antananarivo"]),
    c!("Liberia", ["Liberian"], [], ["Monrovia"]),
    c!("Sierra Leone", ["Sierra Leonean"], [], ["Freetown"]),
    c!("Guinea", ["Guinean"], [], ["Conakry"]),
    c!("Burkina Faso", ["Burkinabe"], [], ["Ouagadougou"]),
    c!("Gabon", ["Gabonese"], [], ["Libreville"]),
    c!("Togo", ["Togolese"], [], ["Lome"]),
    c!("Benin", ["Beninese"], [], ["Porto-Novo", "Cotonou"]),
    c!("Mauritania", ["Mauritanian"], [], ["Nouakchott"]),
    c!("Gambia", ["Gambian"], [], ["Banjul"]),
    c!("Canada", ["Canadian"], [], ["Ottawa"]),
    c!("Mexico", ["Mexican"], [], ["Mexico City"]),
    c!("Cuba", ["Cuban"], [], ["Havana"]),
    c!("Venezuela", ["Venezuelan"], [], ["Caracas"]),
    c!("Colombia", ["Colombian"], [], ["Bogota"]),
    c!("Ecuador", ["Ecuadorean", "Ecuadorian"], [], ["Quito"]),
    c!("Peru", ["Peruvian"], [], ["Lima"]),
    c!("Bolivia", ["Bolivian"], [], ["La Paz"]),
    c!("Chile", ["Chilean"], [], ["Santiago"]),
    c!("Argentina", ["Argentine", "Argentinian"], [], ["Buenos Aires"]),
    c!("Brazil", ["Brazilian"], [], ["Brasilia"]),
    c!("Uruguay", ["Uruguayan"], [], ["Montevideo"]),
    c!("Paraguay", ["Paraguayan"], [], ["Asuncion"]),
    c!("Guatemala", ["Guatemalan"], [], ["Guatemala City"]),
    c!("Honduras", ["Honduran"], [], ["Tegucigalpa"]),
    c!("El Salvador", ["Salvadoran"], [], ["San Salvador"]),
    c!("Nicaragua", ["Nicaraguan"], [], ["Managua"]),
    c!("Costa Rica", ["Costa Rican"], [], ["San Jose"]),
    c!("Panama", ["Panamanian"], [], ["Panama City"]),
    c!("Haiti", ["Haitian"], [], ["Port-au-Prince"]),
    c!("Dominican Republic", ["Dominican"], [], ["Santo Domingo"]),
    c!("Jamaica", ["Jamaican"], [], ["Kingston"]),
    c!("Puerto Rico", ["Puerto Rican"], [], ["San Juan"]),
    c!("Spain", ["Spanish"], [], ["Madrid"]),
    c!("Portugal", ["Portuguese"], [], ["Lisbon"]),
    c!("Italy", ["Italian"], [], ["Rome"]),
    c!("Greece", ["Greek"], [], ["Athens"]),
    c!("Cyprus", ["Cypriot"], [], ["Nicosia"]),
    c!("Malta", ["Maltese"], [], ["Valletta"]),
    c!("Netherlands", ["Dutch"], ["Holland", "The Netherlands"], ["Amsterdam", "The Hague"]),
    c!("Belgium", ["Belgian"], [], []),
    c!("Luxembourg", ["Luxembourgish"], [], []),
    c!("Switzerland", ["Swiss"], [], ["Bern"]),
    c!("Austria", ["Austrian"], [], ["Vienna"]),
    c!("Ireland", ["Irish"], [], ["Dublin"]),
    c!("Iceland", ["Icelandic"], [], ["Reykjavik"]),
    c!("Norway", ["Norwegian"], [], ["Oslo"]),
    c!("Sweden", ["Swedish"], [], ["Stockholm"]),
    c!("Denmark", ["Danish"], [], ["Copenhagen"]),
    c!("Finland", ["Finnish"], [], ["Helsinki"]),
    c!("Estonia", ["Estonian"], [], ["Tallinn"]),
    c!("Latvia", ["Latvian"], [], ["Riga"]),
    c!("Lithuania", ["Lithuanian"], [], ["Vilnius"]),
    c!("Poland", ["Polish"], [], ["Warsaw"]),
    c!("Czech Republic", ["Czech"], ["Czechia"], ["Prague"]),
    c!("Slovakia", ["Slovak"], [], ["Bratislava"]),
    c!("Hungary", ["Hungarian"], [], ["Budapest"]),
    c!("Romania", ["Romanian"], [], ["Bucharest"]),
    c!("Bulgaria", ["Bulgarian"], [], ["Sofia"]),
    c!("Moldova", ["Moldovan"], [], ["Chisinau"]),
    c!("Ukraine", ["Ukrainian"], [], ["Kiev", "Kyiv"]),
    c!("Belarus", ["Belarusian", "Belarussian"], [], ["Minsk"]),
    c!("Serbia", ["Serbian"], [], ["Belgrade"]),
    c!("Croatia", ["Croatian"], [], ["Zagreb"]),
    c!("Slovenia", ["Slovenian"], [], ["Ljubljana"]),
    c!("Bosnia", ["Bosnian"], ["Bosnia and Herzegovina"], ["Sarajevo"]),
    c!("Montenegro", ["Montenegrin"], [], ["Podgorica"]),
    c!("Macedonia", ["Macedonian"], ["North Macedonia"], ["Skopje"]),
    c!("Albania", ["Albanian"], [], ["Tirana"]),
    c!("Kosovo", ["Kosovar", "Kosovan"], [], ["Pristina"]),
    c!("Georgia", ["Georgian"], [], ["Tbilisi"]),
    c!("Armenia", ["Armenian"], [], ["Yerevan"]),
    c!("Azerbaijan", ["Azerbaijani", "Azeri"], [], ["Baku"]),
    c!("Kazakhstan", ["Kazakh"], [], ["Astana"]),
    c!("Uzbekistan", ["Uzbek"], [], ["Tashkent"]),
    c!("Turkmenistan", ["Turkmen"], [], ["Ashgabat"]),
    c!("Kyrgyzstan", ["Kyrgyz"], [], ["Bishkek"]),
    c!("Tajikistan", ["Tajik"], [], ["Dushanbe"]),
    c!("Mongolia", ["Mongolian"], [], ["Ulan Bator", "Ulaanbaatar"]),
    c!("North Korea", ["North Korean"], ["DPRK"], ["Pyongyang"]),
    c!("South Korea", ["South Korean"], ["Korea", "Republic of Korea"], ["Seoul"]),
    c!("Taiwan", ["Taiwanese"], [], ["Taipei"]),
    c!("Hong Kong", ["Hong Kong"], [], []),
    c!("Vietnam", ["Vietnamese"], [], ["Hanoi"]),
    c!("Cambodia", ["Cambodian"], [], ["Phnom Penh"]),
    c!("Laos", ["Laotian", "Lao"], [], ["Vientiane"]),
    c!("Thailand", ["Thai"], [], ["Bangkok"]),
    c!("Myanmar", ["Myanmar", "Burmese"], ["Burma"], ["Naypyitaw", "Yangon"]),
    c!("Malaysia", ["Malaysian"], [], ["Kuala Lumpur", "Putrajaya"]),
    c!("Singapore", ["Singaporean"], [], []),
    c!("Indonesia", ["Indonesian"], [], ["Jakarta"]),
    c!("Philippines", ["Philippine", "Filipino"], ["The Philippines"], ["Manila"]),
    c!("Bangladesh", ["Bangladeshi"], [], ["Dhaka"]),
    c!("Sri Lanka", ["Sri Lankan"], [], ["Colombo"]),
    c!("Nepal", ["Nepali", "Nepalese"], [], ["Kathmandu"]),
    c!("Bhutan", ["Bhutanese"], [], ["Thimphu"]),
    c!("Maldives", ["Maldivian"], [], ["Male"]),
    c!("Australia", ["Australian"], [], ["Canberra"]),
    c!("New Zealand", ["New Zealand"], [], ["Wellington"]),
    c!("Papua New Guinea", ["Papua New Guinean"], [], ["Port Moresby"]),
    c!("Fiji", ["Fijian"], [], ["Suva"]),
    c!("Vatican", ["Vatican"], ["Holy See"], []),
];

/// Bodies that act like governments but are unions of states; named as themselves.
pub const UNIONS: &[(&str, &[&str])] =
    &[("European Union", &["EU", "E.U.", "Brussels"]), ("United Nations", &["U.N.", "UN"]), ("NATO", &[])];

static BY_ADJECTIVE: LazyLock<HashMap<&'static str, &'static Country>> =
    LazyLock::new(|| COUNTRIES.iter().flat_map(|c| c.adjectives.iter().map(move |a| (*a, c))).collect());

static BY_NAME: LazyLock<HashMap<&'static str, &'static Country>> = LazyLock::new(|| {
    let mut m = HashMap::default();
    for c in COUNTRIES {
        m.insert(c.name, c);
        for a in c.aliases {
            m.entry(*a).or_insert(c);
        }
    }
    m
});

static BY_CAPITAL: LazyLock<HashMap<&'static str, &'static Country>> =
    LazyLock::new(|| COUNTRIES.iter().flat_map(|c| c.capitals.iter().map(move |a| (*a, c))).collect());

/// Every one-word name, alias, adjective or capital of a country, in one table.
static BY_WORD: LazyLock<HashMap<&'static str, &'static Country>> = LazyLock::new(|| {
    let mut m = HashMap::default();
    for c in COUNTRIES {
        let words = std::iter::once(&c.name).chain(c.aliases).chain(c.adjectives).chain(c.capitals);
        for w in words.filter(|w| !w.contains(' ')) {
            m.entry(*w).or_insert(c);
        }
    }
    m
});

/// First words of country names and capitals of more than one word ("Saudi", "New").
static MULTIWORD_STARTS: LazyLock<crate::lexicon::HashSet<&'static str>> = LazyLock::new(|| {
    COUNTRIES
        .iter()
        .flat_map(|c| std::iter::once(&c.name).chain(c.aliases).chain(c.capitals))
        .filter_map(|n| n.split_once(' ').map(|(first, _)| first))
        .collect()
});

/// The country one word names in any way (name, alias, adjective or capital).
pub fn by_word(word: &str) -> Option<&'static Country> {
    BY_WORD.get(word).copied()
}

/// Can `word` begin a country's name of several words ("South" Korea, "New" Delhi)?
pub fn starts_multiword(word: &str) -> bool {
    MULTIWORD_STARTS.contains(word)
}

/// The country an adjective of nationality stands for ("Russian" -> Russia).
pub fn by_adjective(word: &str) -> Option<&'static Country> {
    BY_ADJECTIVE.get(word).copied()
}

/// The country a name or alias stands for ("Russia", "U.S.", "the Philippines").
pub fn by_name(name: &str) -> Option<&'static Country> {
    let name = name.strip_prefix("the ").unwrap_or(name);
    BY_NAME.get(name).copied()
}

/// The country a capital or seat of government stands for ("Moscow" -> Russia).
pub fn by_capital(name: &str) -> Option<&'static Country> {
    BY_CAPITAL.get(name).copied()
}

impl Country {
    /// "Russian government", "U.S. government".
    pub fn government(&self) -> String {
        format!("{} government", self.adjectives[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjectives_names_and_capitals_find_the_country() {
        assert_eq!(by_adjective("Ecuadorian").map(|c| c.name), Some("Ecuador"));
        assert_eq!(by_name("U.S.").map(|c| c.government()), Some("U.S. government".to_string()));
        assert_eq!(by_name("the Philippines").map(|c| c.government()), Some("Philippine government".to_string()));
        assert_eq!(by_capital("Ankara").map(|c| c.government()), Some("Turkish government".to_string()));
        assert_eq!(by_name("Cambodia").map(|c| c.government()), Some("Cambodian government".to_string()));
    }

    #[test]
    fn every_country_has_an_adjective() {
        assert!(COUNTRIES.iter().all(|c| !c.adjectives.is_empty()));
    }
}
