#!/usr/bin/env python3
"""Build geokg's gazetteer TSV files from the shared seed data (Python 3 standard library only).

Reads the seed folder (default ../shared/gazetteer, see its README.md and LICENSES.txt) and writes
countries.tsv, organizations.tsv, officeholders.tsv and role_titles.tsv into
src/main/resources/gazetteer/. government_bodies.tsv in that folder is written by hand and is
only checked here (well-formed, countries known), never overwritten.

Usage:
  python3 scripts/build-gazetteer.py [SEED_DIR] [--out DIR]
  python3 scripts/build-gazetteer.py [SEED_DIR] --check   # regenerate into a temp dir, compare

Exit status of --check: 0 when the committed files equal a fresh build, 1 otherwise.
"""

import argparse
import collections
import csv
import filecmp
import os
import re
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_SEED = os.path.join(REPO, "..", "shared", "gazetteer")
DEFAULT_OUT = os.path.join(REPO, "src", "main", "resources", "gazetteer")
GENERATED = ["countries.tsv", "organizations.tsv", "officeholders.tsv", "role_titles.tsv"]

# Aliases that are real names somewhere in the seed but wrong or harmful as identity keys in
# English news: jokes, sub-national parts named as if they were the state, ordinary English
# words ("car") and names of other actors ("Emirates" the airline, "WBG" the World Bank Group).
# Keys are NameKey forms.
REJECTED_ALIASES = {
    "best korea", "yankee land", "yankeeland", "americaland", "us of a", "u s of a",
    "scot", "scotland", "scotsman", "scotswoman", "wales", "welsh", "welshman",
    "welshwoman", "englishman", "englishwoman", "northern irish", "northern irishman",
    "northern irishwoman", "england and wales", "gaza", "gaza strip", "west bank",
    "occupied territories", "papal states", "celestial empire", "red korea",
    "soviet korea", "communist korea", "big congo", "little congo", "saudi",
    "brazzaville", "emetab israel", "united arab em", "saudia arabia", "hk sar",
    "eswatini lemaa", "aotearoa new zealand", "rom", "car", "republiken finland", "papua nugini",
    "emirates", "wbg", "abode of peace",
}

# Function words and state words of other languages: an alias containing one is a foreign
# name ("Principado de Andorra", "Jamhuri ya Kenya") even when it shares a word with the
# English name.
FOREIGN_WORDS = {
    "de", "du", "del", "da", "di", "des", "la", "le", "ya", "wa", "der", "den", "et", "und", "y",
    "e", "ta", "oa", "bilong", "blong", "nutome", "republica", "republique", "republika",
    "repubblica", "republiek", "republik", "repubulika", "respublikasy", "respublika", "estado",
    "jamhuri", "collectivite", "territoire", "departement", "furstentum", "duche",
    "principaute", "cumhuriyeti", "etat", "stet", "dawlat", "ripablik", "ribaberiki",
    "sathalanalat", "gonoprojatontri", "lefatshe", "muso", "land",
    "independen", "emetab", "confederation", "polynesia", "sar",
}

