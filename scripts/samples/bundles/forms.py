"""Northfold County Council's blank EHC needs assessment advice forms (fictional), written for
these samples. Each form is a function (doc, fill) -> None; with an empty Fill it is the blank
form a council would register, with a case's Fill it is that case's filled advice.

The guidance's example child is "Sam" on every form (made up by the council, never a case).
"""

from fodt import P, Doc

AREAS = [
    ("ci", "Communication and interaction"),
    ("cl", "Cognition and learning"),
    ("semh", "Social, emotional and mental health"),
    ("sp", "Sensory and/or physical"),
]

COPYRIGHT = ("\u00a9 Northfold County Council 2025. The design and wording of this form belong to Northfold "
             "County Council SEND Assessment and Review Service; it may be copied only to give advice for an "
             "Education, Health and Care needs assessment in Northfold. {code} v{ver}, issued April 2025.")


class Fill:
    def __init__(self, d=None, ref=None):
        self.d = d or {}
        self.ref = ref

    def __call__(self, key):
        v = self.d.get(key, [])
        return list(v) if isinstance(v, (list, tuple)) else [v]

    def one(self, key):
        v = self.d.get(key)
        if isinstance(v, (list, tuple)):
            return v[0] if v else None
        return v


def new_doc(file, fill, code, ver, title, service):
    ref = fill.ref or "\u2026\u2026\u2026\u2026\u2026\u2026"
    d = Doc(file, title, [f"Northfold County Council \u00b7 {service} \u00b7 {code}",
                          f"OFFICIAL-SENSITIVE \u00b7 Ref: {ref}"],
            ["Northfold County Council, County Hall, Wyre Street, Kelderby NF1 9ZZ \u00b7 www.northfold.gov.uk/send"])
    d.notice(COPYRIGHT.format(code=code, ver=ver))
    d.h1_break = code != "Form EHC-EP"
    return d


def personal_details(d, f, rows):
    pairs = []
    for label, key in rows:
        v = f(key)
        kind = "answer" if key in YESNO_KEYS else "personal"
        pairs.append((label, [P(x, kind) if isinstance(x, str) else x for x in v]))
    d.grid(pairs, (38, 62), value_kind="personal")


YESNO_KEYS = {"pd.looked_after", "pd.cin", "pd.interpreter", "pd.sen_support"}

CHILD_ROWS = [
    ("Child or young person's full name", "pd.name"),
    ("Preferred name", "pd.preferred"),
    ("Date of birth", "pd.dob"),
    ("Gender", "pd.gender"),
    ("Home address", "pd.address"),
    ("NHS number", "pd.nhs"),
    ("Unique pupil number (UPN)", "pd.upn"),
    ("Current school or setting", "pd.setting"),
    ("National curriculum year group", "pd.year"),
    ("Attendance this academic year (%)", "pd.attendance"),
    ("Primary area of need", "pd.need"),
    ("Diagnosis (if any)", "pd.diagnosis"),
    ("Is the child looked after by a local authority?", "pd.looked_after"),
    ("Home language(s)", "pd.language"),
]

FAMILY_HEAD = ["Title", "Forename", "Surname", "Relationship to child", "Address", "Postcode",
               "Home phone", "Mobile", "E-mail", "Interpreter required?"]


def family_table(d, f, blank_rows=4):
    rows = [[P(h, "prompt") for h in FAMILY_HEAD]]
    fam = f("family")
    for r in fam:
        rows.append([P(c, "answer" if i == 9 else "contact") if c else None for i, c in enumerate(r)])
    for _ in range(max(0, blank_rows - len(fam))):
        rows.append([None] * 10)
    d.table(rows, [4, 9, 9, 11, 12, 8, 9, 9, 20, 9], head=1, small=True, tall_empty=False)


def yes_no(d, f, qs):
    """qs: (question, key, follow-up label or None, follow-up key)."""
    pairs = []
    for q, key, fu, fkey in qs:
        pairs.append((q + " Yes / No", f(key)))
        if fu:
            pairs.append((fu, [P(x, "contact") if isinstance(x, str) else x for x in f(fkey)]))
    d.grid(pairs, (55, 45))


