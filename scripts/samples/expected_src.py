#!/usr/bin/env python3
"""Writes samples/expected.json: the facts the end-to-end tests check on samples/.

statements: exact sentences, the plan section (A-K, "-" = not plan content) and area
  (ci, cl, semh, sp, pfa, "-" = none) they should land in, and the file they come from.
  "ocr": true marks text that is only in a scan (compare after OCR, allow small differences).
flags: planted problems. text_contains is a substring of the sentence the flag must point at;
  "with" names the other side of a conflict; "kind" narrows a case-level flag.
no_flags: the flag id must NOT be raised on a statement containing text_contains; with no
  text_contains, the flag must not be raised anywhere in the case.
"""
import json, os, sys

S = lambda text, section, area, document, **kw: dict(text=text, section=section, area=area, document=document, **kw)
F = lambda id, text_contains=None, **kw: dict(id=id, **({"text_contains": text_contains} if text_contains else {}), **kw)

cases = {}

cases["amelia-hartley"] = dict(
    child_name="Amelia Rose Hartley", preferred_name="Millie", date_of_birth="2016-03-14",
    name_source="case.json",
    statements=[
        S("We would like Millie to be able to read well enough to enjoy a book on her own.", "A", "-", "parent-views.docx"),
        S("In the future, Millie says she wants to be a vet, and we want her to have every chance to do that.", "A", "-", "parent-views.docx"),
        S("I like Minecraft and drawing.", "A", "-", "child-views.jpg", ocr=True),
        S("Millie finds it hard to follow instructions with more than two parts, especially when they are given to the whole class.", "B", "ci", "school-education-advice.pdf"),
        S("Millie can read 24 of the 100 high-frequency words on sight.", "B", "cl", "school-education-advice.pdf"),
        S("Millie becomes anxious when she is asked to read aloud or answer questions in front of the class.", "B", "semh", "school-education-advice.pdf"),
        S("Millie is sensitive to noise and covers her ears in the dinner hall and in assemblies.", "B", "sp", "school-education-advice.pdf"),
        S("Millie's BPVS score of 78 suggests her understanding of spoken vocabulary is well below that expected for her age.", "B", "ci", "educational-psychology-advice.pdf"),
        S("When I observed her in class, Millie rarely asked for help and waited for an adult to notice that she was stuck.", "B", "ci", "educational-psychology-advice.pdf", note="a need in the report writer's voice: kept, flagged report-voice"),
        S("I observed Millie in her Year 4 classroom on 12 February 2025 and then worked with her individually in the library.", "-", "-", "educational-psychology-advice.pdf", note="how the advice was gathered: not plan content"),
        S("By July 2027, Millie will read 40 common exception words accurately.", "E", "cl", "school-education-advice.pdf"),
        S("Millie will have a daily 10-minute precision teaching session delivered by a trained teaching assistant, focusing on the 100 high-frequency words.", "F", "cl", "school-education-advice.pdf"),
        S("Millie will receive 30 minutes of 1:1 speech and language therapy weekly from a qualified speech and language therapist, during term time.", "F", "ci", "speech-and-language-therapy-advice.docx"),
        S("Millie has difficulty falling asleep, which affects her concentration at school.", "C", "-", "paediatric-clinic-letter.pdf", ocr=True),
        S("Millie will be reviewed by the community paediatric team in six months to monitor her sleep.", "G", "-", "paediatric-clinic-letter.pdf", ocr=True),
        S("No social care needs have been identified in relation to Amelia's special educational needs.", "D", "-", "social-care-advice.pdf"),
        S("Example: \"Sam finds it difficult to follow instructions with more than two parts.\"", "-", "-", "school-education-advice.pdf", note="form guidance with a made-up example child"),
    ],
    flags=[
        F("foreign-name", "Jayden will need a visual timetable", document="school-education-advice.pdf", note="copied from jayden-pryce's school advice"),
        F("copy-paste", "Jayden will need a visual timetable to help him move between activities.", document="school-education-advice.pdf", other_case="jayden-pryce"),
        F("copy-paste", "Adults should use short, simple sentences and give one instruction at a time", document="educational-psychology-advice.pdf", other_case="jayden-pryce"),
        F("vague-wording", "Millie would benefit from regular access to a small group for phonics.", document="school-education-advice.pdf"),
        F("vague-wording", "Pre-teaching of topic vocabulary as required.", document="school-education-advice.pdf"),
        F("unquantified-provision", "Staff will support Millie's self-esteem.", document="school-education-advice.pdf"),
        F("resource-caveat", "Speech and language therapy will be provided termly, subject to availability.", document="school-education-advice.pdf"),
        F("conflicting-advice", "Speech and language therapy will be provided termly", document="school-education-advice.pdf",
          **{"with": "30 minutes of 1:1 speech and language therapy weekly", "with_document": "speech-and-language-therapy-advice.docx"}),
        F("identity-conflict", "13/04/2016", document="school-education-advice.pdf", **{"with": "14/03/2016", "note": "date of birth disagrees with case.json and every other document"}),
        F("outcome-not-measurable", "Millie will feel more confident in class.", document="school-education-advice.pdf"),
        F("outcome-no-timescale", "Millie will feel more confident in class.", document="school-education-advice.pdf"),
        F("outcome-no-timescale", "Millie will be able to retell a short story in the correct order.", document="educational-psychology-advice.pdf"),
        F("outcome-is-provision", "Millie will receive speech and language therapy to develop her narrative skills.", document="speech-and-language-therapy-advice.docx"),
        F("report-voice", "When I observed her in class, Millie rarely asked for help", document="educational-psychology-advice.pdf"),
        F("report-voice", "see section 4 of this report", document="educational-psychology-advice.pdf"),
        F("jargon", "Millie should continue to see the school ELSA weekly.", document="educational-psychology-advice.pdf", term="ELSA"),
        F("vague-wording", "Millie should continue to see the school ELSA weekly.", document="educational-psychology-advice.pdf"),
        F("placement-in-draft", "can be met in a mainstream primary school", document="educational-psychology-advice.pdf"),
    ],
    no_flags=[
        F("foreign-name", "She plays with Jack at lunchtime and sits with Ruby in class."),
        F("foreign-name", "her little sister Poppy"),
        F("foreign-name", "Sam finds it difficult to follow instructions with more than two parts."),
        F("foreign-name", "Sam will be able to write three sentences independently using a word bank."),
        F("foreign-name", "It helps me when Mrs Okafor shows me a picture."),
        F("vague-wording", "Millie will have a daily 10-minute precision teaching session"),
        F("unquantified-provision", "Millie will have a daily 10-minute precision teaching session"),
        F("vague-wording", "Millie will receive 30 minutes of 1:1 speech and language therapy weekly"),
        F("outcome-no-timescale", "By July 2027, Millie will read 40 common exception words accurately."),
        F("outcome-is-provision", "By July 2027, Millie will read 40 common exception words accurately."),
        F("missing-advice"),
        F("pronoun-mismatch", "I like my dog Biscuit because he is fluffy", note="he is the dog"),
    ],
)

