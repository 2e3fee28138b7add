"""Case 2 (fiction): Callum James Rennard, born 03/02/2014, Year 8 at Wyrebridge Academy, Ashwick.
About 40 pages on the same Northfold forms as case 1."""

from common import heading, section, table
from fodt import P
from forms import Fill
from case_whitlock import EP_COPIED, flag

CASE = "callum-rennard"
REF = "NF/EHCNA/26/05122"

PD = {
    "pd.name": "Callum James Rennard", "pd.preferred": "Callum", "pd.dob": "03/02/2014", "pd.gender": "Male",
    "pd.address": "7 Weavers Yard, Ashwick, NF7 5JW", "pd.nhs": "999 316 2048", "pd.upn": "K823402219037",
    "pd.setting": "Wyrebridge Academy, Ashwick", "pd.year": "Year 8", "pd.attendance": "91.0%",
    "pd.need": "Cognition and learning", "pd.diagnosis": "Dyslexia (specialist assessment, June 2025)",
    "pd.looked_after": "No", "pd.language": "English",
}
FAMILY = [
    ["Ms", "Lorraine", "Rennard", "Mother", "7 Weavers Yard, Ashwick", "NF7 5JW", "01632 960245", "07700 900661", "l.rennard@example.org", "No"],
    ["Mr", "Tom", "Hebden", "Stepfather", "7 Weavers Yard, Ashwick", "NF7 5JW", "01632 960245", "07700 900662", "", "No"],
    ["", "Jess", "Rennard", "Sister (16)", "7 Weavers Yard, Ashwick", "NF7 5JW", "", "", "", ""],
]


def fill(d):
    x = dict(PD)
    x.update(d)
    return Fill(x, REF)


PARENT = fill({
    "family": FAMILY,
    "yn.social_worker": "No", "yn.early_help": "No", "yn.looked_after": "No", "yn.interpreter": "No",
    "like": ["Callum is loyal, funny and very practical. He can fix almost anything with a bike and he is brilliant with his little cousins."],
    "enjoy": ["BMX at the skate park, fixing bikes with Tom, Minecraft with his friends Ethan and Ravi, and fishing with his grandad."],
    "communicate": ["Callum talks easily with people he knows but goes quiet with new adults. He would rather show you than tell you."],
    "story.box": [
        "Callum was born at Kelderby General after a normal pregnancy and hit all his milestones. He was a chatty toddler. Things started to go wrong in Year 1 when the other children began to read and he could not make sense of the letters.",
        "At primary school he had phonics catch-up groups in Years 2, 3 and 4, and he was on SEN support from Year 3. His teachers said he was bright but \u201cnot trying\u201d. By Year 5 he called himself thick and started to have stomach aches on Sunday nights.",
        "We paid for a private dyslexia assessment in June 2025 because we were told the school could not do one. It showed he is dyslexic, with a very slow processing speed, and that he is of at least average ability. Everything made sense after that.",
        "Moving to Wyrebridge Academy in Year 7 has been hard. There are lots of teachers, lots of reading on the board and homework on an app. He has had detentions for not finishing work. Jess went to Wyrebridge and did well, and Callum compares himself to her all the time.",
    ],
    "cl.well": ["He is good at maths when it is practical and he understands science really well when it is explained out loud."],
    "cl.hard": ["Reading and spelling are very hard. He cannot copy from the board in time and his homework takes him three times as long as it should. He forgets instructions if there are too many at once."],
    "cl.helps": ["Reading the questions to him, coloured overlays, typing instead of writing, and having homework written down for him."],
    "semh.well": ["He has a close group of friends and he is happy at the skate park."],
    "semh.hard": ["He has very low confidence about learning and gets angry and upset over homework. He has started to say he feels sick in the mornings and does not want to go to school."],
    "semh.helps": ["Praise for effort, teachers who do not make him read aloud, and time with Tom in the garage."],
    "sp.hard": ["His handwriting is messy and his hand aches after writing. He is clumsy with small things like buttons."],
    "ci.well": ["No concerns."], "pfa.well": ["He gets the bus to the skate park on his own."],
    "health": ["Callum is healthy. His eyes were checked in 2025 and are fine."],
    "home": ["We are a busy, happy family. Homework is the main cause of arguments at home."],
    "hopes.short": ["We hope Callum will feel less anxious about school and will be able to read his lessons independently with technology by the end of Year 8."],
    "hopes.long": ["Callum wants to be a bike mechanic or an engineer and to have his own workshop one day."],
    "hopes.outcomes": [P("To read and understand his lesson materials with text-to-speech by July 2027.", "content", "E", "cl")],
    "attached": "Yes", "attached.list": ["Private dyslexia assessment report, June 2025"],
    "consent": ["I agree that this form may be shared with the professionals asked to give advice",
                "I agree that my child's school may see this form"],
    "sign": {"signed": "L. Rennard", "name": "Lorraine Rennard", "role": "Mother", "date": "04/11/2026"},
})