def ticks(d, f, key, options, kind="answer", sec="", area=""):
    chosen = set(f(key))
    items = []
    for o in options:
        if o in chosen:
            items.append(P("\u2612 " + o, kind, sec, area))
        else:
            items.append(P("\u2610 " + o, "prompt"))
    d.table([[items[i::2] if i < len(items) else None for i in range(2)]], [50, 50], tall_empty=False)


def signature(d, f, key, role_label="Role"):
    v = f.one(key) or {}
    def s(k):
        return [P(v[k], "signature")] if v.get(k) else None
    d.grid([("Signed", s("signed")), ("Name", s("name")), (role_label, s("role")),
            ("Organisation and address", s("org")), ("Telephone", s("phone")), ("E-mail", s("email")),
            ("Date", s("date"))], (30, 70))


def outcome_guidance(d):
    d.guide("Outcomes describe the difference support should make for the child or young person, not the "
            "support itself. Please make each outcome specific, measurable and time-bound, and write it "
            "about the child, not about a service.")
    d.example("For example: By the end of Year 6, Sam will be able to ask an adult for help in 4 out of 5 "
              "lessons without being prompted.")
    d.guide("Avoid outcomes such as \u201cSam will be happy\u201d or \u201cSam will receive speech and language "
            "therapy\u201d: the first cannot be measured and the second is provision.")


def provision_table(d, f, key, sec, area, blank_rows=3):
    rows = [[P(h, "prompt") for h in ["Provision (what)", "Delivered by (who)", "How often and how long", "Group size"]]]
    prov = f(key)
    for r in prov:
        rows.append([P(c, "content", sec, area) if isinstance(c, str) else c.resolved("content", sec, area) for c in r])
    for _ in range(max(0, blank_rows - len(prov))):
        rows.append([None] * 4)
    d.table(rows, [40, 22, 23, 15], head=1, tall_empty=False)