cases["jayden-pryce"] = dict(
    child_name="Jayden Marcus Pryce", preferred_name=None, date_of_birth="2018-09-02",
    name_source="'Name:' / 'Child's name:' fields (no case.json)",
    statements=[
        S("I noticed that Jayden could match numerals to quantities up to ten but could not yet count out a set of objects reliably.", "B", "cl", "educational-psychology-advice.docx", note="a need in the report writer's voice: kept, flagged report-voice"),
        S("I visited Jayden at home on 5 February 2025 and observed him in class and at lunchtime on 7 February 2025.", "-", "-", "educational-psychology-advice.docx", note="how the advice was gathered: not plan content"),
        S("I would like Jayden to stay in school for the whole day without being sent home.", "A", "-", "parent-views.pdf"),
        S("I like trains. The red one is the fastest.", "A", "-", "child-views.md"),
        S("Jayden uses single words and short phrases to ask for things he wants, but rarely starts a conversation.", "B", "ci", "school-education-advice.docx"),
        S("Jayden has had 14 incidents of hitting or kicking staff since September, usually during transitions or in noisy places.", "B", "semh", "school-education-advice.docx"),
        S("Jayden is not yet toilet trained during the day and needs an adult to change him.", "B", "sp", "school-education-advice.docx"),
        S("By July 2026, Jayden will use a phrase of three words or more to ask a familiar adult for help in 4 out of 5 opportunities.", "E", "ci", "school-education-advice.docx"),
        S("Jayden will take part in a daily 15-minute Attention Autism session in a group of four pupils, led by a teaching assistant trained in the approach.", "F", "ci", "school-education-advice.docx"),
        S("A toileting plan will be followed, with a trained adult taking Jayden to the toilet every 90 minutes.", "F", "sp", "school-education-advice.docx"),
        S("Jayden needs two adults with him when he goes into the community because he may run into the road.", "D", "-", "social-care-advice.pdf"),
        S("Jayden will receive a short breaks package of 3 hours per week with a trained support worker from the Westmere Short Breaks Service, funded under section 2 of the Chronically Sick and Disabled Persons Act 1970.", "H1", "-", "social-care-advice.pdf"),
        S("Overnight short breaks at Hazel House will be considered, subject to funding panel approval.", "H2", "-", "social-care-advice.pdf"),
    ],
    flags=[
        F("missing-advice", kind="health", note="no paediatric, therapy or other health advice in the bundle"),
        F("pronoun-mismatch", "She became distressed when the bell rang and covered her ears until an adult led her inside.", document="educational-psychology-advice.docx"),
        F("copy-paste", "Adults should use short, simple sentences and give one instruction at a time", document="educational-psychology-advice.docx", other_case="amelia-hartley"),
        F("copy-paste", "Jayden will need a visual timetable to help him move between activities.", document="school-education-advice.docx", other_case="amelia-hartley"),
        F("jargon", "Jayden has a diagnosis of ASC.", document="school-education-advice.docx", term="ASC"),
        F("jargon", "Jayden has significant SEMH needs.", document="school-education-advice.docx", term="SEMH"),
        F("jargon", "led by the school's ELSA", document="educational-psychology-advice.docx", term="ELSA"),
        F("vague-wording", "Jayden will have access to a quiet space when needed.", document="school-education-advice.docx"),
        F("vague-wording", "Jayden would benefit from opportunities to develop his social skills.", document="educational-psychology-advice.docx"),
        F("vague-wording", "The school should consider a sensory assessment by an occupational therapist.", document="educational-psychology-advice.docx"),
        F("vague-wording", "at the next available course", document="social-care-advice.pdf"),
        F("resource-caveat", "subject to funding panel approval", document="social-care-advice.pdf"),
        F("outcome-no-timescale", "Jayden will be able to manage his emotions.", document="educational-psychology-advice.docx"),
        F("outcome-not-measurable", "Jayden will be able to manage his emotions.", document="educational-psychology-advice.docx"),
        F("report-voice", "I noticed that Jayden could match numerals to quantities up to ten", document="educational-psychology-advice.docx"),
        F("placement-in-draft", "can currently be met in a mainstream school", document="educational-psychology-advice.docx"),
    ],
    no_flags=[
        F("foreign-name", "Oliver is my friend."),
        F("foreign-name", "He has an older brother, Tyler, who is nine and is very protective of him."),
        F("foreign-name", "Jayden likes playing with his cousin Mia and with Oliver from his class"),
        F("foreign-name", "Jayden will need a visual timetable to help him move between activities.", note="Jayden is this case's own child"),
        F("vague-wording", "A toileting plan will be followed, with a trained adult taking Jayden to the toilet every 90 minutes."),
        F("vague-wording", "Jayden will take part in a daily 15-minute Attention Autism session"),
        F("outcome-no-timescale", "By July 2026, Jayden will use a phrase of three words or more"),
        F("identity-conflict"),
    ],
)