CHILD = Fill({
    "name": "Callum Rennard", "called": "Callum", "age": "12", "school": "Wyrebridge Academy",
    "enjoy": ["BMX, fixing bikes, Minecraft, fishing with my grandad. I'm good at building things and at maths when it's real stuff."],
    "like": ["That I'm funny and I always help people out."],
    "people": [P("Mum, Tom, Jess and Grandad. My friends are Ethan and Ravi.", "content", "A", note="family and friends named: no foreign-name")],
    "well": ["DT and science. PE."],
    "hard": ["Reading off the board. Spelling. When teachers make you read out loud. Homework on the app."],
    "worry": ["Getting things wrong in front of everyone. Tests. Detentions for not finishing."],
    "helps": ["When the teacher reads it out. My laptop. When I can show what I know by making something."],
    "better": ["Reading faster so I don't get behind."],
    "future": ["A bike mechanic or an engineer."],
    "meeting": ["Come to part of the meeting"],
    "helper": ["Mr Samir Qureshi, Head of Year 8, Wyrebridge Academy"],
    "how": ["Conversation in the learning support base, 6 November 2026; Callum's words written down by Mr Qureshi."],
    "date": ["06/11/2026"],
}, REF)

EDU = fill({
    "pd.joined": "September 2025", "pd.sen_since": "September 2017 (primary school)", "pd.suspensions": "0", "pd.parttime": "No",
    "family": FAMILY[:2],
    "yn.social_worker": "No", "yn.early_help": "No", "yn.camhs": "No",
    "attainment": [["English", "Year 5", "No", "October 2026"], ["Mathematics", "Year 7", "No", "October 2026"],
                   ["Science", "Year 8", "Yes", "October 2026"]],
    "strengths": ["Callum is practical, sociable and well liked. He excels in design and technology and in practical science, and is a reliable member of his form group."],
    "cl.need": [
        "Callum has dyslexia. His reading age is about 9 years 6 months and his spelling is well below his age. He cannot copy from the board accurately in the time given and struggles with the volume of reading in Key Stage 3 subjects.",
        "His processing speed is slow, so he needs more time to understand and respond to questions, and he forgets multi-step instructions.",
    ],
    "cl.long": ["By the end of Key Stage 3, Callum will use assistive technology independently to read and complete written work in all subjects."],
    "cl.medium": ["By July 2027, Callum will increase his reading age to at least 11 years on the school's standardised reading test."],
    "cl.short": ["By February 2027, Callum will use text-to-speech software in three subjects each week."],
    "cl.prov": [
        ["Structured literacy intervention", "Specialist teacher (dyslexia)", "Three times weekly, 30 minutes", "1:1"],
        ["Printed copies of lesson slides and homework instructions", "Subject teachers", "Every lesson", "Individual"],
        ["Laptop with text-to-speech software", "Learning support department", "Daily", "Individual"],
    ],
    "semh.need": ["Callum's self-esteem as a learner is low and he becomes anxious when asked to read aloud or complete timed tasks. His attendance has dropped this term."],
    "semh.long": ["By the end of Key Stage 3, Callum will describe himself positively as a learner in a self-rating scale."],
    "semh.medium": ["By July 2027, Callum's attendance will be at least 95%."],
    "semh.prov": [["Mentoring session with the Head of Year", "Mr Qureshi", "Weekly, 20 minutes", "1:1"]],
    "sp.need": ["Callum's handwriting is slow and difficult to read and he reports hand pain after ten minutes of writing."],
    "sp.prov": [["Use of a laptop for extended writing", "Subject teachers", "Daily", "Individual"]],
    "cycles": [["September 2025-March 2026", "Reading intervention twice weekly, overlays, homework club.", "Reading age rose by 6 months in 6 months."],
               ["April-October 2026", "Laptop, printed slides, mentoring.", "Better homework completion; anxiety about reading aloud continues."]],
    "views": ["Callum says he wants teachers to stop asking him to read aloud. Ms Rennard would like Callum to have specialist teaching and technology."],
    "sign": {"signed": "A. Mensah", "name": "Mr Adebayo Mensah", "role": "SENCo", "org": "Wyrebridge Academy, Mill Lane, Ashwick NF7 3TT",
             "phone": "01632 960391", "email": "senco@wyrebridge.example.org", "date": "10/11/2026"},
})

