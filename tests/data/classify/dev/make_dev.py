#!/usr/bin/env python3
"""Writes ../dev.tsv, the development corpus for the statement classifier (README.md there).

Deterministic: the same files give the same corpus. Run: python3 tests/data/classify/dev/make_dev.py
Statements are hand-written (pools*.py, outcomes.py); this script fills in fictional names,
pronouns, dates and schools, composes outcome-bank outcomes from hand-written parts, varies
list formatting, and assigns headings and the train/test split (by hand-written item, so that two
variants of one item never sit on both sides of the split).
"""
import os
import random
import re
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import fill, person  # noqa: E402
import outcomes  # noqa: E402
import pools1  # noqa: E402
import pools2  # noqa: E402
import pools3  # noqa: E402
import pools4  # noqa: E402
import pools5  # noqa: E402

FLAG = {"v": "vague-wording", "u": "unquantified-provision", "rc": "resource-caveat",
        "nt": "outcome-no-timescale", "nm": "outcome-not-measurable", "op": "outcome-is-provision",
        "pof": "provision-outside-f", "rv": "report-voice", "pl": "placement-in-draft",
        "j": "jargon"}

AREA_HEAD = {"ci": ["Communication and interaction", "Communication and Interaction", "Speech, language and communication"],
             "cl": ["Cognition and learning", "Cognition and Learning", "Learning"],
             "semh": ["Social, emotional and mental health", "SEMH", "Social, Emotional and Mental Health"],
             "sp": ["Sensory and/or physical", "Physical and sensory", "Sensory and physical needs"],
             "pfa": ["Preparing for adulthood", "Independence and preparing for adulthood", "Preparation for adulthood"]}

HEAD = {
    "A": ["Section A: Views, interests and aspirations", "All about me", "My views", "Parent/carer views",
          "What is important to me", "What people like and admire about me", "One-page profile",
          "Family views", "About me", "The child's views", "My hopes for the future"],
    "B": ["Section B: Special educational needs", "Special educational needs", "Strengths and needs",
          "Current attainment", "Summary of needs", "Observations", "Progress since last review",
          "Needs"],
    "C": ["Section C: Health needs", "Health needs", "Medical history", "Diagnosis", "Health"],
    "D": ["Section D: Social care needs", "Social care needs", "Family circumstances",
          "Social care assessment"],
    "E": ["Section E: Outcomes", "Outcomes", "Desired outcomes", "Long-term outcome",
          "Short-term targets", "What we want to achieve", "Targets", "Outcomes (by the end of the key stage)"],
    "F": ["Section F: Special educational provision", "Provision", "Recommendations", "Strategies",
          "Support needed", "What support will help", "Provision to meet needs", "Recommended provision"],
    "G": ["Section G: Health provision", "Health provision", "Health recommendations", "Health care plan"],
    "H1": ["Section H1: Social care provision (CSDPA)", "Social care provision", "Short breaks"],
    "H2": ["Section H2: Other social care provision", "Social care provision", "Other social care provision"],
    "I": ["Section I: Placement", "Placement", "Recommended placement", "Name of school"],
    "J": ["Section J: Personal budget", "Personal budget", "Direct payments"],
    "K": ["Section K: Advice and information", "List of advice", "Advice received", "Appendices"],
    "-": ["Assessment results", "Background", "Reason for referral", "Sources of information",
          "Guidance notes", "Contact details", "Data protection", "Review meeting", "Tests used"],
}

ACRONYMS = r"\b(ASD|ADHD|CAMHS|SaLT|SALT|SLT|OT|EP|TA|HLTA|LSA|ELSA|SENCO|SENDCo|SEND|SpLD|EYFS|ARE|DLD|PECS|AAC|CIN|CLA|HI|VI|CBT|WISC-V|CELF-5|GP)\b"
PLACE = r"(Primary School|Academy|College|Infant School|Junior School|High School|Free School|House School|Special School|C of E Primary|Primary\b|special school|specialist school|specialist setting|mainstream)"