# A few aliases common in English news that no seed source marks as strong, each checked by
# hand. Dotted and undotted forms are the same NameKey, so one spelling is enough.
EXTRA_ALIASES = {
    "US": ["U.S.", "USA", "U.S.A.", "America", "United States"],
    "GB": ["U.K.", "Britain", "Great Britain"],
    "NL": ["Holland", "The Netherlands"],
    "CN": ["PRC", "Mainland China"],
    "KP": ["DPRK", "North Korea"],
    "KR": ["ROK", "South Korea"],
    "AE": ["UAE"],
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "MM": ["Burma"],
    "CZ": ["Czech Republic"],
    "TR": ["Turkey", "Türkiye", "Republic of Turkey"],
    "VN": ["Viet Nam"],
    "TW": ["Chinese Taipei", "Republic of China"],
    "PS": ["Palestinian Territories", "State of Palestine"],
    "MD": ["Moldavia"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "VA": ["Holy See", "Vatican"],
    "RU": ["Russian Federation"],
}

# Demonyms and adjectives that the seed lacks or gets wrong (gem gives Niger "Nigerian").
EXTRA_DEMONYMS = {"NE": ["Nigerien"], "SA": ["Saudi"]}
REJECTED_DEMONYMS = {("NE", "nigerian"), ("ME", "serbian")}

# Parts of mledoze capitals that are not part of the city's everyday name.
CAPITAL_SUFFIXES = [" D.C.", ", D.C."]

# Capitals are kept for sovereign states only (they stand for a government: "Beijing said"),
# plus these states of limited recognition that mledoze marks as not independent.
CAPITAL_STATES_NOT_INDEPENDENT = {"TW", "PS", "XK", "EH"}

# Capitals whose key is an ordinary English word or a common given name ("Malé" keys as "male").
REJECTED_CAPITALS = {"male", "victoria"}


def name_key(text):
    """The lookup key of a name; mirrors org.geokg.gazetteer.NameKey exactly."""
    s = unicodedata.normalize("NFKC", text)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.category(c).startswith("M"))
    s = s.upper().lower()
    s = re.sub(r"[.'\u2019\u2018\u02bc`\u00b4]", "", s)
    s = re.sub(r"[\s\-\u2010-\u2015_]+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def read_csv(seed, name):
    path = os.path.join(seed, name)
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def english_looking(alias):
    """Latin letters (ASCII or Latin-1 accents as in Côte, Türkiye), spaces, . ' - & only."""
    if not re.fullmatch(r"[A-Za-z\u00c0-\u00ff .'\u2019&\-]+", alias):
        return False
    return any(c.isalpha() for c in alias)


def display_form(alias):
    """Seed rows in all capitals or all lower case get title case; acronyms keep capitals."""
    letters = re.sub(r"[^A-Za-z]", "", alias)
    if alias.islower() or (alias.isupper() and len(letters) > 4 and " " in alias.strip()):
        return " ".join(w[:1].upper() + w[1:].lower() if w.lower() not in ("of", "and", "the")
                        else w.lower() for w in alias.split(" "))
    if alias.isupper() and len(letters) > 4:
        return alias[:1] + alias[1:].lower()
    return alias


# Words too common in country names to show that an alias names this particular country.
GENERIC_WORDS = {"the", "and", "of", "republic", "kingdom", "state", "states", "island", "islands",
                 "democratic", "federal", "united", "people", "peoples", "union", "federation"}


def significant_words(text):
    return {w for w in name_key(text).split() if len(w) >= 3 and w not in GENERIC_WORDS}


def split_multi(value):
    return [v.strip() for v in value.split("|") if v.strip()] if value else []


class CountryTable:
    """Countries with their names, capitals, demonyms and resolved (unambiguous) aliases."""

    def __init__(self, seed):
        self.rows = read_csv(seed, "countries.csv")
        self.by_iso = {r["iso2"]: r for r in self.rows}
        self.aliases = read_csv(seed, "country_aliases.csv")

    def independent(self, iso):
        return self.by_iso[iso]["independent"] == "true"

    def candidate_aliases(self):
        """iso2 -> display forms of English aliases, before cross-country ambiguity is resolved.

        A strong seed alias is kept when it looks English and either shares a word with the
        country's common or official name ("Republic of Korea", "P R China") or is an acronym
        ("UK", "U.S.A."); names in other languages ("Deutschland") and list forms
        ("Korea, Republic of") are left out. EXTRA_ALIASES adds the hand-checked rest.
        """
        out = collections.defaultdict(list)
        for a in self.aliases:
            iso, alias = a["iso2"], a["alias"].strip()
            if a["strength"] != "strong" or iso not in self.by_iso or not english_looking(alias):
                continue
            row = self.by_iso[iso]
            name_words = significant_words(row["name_common"]) | significant_words(row["name_official"])
            acronym = re.fullmatch(r"([A-Z]\.?){2,6}", alias.replace(" ", ""))
            if name_key(alias) in REJECTED_ALIASES or not self.english_form(alias, row):
                continue
            if significant_words(alias) & name_words or acronym:
                out[iso].append(display_form(alias))
        for iso, extra in EXTRA_ALIASES.items():
            out[iso].extend(extra)
        return out

    @staticmethod
    def english_form(alias, row):
        """False for foreign-language names and clipped list forms ("Czech Rep.", "Falkland Is.")."""
        words = name_key(alias).split()
        if any(w in FOREIGN_WORDS for w in words):
            return False
        if not alias.isascii() and row["name_common"].isascii():
            return False
        clipped = [t for t in re.findall(r"[A-Za-z]+\.", alias) if len(t) > 2 and t != "St."]
        return not clipped and "&" not in alias

    def rival_claims(self):
        """iso2 -> every non-weak seed alias, used only to detect names two countries share."""
        out = collections.defaultdict(list)
        for a in self.aliases:
            if a["strength"] in ("strong", "uppercase", "adjective") and a["iso2"] in self.by_iso:
                out[a["iso2"]].append(a["alias"].strip())
        return out

    def demonyms(self):
        out = collections.defaultdict(list)
        for r in self.rows:
            for col in ("demonym", "demonym_female", "nationality_gem"):
                for d in re.split(r",\s*", r[col] or ""):
                    if d:
                        out[r["iso2"]].append(d.strip())
        for a in self.aliases:
            if a["strength"] == "adjective" and english_looking(a["alias"]):
                out[a["iso2"]].append(a["alias"].strip())
        for iso, extra in EXTRA_DEMONYMS.items():
            out[iso].extend(extra)
        return {iso: [d for d in vals if (iso, name_key(d)) not in REJECTED_DEMONYMS]
                for iso, vals in out.items()}

    def capitals(self):
        out = {}
        for r in self.rows:
            caps = []
            if not self.independent(r["iso2"]) and r["iso2"] not in CAPITAL_STATES_NOT_INDEPENDENT:
                out[r["iso2"]] = caps
                continue
            for c in split_multi(r["capital"]):
                if name_key(c) in REJECTED_CAPITALS:
                    continue
                caps.append(c)
                for suffix in CAPITAL_SUFFIXES:
                    if c.endswith(suffix):
                        caps.append(c[: -len(suffix)])
            out[r["iso2"]] = caps
        return out


def resolve(candidates, rank, rivals=None):
    """Keep each key for one country only.

    candidates: iso2 -> display forms to keep; rivals: iso2 -> further names that only compete.
    rank(iso2, form) gives a tuple; the lowest rank wins a key when it is strictly better than
    every other country's claim, otherwise nobody gets the key ("Korea": North and South).
    Returns iso2 -> deduplicated display forms.
    """
    claims = collections.defaultdict(dict)
    for source in (candidates, rivals or {}):
        for iso, forms in source.items():
            for form in forms:
                key = name_key(form)
                r = rank(iso, form)
                if iso not in claims[key] or r < claims[key][iso]:
                    claims[key][iso] = r
    winner = {}
    for key, by_iso in claims.items():
        ordered = sorted(by_iso.items(), key=lambda kv: kv[1])
        if len(ordered) == 1 or ordered[0][1] < ordered[1][1]:
            winner[key] = ordered[0][0]
    out = {}
    for iso, forms in candidates.items():
        seen, kept = set(), []
        for form in forms:
            key = name_key(form)
            if winner.get(key) == iso and key not in seen:
                seen.add(key)
                kept.append(form)
        out[iso] = kept
    return out


def build_countries(seed):
    table = CountryTable(seed)
    names = {r["iso2"]: {name_key(r["name_common"]), name_key(r["name_official"])}
             for r in table.rows}

    def rank(iso, form):
        own_name = name_key(form) in names[iso]
        return (0 if own_name else 1, 0 if table.independent(iso) else 1)

    name_forms = {r["iso2"]: [r["name_common"], r["name_official"]] for r in table.rows}
    demonyms = resolve(table.demonyms(), lambda iso, form: (0 if table.independent(iso) else 1,))
    demonym_keys = {name_key(d) for forms in table.demonyms().values() for d in forms}
    candidates = {iso: [a for a in forms if name_key(a) not in demonym_keys]
                  for iso, forms in table.candidate_aliases().items()}
    merged = {iso: name_forms[iso] + candidates.get(iso, []) for iso in name_forms}
    resolved = resolve(merged, rank, table.rival_claims())
    capitals = resolve(table.capitals(), lambda iso, form: (0 if table.independent(iso) else 1,))

    header = ["iso2", "iso3", "name", "official_name", "wikidata", "other_wikidata", "capitals",
              "demonyms", "aliases", "independent"]
    rows = []
    for r in sorted(table.rows, key=lambda r: r["iso2"]):
        iso = r["iso2"]
        own = {name_key(r["name_common"]), name_key(r["name_official"])}
        aliases = [a for a in resolved.get(iso, []) if name_key(a) not in own]
        other_qids = [q for q in split_multi(r["wikidata_other_qids"]) + [r["wikidata_qid_owid"]]
                      if q and q != r["wikidata_qid"]]
        rows.append([iso, "XKX" if iso == "XK" else r["iso3"], r["name_common"],
                     r["name_official"], r["wikidata_qid"], "|".join(dict.fromkeys(other_qids)),
                     "|".join(capitals.get(iso, [])), "|".join(demonyms.get(iso, [])),
                     "|".join(aliases), r["independent"]])
    return header, rows


# British and American spellings of words in organisation names; news uses both
# ("World Health Organisation", "European Defense Agency").
SPELLING_PAIRS = [("Organization", "Organisation"), ("Defense", "Defence"), ("Labor", "Labour"),
                  ("Program", "Programme"), ("Center", "Centre")]


def spelling_variants(name):
    out = []
    for us, uk in SPELLING_PAIRS:
        for a, b in ((us, uk), (uk, us)):
            if re.search(rf"\b{a}\b", name):
                out.append(re.sub(rf"\b{a}\b", b, name))
    return out


def build_organizations(seed):
    """The seed's organisations with other names completed by rule: spelling variants, and
    "UN ..." for "United Nations ..."; duplicates (by NameKey) removed."""
    header = ["wikidata", "name", "acronym", "other_names", "category"]
    rows = []
    for r in read_csv(seed, "international_organizations.csv"):
        names = split_multi(r["other_names"])
        for n in [r["name"]] + list(names):
            names.extend(spelling_variants(n))
        if r["name"].startswith("United Nations "):
            names.append("UN " + r["name"][len("United Nations "):])
        seen, other = {name_key(r["name"])}, []
        for n in names:
            if name_key(n) not in seen:
                seen.add(name_key(n))
                other.append(n)
        rows.append([r["wikidata_qid"], r["name"], r["acronym"], "|".join(other), r["category"]])
    rows.sort(key=lambda row: row[1])
    return header, rows


def norm_date(value):
    """'2021-01-26' and '2021' pass; 'SEP 1991' gives '1991'; anything else ('1990101') gives ''."""
    value = value.strip()
    if re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", value):
        return value
    m = re.fullmatch(r"[A-Z]{3} (\d{4})", value)
    return m.group(1) if m else ""


def office_title(role):
    """'Prime ministers (PRESIDENTS OF ...' -> 'Prime minister'; 'Kings/QUEENS' -> 'King/queen'."""
    role = role.split("(")[0].strip().lower()
    irregular = {"chairmen": "chairman", "secretaries": "secretary", "juntas": "junta"}

    def singular(word):
        if word in irregular:
            return irregular[word]
        if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            return word[:-1]
        return word

    # Only the head noun of "X of the Y" is plural: "Chairmen of the council" -> "Chairman ...".
    head, sep, tail = role.partition(" of ")
    words = re.split(r"([ /\-])", head)
    head = "".join(singular(w) if w not in (" ", "/", "-") else w for w in words)
    title = head + sep + tail
    return title[:1].upper() + title[1:]


OPEN = "9999-12-31"


def lower_bound(date):
    return date if len(date) == 10 else (date + "-01-01" if date else "0000-01-01")


def upper_bound(date):
    return date if len(date) == 10 else (date + "-12-31" if date else OPEN)


class Tenures:
    """Rows of (person, country, office) merged into tenures: rows whose periods overlap or
    touch become one row with the earliest start and latest end; separate terms stay apart."""

    def __init__(self):
        self.groups = collections.OrderedDict()

    def add(self, qid, name, iso, office, office_qid, start, end, source):
        key = (qid or name_key(name), iso, office_qid or office.lower())
        self.groups.setdefault(key, []).append(
            [qid, name, iso, office, office_qid, norm_date(start), norm_date(end), source])

    def rows(self):
        out = []
        for rows in self.groups.values():
            rows.sort(key=lambda r: lower_bound(r[5]))
            current = None
            for r in rows:
                if current and lower_bound(r[5]) <= upper_bound(current[6]):
                    if upper_bound(r[6]) > upper_bound(current[6]):
                        current[6] = r[6]
                    continue
                current = list(r)
                out.append(current)
        return out

    def qid_by_name(self):
        return {(name_key(rows[0][1]), rows[0][2]): rows[0][0]
                for rows in self.groups.values() if rows[0][0]}


def head_rows(seed, iso_known):
    """Heads of state/government from the Wikidata snapshots, with inferred ends.

    Wikidata often lacks the end of a term that just ended, so a row without an end that a later
    snapshot of the same country no longer contains is closed at the year of the first snapshot
    without it (Rishi Sunak: last seen 2024-03-16, gone on 2024-10-23, so end 2024). Countries are
    compared with their own last snapshot because the last snapshots are partial.
    """
    rows = read_csv(seed, "heads_of_state_government_wikidata.csv")
    seen = collections.defaultdict(set)
    for r in rows:
        seen[r["country_qid"]].update((r["first_seen"], r["last_seen"]))
    out = []
    for r in rows:
        # Some offices list holders back to the Middle Ages (Afghan emirs from 827); keep modern ones.
        modern = len(r["start_year"]) == 4 and r["start_year"] >= "1900"
        if r["iso2"] not in iso_known or not modern or re.fullmatch(r"Q\d+", r["person"]):
            continue
        end = r["end_year"]
        if not end:
            later = sorted(d for d in seen[r["country_qid"]] if d > r["last_seen"])
            if later:
                end = later[0][:4]
        out.append((r["person_qid"], r["person"], r["iso2"], r["position"], r["position_qid"],
                    r["start_year"], end))
    return out


def minister_rows(seed, iso_known):
    """Foreign ministers; the seed has no end dates, so a term ends when the next holder of the
    same office starts. One person's rows in one office collapse first (edited start dates)."""
    ministers = [r for r in read_csv(seed, "foreign_ministers_wikidata.csv") if r["iso2"] in iso_known]
    first_start = {}
    for r in ministers:
        k = (r["position_qid"], r["person_qid"])
        if k not in first_start or r["start"] < first_start[k]:
            first_start[k] = r["start"]
    by_office = collections.defaultdict(list)
    for (office, person), start in first_start.items():
        by_office[office].append((start, person))
    successor_start = {}
    for office, holders in by_office.items():
        holders.sort()
        for (start, person), nxt in zip(holders, holders[1:] + [None]):
            successor_start[(office, person)] = nxt[0] if nxt else ""
    return [(r["person_qid"], r["person"], r["iso2"], r["position"], r["position_qid"],
             first_start[(r["position_qid"], r["person_qid"])],
             successor_start[(r["position_qid"], r["person_qid"])]) for r in ministers]


# CountryInfo leaves the big powers' leaders of about 2010 "in office at file date"; these are
# the ends of those terms, checked by hand (day where certain, else the year).
CURATED_ENDS = {
    ("US", "Barack Obama"): "2017-01-20", ("US", "Joe Biden"): "2017-01-20",
    ("GB", "Gordon Brown"): "2010-05-11", ("GB", "Elizabeth Ii"): "2022-09-08",
    ("DE", "Angela Merkel"): "2021-12-08", ("DE", "Horst Kohler"): "2010",
    ("FR", "Nicolas Sarkozy"): "2012", ("FR", "Francois Fillon"): "2012",
    ("IT", "Silvio Berlusconi"): "2011-11-16", ("IT", "Giorgio Napolitano"): "2015",
    ("RU", "Dmitry Medvedev"): "2012-05-07", ("RU", "Vladimir Putin"): "2012",
    ("CN", "Hu Jintao"): "2013", ("CN", "Wen Jiabao"): "2013",
    ("IN", "Manmohan Singh"): "2014", ("IN", "Pratibha Patil"): "2012",
    ("BR", "Luiz Inacio Lula Da Silva"): "2011-01-01", ("AR", "Cristina Fernandez De Kirchner"): "2015",
    ("AU", "Kevin Rudd"): "2010", ("AU", "Michael Jeffery"): "2008", ("CA", "Stephen Harper"): "2015",
    ("CA", "Michaelle Jean"): "2010", ("MX", "Felipe Calderon"): "2012", ("ZA", "Jacob Zuma"): "2018",
    ("ID", "Susilo Bambang Yudhoyono"): "2014", ("IR", "Mahmoud Ahmadinejad"): "2013",
    ("SA", "Abdullah"): "2015", ("KR", "Lee Myung Bak"): "2013", ("TR", "Abdullah Gul"): "2014",
    ("TR", "Recep Tayyip Erdogan"): "2014", ("UA", "Viktor Yushchenko"): "2010",
    ("UA", "Yuliya Tymoshenko"): "2010",
}


def build_officeholders(seed, iso_known):
    """Tenures from Wikidata (2021-2024 heads, 2022-23 foreign ministers), then CountryInfo's
    historical leaders (to about 2011; open terms closed from CURATED_ENDS where listed)."""
    header = ["wikidata", "name", "iso2", "office", "office_wikidata", "start", "end", "source"]
    tenures = Tenures()
    for row in head_rows(seed, iso_known) + minister_rows(seed, iso_known):
        tenures.add(*row, "wikidata")
    qid_by_name = tenures.qid_by_name()
    unused = set(CURATED_ENDS)
    for r in read_csv(seed, "leaders_countryinfo.csv"):
        if r["iso2"] not in iso_known or not r["name"]:
            continue
        end = r["end"]
        if not end and r["note"] == "in office at file date":
            end = CURATED_ENDS.get((r["iso2"], r["name"]), "")
            unused.discard((r["iso2"], r["name"]))
        qid = qid_by_name.get((name_key(r["name"]), r["iso2"]), "")
        tenures.add(qid, r["name"], r["iso2"], office_title(r["role"]), "", r["start"], end,
                    "countryinfo")
    if unused:
        raise ValueError(f"CURATED_ENDS entries match no open CountryInfo term: {sorted(unused)}")
    rows = tenures.rows()
    rows.sort(key=lambda row: (row[2], row[3], lower_bound(row[5]), row[1]))
    return header, rows


# Titles news uses that the Phoenix dictionary lacks as bare nouns; sector empty = any sector.
EXTRA_ROLE_TITLES = {
    "spokesman": "", "spokeswoman": "", "spokesperson": "", "chairman": "", "chairwoman": "",
    "chair": "", "chief executive": "BUS", "chief executive officer": "BUS", "ceo": "BUS",
    "vice president": "GOV", "deputy prime minister": "GOV", "chancellor": "GOV",
    "defense secretary": "GOV", "defence secretary": "GOV", "commerce secretary": "GOV",
    "treasury secretary": "GOV", "national security adviser": "GOV", "envoy": "GOV",
    "special envoy": "GOV", "trade representative": "GOV", "press secretary": "GOV",
}


def build_role_titles(seed):
    """Generic role nouns from the Phoenix agents dictionary with their CAMEO sector code.

    Substitution sets (!MINIST! = MINISTER, MINISTRY...) are expanded to their singular
    members, and the stem "MINIST" at the end of a phrase to "minister" and "ministry".
    """
    header = ["title", "sector"]
    path = os.path.join(seed, "phoenix_agents.txt")
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = [line.split("#")[0].strip() for line in f]
    sets = {}
    for line in lines:
        m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line)
        if m:
            members = [w.strip() for w in m.group(2).split(",")]
            sets[m.group(1)] = [w for w in members if not w.endswith(("S", "MEN", "IES"))]
    seen = {}
    for line in lines:
        m = re.fullmatch(r"([A-Z_!'\-]+?)_?\s*(\{\})?\s*\[~([A-Z]{3})[A-Z]*\]", line)
        if not m:
            continue
        phrases = [m.group(1)]
        for name, members in sets.items():
            phrases = [p.replace(name, w) for p in phrases for w in (members if name in p else [""])]
        phrases = [q for p in phrases
                   for q in ([p[:-6] + "MINISTER", p[:-6] + "MINISTRY"] if p.endswith("MINIST") else [p])]
        for phrase in phrases:
            title = phrase.replace("_", " ").strip().lower()
            if len(title) >= 3 and not title.startswith("-") and title not in seen:
                seen[title] = m.group(3)
    for title, sector in EXTRA_ROLE_TITLES.items():
        seen.setdefault(title, sector)
    rows = sorted([t, s] for t, s in seen.items())
    return header, rows


