"""Fictional people, places and small helpers for make_dev.py."""
import random

GIRLS = ["Amira", "Bethan", "Chloe", "Darcey", "Eilidh", "Freya", "Gracie", "Hana", "Isla", "Jasmin",
         "Keira", "Lowri", "Maryam", "Nia", "Orla", "Poppy", "Rosa", "Safiya", "Tegan", "Una",
         "Violet", "Willow", "Yasmin", "Zara", "Aoife", "Bronwen", "Delilah", "Esi", "Fatima", "Ines"]
BOYS = ["Aarav", "Bilal", "Callum", "Dylan", "Emeka", "Finlay", "Gethin", "Harvey", "Ibrahim",
        "Jakub", "Kai", "Leon", "Mason", "Noah", "Oskar", "Patrick", "Reuben", "Sami", "Tomasz",
        "Usman", "Vinnie", "Wiktor", "Yusuf", "Zack", "Alfie", "Brody", "Ciaran", "Dev", "Elliot", "Jayden"]
THEY = ["Alex", "Charlie", "Jordan", "Riley", "Sky", "Robin"]
SCHOOLS = ["Fernhill Primary School", "Brookmere Academy", "St Cuthbert's C of E Primary",
           "Oakridge High School", "Wyvern Park Community College", "Linthorpe Junior School",
           "Hazelbank Special School", "Marston Vale Primary", "Ridgeway Free School",
           "Kestrel House School", "Thornbury Green Academy", "Millfield Infant School"]
COLLEGES = ["Eastvale College", "Northmoor Sixth Form College", "Harbourside College of Further Education"]
COUNCILS = ["Wexcombe Council", "Northshire County Council", "Eastmere Borough Council",
            "Castleford Vale Council", "Riverford City Council", "Southdown Unitary Authority"]
SURNAMES = ["Achebe", "Blake", "Chowdhury", "Doyle", "Evans", "Fenwick", "Gallagher", "Hussain",
            "Iqbal", "Jankowski", "Kerr", "Lindqvist", "Mbeki", "Nowak", "O'Hara", "Pereira",
            "Quinn", "Rahman", "Sutherland", "Tiwari", "Umeh", "Vasquez", "Whitlow", "Yeung"]

PRON = {
    "f": dict(he="she", his="her", him="her", himself="herself", He="She", His="Her", hes="she's", is_="is"),
    "m": dict(he="he", his="his", him="him", himself="himself", He="He", His="His", hes="he's", is_="is"),
    "g": dict(he="they", his="their", him="them", himself="themselves", He="They", His="Their", hes="they're", is_="is"),
    "t": dict(he="they", his="their", him="them", himself="themselves", He="They", His="Their", hes="they're", is_="are"),
}


def person(rng):
    r = rng.random()
    if r < 0.47:
        return rng.choice(GIRLS), "f"
    if r < 0.94:
        return rng.choice(BOYS), "m"
    return rng.choice(THEY), "t"


def fill(text, rng, name=None, gender=None):
    """Fills {N} {he} {his} {him} {He} {His} {school} {college} {council} {adult} {year} slots."""
    if name is None:
        name, gender = person(rng)
    p = PRON[gender]
    # verbs after {he}: written as {he} {s:runs|run} for agreement
    out = text
    while "{s:" in out:
        i = out.index("{s:")
        j = out.index("}", i)
        sing, plur = out[i + 3:j].split("|")
        out = out[:i] + (plur if gender in ("t", "g") else sing) + out[j + 1:]
    subs = {
        "{N}": name, "{he}": p["he"], "{his}": p["his"], "{him}": p["him"], "{himself}": p["himself"],
        "{He}": p["He"], "{His}": p["His"], "{school}": rng.choice(SCHOOLS),
        "{college}": rng.choice(COLLEGES), "{council}": rng.choice(COUNCILS),
        "{sur}": rng.choice(SURNAMES), "{sur2}": rng.choice(SURNAMES),
        "{year}": "Year %d" % rng.randint(1, 11), "{kyear}": "Key Stage %d" % rng.randint(1, 4),
        "{date}": "%d %s 202%d" % (rng.randint(1, 28), rng.choice(
            ["January", "February", "March", "April", "May", "June", "July", "September",
             "October", "November", "December"]), rng.randint(3, 5)),
        "{sdigits}": "%03d" % rng.randint(0, 999),
        "{sdate}": "%02d/%02d/2%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(3, 5)),
    }
    for k, v in subs.items():
        out = out.replace(k, v)
    return out