def parse(block):
    out = []
    for line in block.strip().splitlines():
        head, text = line.split(" | ", 1)
        sec, area, flags = head.split()
        out.append((sec, area, [] if flags == "-" else flags.split(","), text.strip()))
    return out


def key_split(key):
    return "test" if zlib.crc32(key.encode()) % 4 == 0 else "train"


def finish_flags(sec, flags, text):
    names = {FLAG[f] for f in flags}
    if sec in ("-", "K"):
        return set()
    if re.search(ACRONYMS, text):
        names.add("jargon")
    if re.search(PLACE, text):
        names.add("placement-in-draft")
    return names


def list_format(text, rng):
    """The ways a list item reaches us: bullet, no full stop, lower-case start, a semicolon."""
    r = rng.random()
    t = text.rstrip(".")
    if r < 0.25:
        return "• " + t
    if r < 0.4:
        return "- " + t[0].lower() + t[1:] if not t[:2].isupper() else "- " + t
    if r < 0.5:
        return t + ";"
    if r < 0.6:
        return t + "."
    return t


def heading(sec, area, rng, style):
    if style == "child" and rng.random() < 0.7:
        return rng.choice(["All about me", "My views", "What I like", "What is important to me",
                           "The child's views", "Pupil voice", "Things I am good at"])
    if style == "parent" and rng.random() < 0.7:
        return rng.choice(["Parent/carer views", "Parents' views", "Family views", "Parental advice",
                           "What is important to the family", "Letter from parents"])
    if area in AREA_HEAD and sec in ("B", "E", "F") and rng.random() < 0.35:
        a = rng.choice(AREA_HEAD[area])
        if sec == "E":
            return rng.choice([a + " - outcomes", "Outcomes: " + a, a + " > Outcomes"])
        if sec == "F":
            return rng.choice([a + " - provision", "Provision: " + a, a + " > Provision"])
        return a
    return rng.choice(HEAD[sec])