# =============================================================================================
# 1. Parent and carer views
# =============================================================================================
def parent_views(file, f):
    d = new_doc(file, f, "Form EHC-PV", "4.1", "Parent and carer views", "SEND Assessment and Review Service")
    d.title("Education, Health and Care needs assessment",
            "Part 1: Parent and carer views \u2014 Section A: about me and my family")
    d.guide("This form is your chance to tell us about your child and your family in your own words. There are "
            "no right or wrong answers. Please write as much or as little as you wish; the boxes will grow as you "
            "type, and you may attach extra pages, letters or reports.")
    d.guide("What you write here will be used to write Section A of your child's plan if one is made, so please "
            "tell us what matters to you and to your child, as well as what is difficult.")
    d.guide("If you would like help to complete this form, Northfold SENDIASS (the free and impartial information, "
            "advice and support service) can help you by telephone or in person.")
    d.heading("1. About your child")
    personal_details(d, f, CHILD_ROWS[:5] + CHILD_ROWS[7:9] + [CHILD_ROWS[11], CHILD_ROWS[13]])
    d.heading("2. Family and people who are important to your child")
    d.guide("Please list everyone with parental responsibility first, then other adults and children in the "
            "household. Tell us if you need an interpreter or information in another format.")
    family_table(d, f)
    yes_no(d, f, [
        ("Does your child have a social worker?", "yn.social_worker", "If yes, name and contact details:", "yn.social_worker_who"),
        ("Does your family receive support from Early Help or a family support worker?", "yn.early_help", "If yes, who?", "yn.early_help_who"),
        ("Has your child ever been looked after by a local authority?", "yn.looked_after", None, None),
        ("Do you need an interpreter or information in another format for meetings?", "yn.interpreter", "If yes, which language or format?", "yn.interpreter_what"),
    ])
    d.heading("3. About my child")
    d.box("What do people like and admire about your child? (1,000 characters max)", f("like"), sec="A",
          guidance=["Think about their personality, their strengths and the things they are proud of."])
    d.box("What does your child enjoy doing at home and in the community? (1,000 characters max)", f("enjoy"), sec="A")
    d.box("How does your child communicate? How do they let you know what they want or how they feel? (1,500 characters max)",
          f("communicate"), sec="A", area="ci")
    d.heading("4. My child's story so far")
    d.guide("Please tell us about your child's history: for example, their birth and early development, when you "
            "first had concerns, any diagnoses and when they were made, changes of school or home, and important "
            "events for the family. You may continue on extra pages.")
    d.guide("Avoid repeating what is already in professionals' reports; tell us how things have been for you and "
            "for your child.")
    d.box("Your child's story (no limit; continue on extra pages if you need to)", f("story.box"), kind="background", sec="A")
    for blk in f("story"):
        blk(d)
    d.heading("5. What is going well and what is difficult")
    d.guide("Please answer for each area. If an area does not apply to your child, write \u201cnot applicable\u201d. "
            "Each difficulty you describe here will be considered when outcomes and support are agreed.")
    for code, name in AREAS + [("pfa", "Independence, self-care and getting ready for adult life")]:
        d.heading(name, 2)
        d.box(f"{name}: what is going well? (1,000 characters max)", f(f"{code}.well"), sec="A", area=code)
        d.box(f"{name}: what does your child find difficult? (2,000 characters max)", f(f"{code}.hard"), sec="B", area=code)
        # the parents' view of what helps: section A ("how best to support me"), evidence for F
        d.box(f"{name}: what helps, at home or at school? (1,000 characters max)", f(f"{code}.helps"), sec="A", area=code)
    d.heading("6. Health and care")
    d.box("Tell us about your child's health, sleep, eating, medication and any hospital or clinic appointments (2,000 characters max)",
          f("health"), sec="C")
    d.box("Tell us about family life and any help you get or need at home (2,000 characters max)", f("home"), sec="D")
    d.heading("7. Hopes for the future")
    d.guide("Please tell us what you and your child hope for, now and when they are older: for example friendships, "
            "learning, hobbies, getting about, work and where they might live.")
    d.example("For example: \u201cWe would like Sam to be able to walk to the corner shop on his own and pay for "
              "something by the time he is 14.\u201d")
    d.box("Hopes for the next year", f("hopes.short"), sec="A")
    d.box("Hopes for the longer term and for adult life", f("hopes.long"), sec="A", area="pfa")
    d.box("What would you like the plan to help your child achieve? (1,500 characters max)", f("hopes.outcomes"), sec="E")
    d.heading("8. Anything else")
    d.box("Is there anything else you would like us to know?", f("else"), sec="A")
    d.grid([("Have you attached extra pages, letters or reports? Yes / No", f("attached")),
            ("If yes, please list them:", f("attached.list"))], (55, 45))
    d.heading("9. Consent and signature")
    d.guide("Please tick to show you agree. You may withdraw your consent at any time by contacting the SEND "
            "Assessment and Review Service.")
    ticks(d, f, "consent", [
        "I agree that this form may be shared with the professionals asked to give advice",
        "I agree that my child's school may see this form",
        "I would like a copy of this form sent to me",
        "I would like to be contacted by Northfold SENDIASS",
    ])
    signature(d, f, "sign", "Relationship to child")
    privacy_notice(d)
    for blk in f("appendix"):
        blk(d)
    return d


def privacy_notice(d):
    d.pagebreak()
    d.heading("How we use your information (privacy notice)")
    for t in [
        "Northfold County Council is the data controller for the information on this form. We collect it to carry out an "
        "Education, Health and Care needs assessment under Part 3 of the Children and Families Act 2014.",
        "We will share it only with the people who need it for the assessment and any plan: your child's school or "
        "setting, the educational psychology service, health professionals, social care and, if a plan is made, any "
        "school we consult about a place.",
        "We keep EHC assessment records until the young person is 31 years old, or for six years after the last "
        "action if no plan is made, and then destroy them securely.",
        "You have the right to see the information we hold about you and your child, to ask us to correct it, and to "
        "complain to the Information Commissioner's Office if you are unhappy with how we use it.",
        "To ask for a copy of your information, write to the Data Protection Officer, Northfold County Council, County "
        "Hall, Wyre Street, Kelderby NF1 9ZZ, or use the online form at www.northfold.gov.uk/dataprotection.",
    ]:
        d.leaflet(t)