EP = fill({
    "dates": ["Consultation with parents 19/10/2026; school visit and individual work 02/11/2026"],
    "ep": ["Dr Marcus Feld, Senior Educational Psychologist, Northfold Educational Psychology Service, Civic Centre, Kelderby NF1 4AB, 01632 960550"],
    "sources": ["Consultation with Ms Rennard and Mr Hebden, 19 October 2026",
                "Consultation with Mr Mensah (SENCo), 2 November 2026",
                "Individual work with Callum, 2 November 2026",
                "Private dyslexia assessment report, June 2025"],
    "reason": ["The local authority asked for psychological advice as part of an EHC needs assessment requested by Callum's mother in September 2026."],
    "background": ["Callum lives with his mother, stepfather and sister in Ashwick. He has been on SEN support since Year 3 and was found to be dyslexic in June 2025."],
    "method": ["I spoke to Callum's parents and to his SENCo, and worked with Callum on his own for about 90 minutes. We used standardised tests of reading, spelling and processing, and talked about what school is like for him."],
    "method.extra": [table([
        ["Assessment", "Subtest or area", "Standard score", "Percentile", "Descriptor"],
        ["WIAT-III UK", "Word reading", "79", "8", "Low"],
        ["WIAT-III UK", "Spelling", "74", "4", "Low"],
        ["BAS3", "Matrices", "106", "66", "Average"],
        ["BAS3", "Speed of information processing", "82", "12", "Below average"],
    ], [30, 22, 16, 14, 18], kind="background", sec="B", area="cl")],
    "cl.found": [
        "Callum's non-verbal reasoning is in the average range, while his reading, spelling and processing speed are well below it. This profile is consistent with the dyslexia identified in 2025.",
        "Callum loses track of spoken instructions with more than two steps and needs longer than his peers to respond.",
    ],
    "semh.found": ["Callum described himself as \u201cthick at reading\u201d and told me he dreads being asked to read aloud. His anxiety is closely linked to literacy demands."],
    "sp.found": ["Callum's handwriting is slow and he held his pen with a tight grip; an occupational therapy assessment has been completed."],
    "summary": ["Callum is a capable young person with dyslexia and slow processing speed, whose anxiety about reading is affecting his confidence and attendance."],
    "cl.outcomes": ["By July 2028, Callum will independently use text-to-speech and speech-to-text software to complete homework in all subjects.",
                    "By July 2027, Callum will read 90 words per minute accurately from a Year 6 level text."],
    "semh.outcomes": ["By July 2027, Callum will name two strategies he uses when he feels anxious about a reading task.", ""],
    "cl.provision": [
        P(EP_COPIED, note="copied verbatim from Eleanor Whitlock's EP advice (copy-paste)"),
        "A structured, multi-sensory literacy programme delivered by a specialist dyslexia teacher, three times a week for 30 minutes, one to one.",
        "Callum should not be asked to read aloud in class unless he has volunteered.",
    ],
    "semh.provision": ["Weekly 20-minute mentoring with a named adult to review his week and his use of technology."],
    "other": [P("I would be happy to discuss this advice with Callum's family and school.", "background", "K")],
    "sign": {"signed": "M. Feld", "name": "Dr Marcus Feld", "role": "Senior Educational Psychologist, HCPC PYL04412",
             "org": "Northfold Educational Psychology Service, Civic Centre, Kelderby NF1 4AB",
             "phone": "01632 960550", "email": "marcus.feld@northfold-eps.example.org", "date": "18/11/2026"},
})