def check_government_bodies(out_dir, iso_known):
    path = os.path.join(out_dir, "government_bodies.tsv")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line for line in f.read().split("\n") if line and not line.startswith("#")]
    header = lines[0].split("\t")
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            sys.exit(f"{path}: data line {n}: expected {len(header)} cells, found {len(cells)}")
        row = dict(zip(header, cells))
        if row["iso2"] and row["iso2"] not in iso_known:
            sys.exit(f"{path}: data line {n}: unknown country code {row['iso2']!r}")
        if row["wikidata"] and not re.fullmatch(r"Q\d+", row["wikidata"]):
            sys.exit(f"{path}: data line {n}: bad Wikidata id {row['wikidata']!r}")


def write_tsv(path, comment, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(f"# {comment}\n")
        f.write("# Generated by scripts/build-gazetteer.py from ../shared/gazetteer; do not edit. "
                "Sources and licences: SOURCES.md\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            cells = [str(c) for c in row]
            for c in cells:
                if "\t" in c or "\n" in c:
                    raise ValueError(f"{path}: cell contains a tab or newline: {c!r}")
            f.write("\t".join(cells) + "\n")


def build(seed, out_dir):
    countries = build_countries(seed)
    iso_known = {row[0] for row in countries[1]}
    write_tsv(os.path.join(out_dir, "countries.tsv"),
              "Countries (ISO 3166-1 + Kosovo): names, codes, Wikidata ids, capitals, demonyms, "
              "unambiguous English aliases. Contains data from mledoze/countries, ODbL 1.0.",
              *countries)
    write_tsv(os.path.join(out_dir, "organizations.tsv"),
              "International organisations with Wikidata ids, names and acronyms.",
              *build_organizations(seed))
    write_tsv(os.path.join(out_dir, "officeholders.tsv"),
              "Heads of state/government and foreign ministers, one row per person and office; "
              "dates are YYYY or YYYY-MM-DD as precise as the source.",
              *build_officeholders(seed, iso_known))
    write_tsv(os.path.join(out_dir, "role_titles.tsv"),
              "Generic role nouns with CAMEO sector codes (Phoenix agents dictionary).",
              *build_role_titles(seed))
    check_government_bodies(out_dir, iso_known)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("seed", nargs="?", default=DEFAULT_SEED, help="the shared gazetteer folder")
    parser.add_argument("--out", default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--check", action="store_true",
                        help="build into a temporary folder and compare with --out")
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.seed, "countries.csv")):
        sys.exit(f"{args.seed}: no countries.csv here; pass the shared gazetteer folder")
    if not args.check:
        os.makedirs(args.out, exist_ok=True)
        build(args.seed, args.out)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        body = os.path.join(args.out, "government_bodies.tsv")
        if os.path.exists(body):
            check_government_bodies(args.out, {row[0] for row in build_countries(args.seed)[1]})
        build(args.seed, tmp)
        stale = [n for n in GENERATED
                 if not os.path.exists(os.path.join(args.out, n))
                 or not filecmp.cmp(os.path.join(tmp, n), os.path.join(args.out, n), shallow=False)]
    if stale:
        print("out of date: " + ", ".join(stale) + " (run python3 scripts/build-gazetteer.py)",
              file=sys.stderr)
        return 1
    print("gazetteer files are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