cases["tobias-wren"] = dict(
    child_name="Tobias James Wren", preferred_name="Toby", date_of_birth="2010-11-23",
    name_source="case.json",
    statements=[
        S("During my assessment Toby needed repeated prompts to start each written task, although he answered every question orally.", "B", "cl", "educational-psychology-advice.pdf", note="a need in the report writer's voice: kept, flagged report-voice"),
        S("I met Toby at school on two occasions and spoke with his mother by telephone.", "-", "-", "educational-psychology-advice.pdf", note="how the advice was gathered: not plan content"),
        S("We would like Toby to learn to travel on the bus to college on his own by the time he is 16.", "A", "-", "parent-views.pdf"),
        S("I like space, coding and playing games online with Kian.", "A", "-", "young-person-views.docx"),
        S("When I am older I want to study astrophysics at university and work for a space agency.", "A", "-", "young-person-views.docx"),
        S("Toby's handwriting speed is 6 words per minute, compared with an average of 15 to 18 words per minute for his age.", "B", "cl", "school-education-advice.docx"),
        S("Toby experiences high levels of anxiety about coming to school, and his attendance this year is 61 per cent.", "B", "semh", "school-education-advice.docx"),
        S("Toby does not yet travel independently and is driven to school each day.", "B", "pfa", "school-education-advice.docx"),
        S("By the end of Year 11, Toby will travel independently by bus between home and school.", "E", "pfa", "school-education-advice.docx"),
        S("Toby will have a 15-minute check-in with his key adult, Mr Bell, every morning at 8.35am before registration.", "F", "semh", "school-education-advice.docx"),
        S("Toby will have a 45-minute careers guidance interview with a qualified careers adviser in the spring term of Year 9 and again in Year 10.", "F", "pfa", "school-education-advice.docx"),
        S("Toby has hypermobile joints in his hands and knees, which cause pain after writing or walking long distances.", "C", "-", "paediatric-advice.docx"),
        S("Toby will be seen by the CAMHS duty team for an initial assessment by 30 April 2025.", "G", "-", "paediatric-advice.docx"),
        S("Toby will receive a block of six 45-minute occupational therapy sessions in school from a qualified occupational therapist to develop his handwriting and keyboard skills.", "G", "sp", "occupational-therapy-advice.pdf",
          note="the advice puts it under 'Health provision (Section G)'; it is educational therapy, so therapy-in-g must fire (consider F)"),
        S("No social care needs related to Toby's special educational needs have been identified at this time.", "D", "-", "social-care-advice.docx"),
    ],
    flags=[
        F("therapy-in-g", "Toby will receive a block of six 45-minute occupational therapy sessions", document="occupational-therapy-advice.pdf"),
        F("placement-in-draft", "such as Fernbrook School", document="paediatric-advice.docx"),
        F("placement-in-draft", "We want Toby to move to Fernbrook School", document="parent-views.pdf"),
        F("placement-in-draft", "can be met in a mainstream secondary school", document="educational-psychology-advice.pdf"),
        F("conflicting-advice", "best placed in a specialist school", document="paediatric-advice.docx",
          **{"with": "can be met in a mainstream secondary school", "with_document": "educational-psychology-advice.pdf"}),
        F("outcome-no-timescale", "Toby will be able to tie his shoelaces independently.", document="occupational-therapy-advice.pdf"),
        F("outcome-is-provision", "Toby will receive occupational therapy to improve his fine motor skills.", document="occupational-therapy-advice.pdf"),
        F("outcome-not-measurable", "Toby will be happier in school.", document="school-education-advice.docx"),
        F("vague-wording", "Toby will be offered up to 6 sessions with the school counsellor.", document="school-education-advice.docx"),
        F("vague-wording", "Toby will have access to the Hub at break and lunchtime when needed.", document="school-education-advice.docx"),
        F("vague-wording", "Toby should have a sensory diet as needed.", document="occupational-therapy-advice.pdf"),
        F("vague-wording", "Toby would benefit from elastic laces and a writing slope.", document="occupational-therapy-advice.pdf"),
        F("resource-caveat", "Independent travel training will be provided, subject to availability.", document="school-education-advice.docx"),
        F("unquantified-provision", "Independent travel training will be provided, subject to availability.", document="school-education-advice.docx"),
        F("missing-quantity-in-advice", "The physiotherapy service will see Toby for a hypermobility assessment and give the family a home exercise programme.", document="paediatric-advice.docx"),
        F("jargon", "Toby has DCD.", document="school-education-advice.docx", term="DCD"),
        F("report-voice", "During my assessment Toby needed repeated prompts", document="educational-psychology-advice.pdf"),
    ],
    no_flags=[
        F("foreign-name", "I like space, coding and playing games online with Kian."),
        F("foreign-name", "His older sister Ella is sixteen"),
        F("foreign-name", "Toby will have a 15-minute check-in with his key adult, Mr Bell"),
        F("vague-wording", "Toby will have a 15-minute check-in with his key adult, Mr Bell, every morning at 8.35am before registration."),
        F("vague-wording", "Toby will have a 45-minute careers guidance interview"),
        F("outcome-no-timescale", "By the end of Year 11, Toby will travel independently by bus between home and school."),
        F("jargon", "Toby will be seen by the CAMHS duty team", note="CAMHS is expanded earlier in the same document"),
        F("identity-conflict"),
        F("missing-advice"),
        F("pronoun-mismatch"),
    ],
)