# =============================================================================================
# 2. Child or young person's views
# =============================================================================================
def child_views(file, f):
    d = new_doc(file, f, "Form EHC-CV", "3.0", "All about me", "SEND Assessment and Review Service")
    d.title("All about me", "My views for my Education, Health and Care needs assessment")
    d.guide("For the adult helping: please help the child or young person to give their views in the way that "
            "suits them best. You may write down their words, use symbols, drawings or photographs, or use a "
            "talking mat. Write their words exactly, even if they are short.")
    d.guide("Avoid putting your own views in this form; there is space for them on the other forms. If the child "
            "chooses not to answer a question, write \u201cdid not want to answer\u201d.")
    d.example("For example: \u201cI like Lego and my cat Pebbles. I don't like it when the hand dryers are loud.\u201d "
              "(Sam, age 8)")
    d.grid([("My name is", f("name")), ("I like to be called", f("called")), ("My age", f("age")),
            ("My school", f("school"))], (35, 65), value_kind="personal")
    qs = [
        ("What do you enjoy? What are you good at?", "enjoy", "A", ""),
        ("What do other people like about you?", "like", "A", ""),
        ("Who is important to you? Who are your friends?", "people", "A", ""),
        ("What is going well at school?", "well", "A", ""),
        ("What is hard for you at school?", "hard", "A", ""),
        ("What makes you worried or upset? What happens then?", "worry", "A", "semh"),
        ("What helps you when things are hard?", "helps", "A", ""),
        ("What would you like to get better at this year?", "better", "A", ""),
        ("What do you want to do when you are older?", "future", "A", "pfa"),
    ]
    for i, (q, k, sec, area) in enumerate(qs):
        if i and i % 3 == 0:
            d.pagebreak()
        d.box(q, f(k), sec=sec, area=area)
    for blk in f("extra"):
        blk(d)
    d.heading("My meeting")
    d.guide("Please tick how the child or young person would like to take part in meetings about their plan.")
    ticks(d, f, "meeting", ["Come to the whole meeting", "Come to part of the meeting", "Send my views with an adult",
                            "Write or draw something", "Have a video call", "I do not want to take part"])
    d.grid([("Who helped you fill in this form?", [P(x, "contact") for x in f("helper")]),
            ("How were the views gathered?", [P(x, "background", "A") for x in f("how")]),
            ("Date", [P(x, "answer") for x in f("date")])], (35, 65))
    return d