OT = fill({
    "who.name": ["Anika Rowe"], "who.role": ["Children's Occupational Therapist"],
    "who.base": ["Children's Occupational Therapy, Northfold Community Health NHS Trust, Children's Therapy Centre, Ashwick NF7 1RT"],
    "who.phone": ["01632 960624"], "who.email": ["anika.rowe@nhs-northfold.example.net"],
    "who.seen": ["27/10/2026 (school)"], "who.open": ["No"],
    "sources": ["Assessment at school, 27 October 2026", "Discussion with Mr Mensah (SENCo)"],
    "diagnoses": ["Dyslexia (private assessment, June 2025). No motor diagnosis."],
    "history": ["Referred by the school in September 2026 because of slow, painful handwriting."],
    "medication": [P("None", "answer")], "hearing": [P("Not known", "answer")], "vision": ["Optician, 2025: normal"],
    "equipment": [P("Yes", "answer")], "equipment.what": ["A sloping writing board and a chunky pen grip"],
    "sp.need": ["Callum has reduced hand strength and an immature pencil grip, which make handwriting slow and tiring. His writing speed is 9 words per minute, well below the average for his age."],
    "sp.outcomes": ["By July 2027, Callum will touch-type at 20 words per minute."],
    "sp.prov": [["Touch-typing programme", "Learning support assistant", "Three times weekly, 15 minutes", "Individual"],
                ["Hand-strengthening programme written by the occupational therapist", "Learning support assistant", "Twice weekly, 10 minutes, for one term", "1:1"]],
    "sign": {"signed": "A. Rowe", "name": "Anika Rowe", "role": "Children's Occupational Therapist, HCPC OT61235",
             "org": "Children's Therapy Centre, Ashwick NF7 1RT", "phone": "01632 960624",
             "email": "anika.rowe@nhs-northfold.example.net", "date": "09/11/2026"},
})

SOCIAL = fill({
    "yn.known": "No", "yn.sw": "No", "involvement": ["No current involvement"],
    "needs": ["Callum and his family are not known to Children's Social Care and no social care needs have been identified. This is a nil return."],
    "budget": "No",
    "sign": {"signed": "P. Okafor", "name": "Patrick Okafor", "role": "Team Manager, Children's Services Front Door",
             "org": "Northfold County Council, County Hall, Kelderby NF1 9ZZ", "phone": "01632 960700", "date": "12/11/2026"},
})

DOCS = [
    ("parent-carer-views.pdf", "parent-carer-views", PARENT),
    ("child-views.pdf", "child-views", CHILD),
    ("school-education-advice.pdf", "education-advice", EDU),
    ("educational-psychology-advice.pdf", "educational-psychology-advice", EP),
    ("occupational-therapy-advice.pdf", "health-advice", OT),
    ("social-care-advice.pdf", "social-care-advice", SOCIAL),
]

FLAGS = [
    flag("copy-paste", "educational-psychology-advice.pdf", EP_COPIED, "fire", "the same EP paragraph appears verbatim in eleanor-whitlock's EP advice"),
    flag("copy-paste", "educational-psychology-advice.pdf", "This advice is given under Regulation 6(1)(d) of the Special Educational Needs and Disability Regulations 2014", "none",
         "form preamble shared by every Northfold EP advice"),
    flag("copy-paste", "parent-carer-views.pdf", "This form is your chance to tell us about your child and your family in your own words.", "none", "form guidance in both cases"),
    flag("foreign-name", "", "Sam will be able to ask an adult for help in 4 out of 5 lessons", "none",
         "the forms' made-up example child \u201cSam\u201d (not Mr Samir Qureshi, Head of Year, who is a real contact in this case)"),
    flag("foreign-name", "child-views.pdf", "Mum, Tom, Jess and Grandad. My friends are Ethan and Ravi.", "none", "family and friends named as context"),
    flag("placement-in-draft", "parent-carer-views.pdf", "Moving to Wyrebridge Academy in Year 7 has been hard.", "none", "current school in history"),
    flag("advice-incomplete", "social-care-advice.pdf", "", "none", "a nil return that answers the form: complete"),
    flag("missing-advice", "", "", "none", "parent, child, education, EP, health (OT) and social care advice are present"),
    flag("identity-conflict", "", "", "none", "name and date of birth (03/02/2014) agree in every document"),
]