cases["isla-fenwick"] = dict(
    child_name="Isla Grace Fenwick", preferred_name=None, date_of_birth="2020-06-30",
    name_source="'Name:' / 'Child's name:' fields (no case.json)",
    statements=[
        S("We would like Isla to be able to talk to her friends and be understood.", "A", "-", "parent-views.docx"),
        S("Many of Isla's speech sounds are unclear, and unfamiliar adults understand about a third of what she says.", "B", "ci", "school-education-advice.pdf"),
        S("Isla has a moderate bilateral sensorineural hearing loss and wears two hearing aids.", "B", "sp", "school-education-advice.pdf"),
        S("Isla becomes frustrated when she is not understood and sometimes pushes other children during play.", "B", "semh", "school-education-advice.pdf"),
        S("By the end of Reception, Isla will keep her hearing aids in throughout the school day on 4 days out of 5.", "E", "sp", "school-education-advice.pdf"),
        S("Isla will have a daily 10-minute 1:1 language session with a teaching assistant, following a programme written by the speech and language therapist.", "F", "ci", "school-education-advice.pdf"),
        S("Isla will be visited in school by a qualified Teacher of the Deaf for one hour every fortnight, to teach Isla directly and advise staff.", "F", "sp", "teacher-of-the-deaf-advice.docx"),
        S("A teaching assistant trained by the speech and language therapist will carry out Isla's speech sound programme for 10 minutes daily.", "F", "ci", "speech-and-language-therapy-advice.pdf", ocr=True),
        S("Isla needs new earmoulds about every three to four months while she is growing.", "C", "-", "paediatric-audiology-letter.pdf"),
        S("Isla will be reviewed in the paediatric audiology clinic every six months by a clinical scientist in audiology.", "G", "-", "paediatric-audiology-letter.pdf"),
        S("No social care needs have been identified in relation to Isla's special educational needs.", "D", "-", "social-care-advice.txt"),
    ],
    flags=[
        F("vague-wording", "Isla will take part in a small group for phonics and early literacy as appropriate.", document="school-education-advice.pdf"),
        F("outcome-no-timescale", "Isla will develop her social skills.", document="school-education-advice.pdf"),
        F("outcome-not-measurable", "Isla will develop her social skills.", document="school-education-advice.pdf"),
    ],
    no_flags=[
        F("foreign-name", "Isla plays alongside Freya and Noah in the role-play area"),
        F("foreign-name", "Her baby brother Arlo was born in October"),
        F("vague-wording", "Isla will be visited in school by a qualified Teacher of the Deaf for one hour every fortnight"),
        F("vague-wording", "A teaching assistant trained by the Teacher of the Deaf will check Isla's hearing aids"),
        F("outcome-no-timescale", "By the end of Reception, Isla will keep her hearing aids in"),
        F("missing-advice"),
        F("identity-conflict"),
        F("pronoun-mismatch", "she loves to help bath him", note="him is her baby brother"),
        F("copy-paste", "processes this information under the UK General Data Protection Regulation", note="council boilerplate shared by every parent-views form"),
    ],
)

out = dict(
    about=__doc__.strip(),
    cases=cases,
)
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "samples", "expected.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=2, ensure_ascii=True)
    f.write("\n")