# =============================================================================================
# 3. Education advice (school or setting)
# =============================================================================================
def education(file, f):
    d = new_doc(file, f, "Form EHC-ED", "5.2", "Advice from the school or setting", "SEND Assessment and Review Service")
    d.title("Education, Health and Care needs assessment",
            "Part 2: Educational advice from the school or setting")
    d.guide("This advice is requested under Regulation 6(1)(b) of the Special Educational Needs and Disability "
            "Regulations 2014 and must be returned within six weeks of the request. It should normally be "
            "completed by the SENCo with the class teacher or form tutor.")
    d.guide("Please write in plain English and explain any abbreviation the first time you use it. Describe what "
            "the pupil can and cannot do, not only the diagnosis. Provision must be specific: say what it is, who "
            "delivers it, how often and for how long.")
    d.heading("1. Pupil details")
    personal_details(d, f, CHILD_ROWS)
    d.grid([("Date the pupil joined this school", f("pd.joined")),
            ("SEN support since", f("pd.sen_since")),
            ("Number of suspensions this year", f("pd.suspensions")),
            ("Part-time timetable in place? Yes / No", f("pd.parttime"))], (55, 45))
    d.heading("2. Family, safeguarding and other agencies")
    family_table(d, f, 3)
    yes_no(d, f, [
        ("Is a social worker involved?", "yn.social_worker", "If yes, name of social worker and team:", "yn.social_worker_who"),
        ("Is the pupil known to Early Help?", "yn.early_help", "If yes, name of lead professional:", "yn.early_help_who"),
        ("Is the pupil open to CAMHS (Child and Adolescent Mental Health Services)?", "yn.camhs", "If yes, name of clinician:", "yn.camhs_who"),
    ])
    d.heading("3. Current attainment")
    d.guide("Please give the most recent teacher assessment. Standardised scores may be added with the name and "
            "date of the test.")
    rows = [[P(h, "prompt") for h in ["Subject", "Working at (year group or stage)", "Expected for age?", "Date assessed"]]]
    att = f("attainment")
    for r in att:
        rows.append([P(r[0], "prompt")] + [P(c, "background", "B", "cl") for c in r[1:]])
    for subj in ([] if att else ["Reading", "Writing", "Mathematics", "Science"]):
        rows.append([P(subj, "prompt"), None, None, None])
    d.table(rows, [25, 35, 20, 20], head=1, tall_empty=False)
    d.heading("4. Strengths and interests")
    d.box("What are the pupil's strengths? What do they enjoy and do well at school? (1,500 characters max)",
          f("strengths"), sec="A")
    d.heading("5. Needs, outcomes and provision by area")
    d.guide("Please complete one block for each area in which the pupil has needs. Each need you describe here "
            "should have an outcome and provision in the same block (see step 6 for the review of the "
            "graduated approach). Leave an area blank if the pupil has no needs in it.")
    for code, name in AREAS:
        d.heading(name, 2)
        d.box(f"{name}: description of need (2,000 characters max)", f(f"{code}.need"), sec="B", area=code,
              guidance=["Describe what the pupil finds difficult and how this affects learning, with examples."])
        d.box("Long-term outcome (end of key stage)", f(f"{code}.long"), sec="E", area=code)
        d.box("Medium-term outcome (next 12 months)", f(f"{code}.medium"), sec="E", area=code)
        d.box("Short-term targets (this term)", f(f"{code}.short"), sec="E", area=code)
        d.para(P("Strategies and provision currently in place", "prompt"), style="Prompt")
        provision_table(d, f, f"{code}.prov", "F", code)
        if code == "ci":
            outcome_guidance(d)
    d.heading("6. The graduated approach: assess, plan, do, review")
    d.guide("Please summarise at least two cycles of SEN support with dates, what was tried and what difference "
            "it made.")
    rows = [[P(h, "prompt") for h in ["Dates", "What was put in place", "What difference it made"]]]
    for r in f("cycles"):
        rows.append([P(r[0], "background", "B")] + [P(c, "background", "F" if i == 0 else "B") for i, c in enumerate(r[1:])])
    if not f("cycles"):
        rows += [[None] * 3] * 2
    d.table(rows, [18, 42, 40], head=1, tall_empty=False, split=True)
    d.heading("7. Views of the pupil and family known to the school")
    d.box("What has the pupil told you about school? What have the parents or carers told you? (1,500 characters max)",
          f("views"), sec="A")
    d.heading("8. Anything else")
    d.box("Other information the school wishes to add", f("else"), sec="B")
    for blk in f("else.extra"):
        blk(d)
    d.heading("9. Signature")
    signature(d, f, "sign")
    return d