def main():
    rng = random.Random(20250615)
    rows = []  # (split, sec, area, flags, context, text, style)

    def add(key, sec, area, flags, text, style, variants, fmt=False):
        split = key_split(key)
        for _ in range(variants):
            t = fill(text, rng)
            if fmt:
                t = list_format(t, rng)
            ctx = heading(sec, area, rng, style) if rng.random() < 0.55 else ""
            rows.append((split, sec, area if sec not in ("I", "J", "K", "-") else "-",
                         finish_flags(sec, flags, t), ctx, t, style))

    for sec, area, flags, text in parse(pools1.FRAGMENT):
        style = {"H1": "social-care", "H2": "social-care", "G": "fragment"}.get(sec, "fragment")
        add("frag:" + text, sec, area, flags, text, style, 3 if "{" in text else 2, fmt=True)
    for sec, area, flags, text in parse(pools1.CHILD):
        add("child:" + text, sec, area, flags, text, "child", 3 if "{" in text else 2, fmt=True)
    for sec, area, flags, text in parse(pools1.PARENT):
        add("parent:" + text, sec, area, flags, text, "parent", 3, fmt=rng.random() < 0.3)
    for sec, area, flags, text in parse(pools2.REPORT):
        style = "health" if sec in ("C", "G") else "report-prose"
        add("report:" + text, sec, area, flags, text, style, 4)
    for sec, area, flags, text in parse(pools2.HEALTH_SOCIAL):
        style = "social-care" if sec in ("D", "H1", "H2", "J") else "placement"
        add("social:" + text, sec, area, flags, text, style, 4)
    for sec, area, flags, text in parse(pools4.MORE):
        style = {"C": "health", "G": "health", "D": "social-care", "H1": "social-care",
                 "H2": "social-care", "J": "social-care", "I": "placement", "A": "parent"}.get(sec, "report-prose")
        if sec in ("B", "F") and len(text) < 60:
            style = "fragment"
        add("more:" + text, sec, area, flags, text, style, 3 if "{" in text else 2, fmt=style == "fragment")
    for sec, area, flags, text in parse(pools5.MORE2):
        style = {"C": "health", "G": "health", "D": "social-care", "H1": "social-care",
                 "H2": "social-care", "J": "social-care", "A": "parent"}.get(sec, "report-prose")
        if sec == "A" and ":" in text:
            style = "child"
        if sec in ("B", "F") and len(text) < 60:
            style = "fragment"
        add("more2:" + text, sec, area, flags, text, style, 3 if "{" in text else 2,
            fmt=style in ("fragment", "child"))
    for sec, area, flags, text in parse(pools3.REVIEW):
        add("review:" + text, sec, area, flags, text, "annual-review", 3)
    for sec, area, flags, text in parse(pools3.KLIST):
        add("k:" + text, sec, area, flags, text, "k-list" if sec == "K" else "form", 3 if "{" in text else 1)
    for sec, area, flags, text in parse(pools3.FORM):
        add("form:" + text, sec, area, flags, text, "form", 2 if "{" in text else 1)
    for sec, area, flags, text in parse(pools3.PFA):
        add("pfa:" + text, sec, area, flags, text, "pfa", 3)

    # Outcome banks: each hand-written verb phrase in several of the forms councils use.
    for i, (area, measurable, vp) in enumerate(outcomes.VP + pools5.VP_MORE):
        style = "pfa" if area == "pfa" else "outcome-bank"
        split = key_split("vp:%d" % i)
        for _ in range(5):
            generic = rng.random() < 0.55
            if generic:
                name, gender = rng.choice(outcomes.SUBJECTS_GENERIC), "g"
                if rng.random() < 0.3:
                    name = rng.choice(["The pupil", "Pupil", "[Name]"])
            else:
                name, gender = person(rng)
            form = rng.random()
            base = form >= 0.4
            body = re.sub(r"\{v2?:([^|}]*)\|([^}]*)\}",
                          lambda m: m.group(2) if base or gender == "t" else m.group(1), vp)
            times = outcomes.PFA_TIMES + outcomes.TIMES[:4] if area == "pfa" else outcomes.TIMES
            t_anchor = rng.choice(times) if rng.random() < 0.5 else ""
            cond = ""
            if rng.random() < 0.45:
                cond = rng.choice(outcomes.CONDS if rng.random() < 0.8 else outcomes.VAGUE_CONDS)
            tail = " ".join(x for x in (cond, t_anchor) if x)
            if form < 0.4:
                text = "%s %s" % (name, body)
                if tail:
                    text += " " + tail
            elif form < 0.62:
                text = "%s will %s" % (name, body) + (" " + tail if tail else "")
            elif form < 0.72:
                text = "%s will be able to %s" % (name, body) + (" " + tail if tail else "")
            elif form < 0.87 and t_anchor:
                lead = t_anchor[0].upper() + t_anchor[1:]
                text = "%s, %s will %s" % (lead, name, body) + (" " + cond if cond else "")
            else:
                text = "To %s" % body + (" " + tail if tail else "")
                if rng.random() < 0.5:
                    text = "To be able to %s" % body + (" " + tail if tail else "")
            text = fill(text, rng, name, gender)
            if rng.random() < 0.6:
                text += "."
            flags = []
            if not t_anchor:
                flags.append("nt")
            if not measurable:
                flags.append("nm")
            ctx = heading("E", area, rng, style) if rng.random() < 0.5 else ""
            rows.append((split, "E", area, finish_flags("E", flags, text), ctx, text, style))

    seen = set()
    out = []
    for r in rows:
        if r[5] in seen:
            continue
        seen.add(r[5])
        out.append(r)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# dev.tsv - development corpus for the statement classifier, written by "
                "tests/data/classify/dev/make_dev.py (README.md). Fictional.\n")
        f.write("# split\tsection\tarea\tflags\tcontext\ttext\tstyle\n")
        for split, sec, area, flags, ctx, text, style in out:
            f.write("\t".join([split, sec, area, ",".join(sorted(flags)) or "-", ctx, text, style]) + "\n")
    print("wrote %d rows to %s" % (len(out), os.path.normpath(path)))


if __name__ == "__main__":
    main()