# =============================================================================================
# 4. Educational psychology advice (report template)
# =============================================================================================
def ep(file, f):
    d = new_doc(file, f, "Form EHC-EP", "2.4", "Educational psychology advice", "Educational Psychology Service")
    d.title("Northfold Educational Psychology Service",
            "Psychological advice for an Education, Health and Care needs assessment")
    d.heading("About this advice")
    for t in [
        "This advice is given under Regulation 6(1)(d) of the Special Educational Needs and Disability Regulations "
        "2014, which requires the local authority to seek psychological advice from an educational psychologist as "
        "part of an Education, Health and Care needs assessment.",
        "The advice describes the child or young person's special educational needs, the outcomes sought for them "
        "and the provision that may be required to meet those needs. It is based on the information available at "
        "the time of writing.",
        "Consent and sharing: this advice was written with the consent of those with parental responsibility. It "
        "will be shared with the parents or carers, the local authority and, with their agreement, the school and "
        "other professionals involved. It should not be shared more widely without the consent of the family.",
    ]:
        d.notice(t, "furniture")
    d.heading("Child's details")
    personal_details(d, f, CHILD_ROWS[:3] + CHILD_ROWS[7:9])
    d.grid([("Date(s) of involvement", f("dates")), ("Educational psychologist", [P(x, "contact") for x in f("ep")])], (38, 62))
    d.heading("Sources of information")
    d.guide("List every source used: meetings, observations, records and reports, with dates.")
    d.items(f("sources"), "background", "K")
    d.heading("1. Reason for involvement")
    d.paras(f("reason"), "background", "B")
    d.heading("2. Background information")
    d.guide("Summarise relevant history only; do not repeat the reports listed above.")
    d.paras(f("background"), "background", "B")
    d.heading("3. How I gathered information")
    d.paras(f("method"), "background", "B")
    for blk in f("method.extra"):
        blk(d)
    d.heading("4. What I found")
    d.guide("Describe strengths and needs for each area; say where each finding comes from.")
    for code, name in AREAS:
        d.heading(name, 2)
        for x in f(f"{code}.found"):
            if callable(x):
                x(d)
            else:
                d.para(x, "content", "B", code)
    d.heading("5. Summary of special educational needs")
    d.paras(f("summary"), "content", "B")
    d.heading("6. Outcomes")
    outcome_guidance(d)
    rows = [[P(h, "prompt") for h in ["Area of need", "Longer-term outcome (end of key stage)", "Steps towards it (next 12 months)"]]]
    for code, name in AREAS:
        o = (f(f"{code}.outcomes") + [None, None])[:2]
        rows.append([P(name, "prompt")] + [None if x is None else (P(x, "content", "E", code) if isinstance(x, str) else x.resolved("content", "E", code)) for x in o])
    d.table(rows, [24, 38, 38], head=1, tall_empty=False, split=True)
    d.heading("7. Provision to meet these needs")
    d.guide("For each area, say what should be provided, by whom, how often, for how long and in what group size. "
            "Avoid wording such as \u201caccess to\u201d or \u201cas required\u201d.")
    for code, name in AREAS:
        d.heading(name, 2)
        d.items(f(f"{code}.provision"), "content", "F", code, numbered=True)
    d.heading("8. Other advice")
    d.paras(f("other"), "content", "B")
    d.heading("Signature")
    signature(d, f, "sign")
    d.notice("HCPC: educational psychologists in England are registered with the Health and Care Professions Council.", "furniture")
    for blk in f("appendix"):
        blk(d)
    return d


# =============================================================================================
# 5. Health advice (paediatrician, therapists)
# =============================================================================================
def health(file, f):
    d = new_doc(file, f, "Form EHC-HL", "3.3", "Health advice", "Northfold Community Health NHS Trust")
    d.title("Education, Health and Care needs assessment", "Part 3: Health advice")
    d.guide("This form is for health professionals (for example paediatricians, nurses, speech and language "
            "therapists, occupational therapists and physiotherapists). Please complete one form per professional. "
            "Advice should cover health needs that relate to the child's special educational needs or "
            "disability, and the outcomes and provision you recommend.")
    d.guide("Therapy that educates or trains the child (for example most speech and language therapy) is "
            "special educational provision; please still describe it here, with who delivers it and how often.")
    d.heading("1. Child's details")
    personal_details(d, f, CHILD_ROWS[:3] + [CHILD_ROWS[5], CHILD_ROWS[7]] + [CHILD_ROWS[11]])
    d.heading("2. Professional completing this advice")
    d.grid([("Name", [P(x, "contact") for x in f("who.name")]), ("Profession and role", [P(x, "contact") for x in f("who.role")]),
            ("Service and base", [P(x, "contact") for x in f("who.base")]), ("Telephone", [P(x, "contact") for x in f("who.phone")]),
            ("Secure e-mail", [P(x, "contact") for x in f("who.email")]),
            ("Date(s) the child was seen", [P(x, "answer") for x in f("who.seen")]),
            ("Is the child still open to your service? Yes / No", [P(x, "answer") for x in f("who.open")])], (38, 62))
    d.heading("3. Information used")
    d.items(f("sources"), "background", "K")
    d.heading("4. Health history and diagnoses")
    d.box("Diagnoses, with date and who made them (1,500 characters max)", f("diagnoses"), kind="background", sec="C")
    d.box("Relevant history (2,000 characters max)", f("history"), kind="background", sec="C")
    d.grid([("Medication", f("medication")), ("Hearing: date and result of last test", f("hearing")),
            ("Vision: date and result of last test", f("vision")),
            ("Does the child need specialist equipment? Yes / No", f("equipment")),
            ("If yes, what?", f("equipment.what"))], (45, 55), value_kind="background", value_sec="C")
    for blk in f("assessment"):
        blk(d)
    d.heading("5. Needs, outcomes and provision")
    d.guide("Complete a block for each area affected. Describe the functional impact (what the child can and "
            "cannot do) rather than only the diagnosis.")
    for code, name in AREAS:
        if not (f(f"{code}.need") or not f.d):
            continue
        d.heading(name, 2)
        d.box(f"{name}: description of need (2,000 characters max)", f(f"{code}.need"), sec=f.one("need.sec") or "B", area=code)
        d.box("Outcomes (with timescale)", f(f"{code}.outcomes"), sec="E", area=code)
        d.para(P("Provision recommended", "prompt"), style="Prompt")
        provision_table(d, f, f"{code}.prov", f.one("prov.sec") or "F", code, 2)
    d.heading("6. Health care needs and provision not related to an area of learning")
    d.box("For example continence, feeding, sleep, medication in school, care plans (1,500 characters max)",
          f("care"), sec="C")
    for blk in f("care.extra"):
        blk(d)
    d.box("Health provision recommended (who, what, how often)", f("care.prov"), sec="G")
    d.heading("7. Signature")
    signature(d, f, "sign")
    return d


# =============================================================================================
# 6. Social care advice
# =============================================================================================
def social_care(file, f):
    d = new_doc(file, f, "Form EHC-SC", "2.1", "Social care advice", "Children's Social Care")
    d.title("Education, Health and Care needs assessment", "Part 4: Social care advice")
    d.guide("Social care advice is requested from Children's Social Care for every EHC needs assessment. If the "
            "child and family are not known to social care, please say so in section 2 and sign the form; a nil "
            "return is still advice.")
    d.guide("Section H1 of a plan is for provision under section 2 of the Chronically Sick and Disabled Persons "
            "Act 1970; section H2 is for any other social care provision. Please say which applies.")
    d.heading("1. Child's details")
    personal_details(d, f, CHILD_ROWS[:3] + [CHILD_ROWS[4], CHILD_ROWS[7]])
    d.heading("2. Involvement of social care")
    yes_no(d, f, [("Is the child or family known to Children's Social Care?", "yn.known", "If yes, which team?", "yn.team"),
                  ("Is there an allocated social worker?", "yn.sw", "If yes, name and contact details:", "yn.sw_who")])
    d.para(P("Current involvement (tick all that apply)", "prompt"), style="Prompt")
    ticks(d, f, "involvement", ["Child in need plan", "Child protection plan", "Looked after child",
                               "Early Help assessment", "Disabled children's team", "Short breaks", "No current involvement"])
    d.heading("3. Social care needs")
    d.box("Social care needs related to the child's special educational needs or disability (2,000 characters max)",
          f("needs"), sec="D")
    d.box("The views of the child and family about their care needs", f("views"), sec="A")
    d.heading("4. Outcomes")
    outcome_guidance(d)
    d.box("Outcomes for social care (with timescale)", f("outcomes"), sec="E")
    d.heading("5. Provision")
    d.box("Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (H1)", f("h1"), sec="H1")
    d.box("Other social care provision reasonably required (H2)", f("h2"), sec="H2")
    d.grid([("Has a personal budget or direct payment been requested? Yes / No", f("budget")),
            ("If yes, amount and purpose", f("budget.what"))], (55, 45))
    d.heading("6. Signature")
    signature(d, f, "sign")
    return d


FORMS = {
    "parent-carer-views": parent_views,
    "child-views": child_views,
    "education-advice": education,
    "educational-psychology-advice": ep,
    "health-advice": health,
    "social-care-advice": social_care,
}
