"""Hand-written statements, part 3: annual reviews, lists of advice, form furniture, PfA."""

REVIEW = """
B cl - | Since the last review {N} has moved from Phase 3 to Phase 4 phonics.
B cl - | {N} has made good progress in maths and can now add two-digit numbers.
B ci - | {His} speech is now clearer, though {he} still struggles with longer sentences.
B semh - | Attendance has improved from 82% to 94% since the reduced timetable ended.
B semh - | There have been fewer incidents at lunchtime this term.
B sp - | {N} can now manage {his} coat and shoes but still needs help with buttons.
B cl - | Target partly met: {N} can read 60 of the first 100 high-frequency words.
B semh - | Outcome not yet achieved: {N} still leaves class several times a day.
B pfa - | {N} has started to use the bus with a travel buddy.
A - - | {N} told the review meeting that {he} {s:likes|like} {his} new class.
A semh - | Parents said at the review that {he} {s:is|are} much happier this year.
A pfa - | {N} said {he} would like to go to college to do construction.
E cl - | New outcome: by the end of {year}, {N} will read and understand a short text at Level 2 of the school's reading scheme.
E semh - | Amended outcome: {N} will stay in lessons for the full hour on 4 days out of 5 by the next review.
E ci nt | Outcome carried forward: {N} will use full sentences to explain what {he} {s:has|have} done.
F cl v | Continue with small group literacy support.
F semh - | The key adult check-in each morning (10 minutes) will continue.
F sp - | Increase the OT-led motor programme to four sessions a week of 15 minutes.
I - pl | The review recommends that {N} transfers to {school} in September.
I - - | The panel agreed that the current placement continues to meet {N}'s needs.
- - - | Annual review meeting held on {date}.
- - - | Present: Mum, class teacher, SENCO, speech and language therapist.
- - - | Apologies: educational psychologist.
- - - | The review was held in person at school.
- - - | Amendments to the plan are recommended (see below).
- - - | Next review due: {date}
"""

KLIST = """
K - - | Educational psychology advice, Dr {sur}, Educational Psychologist, {date}
K - - | Speech and language therapy report – {sur2}, {date}
K - - | Parental views (Appendix A), received {date}
K - - | School advice from the SENCO, {school}, {sdate}
K - - | Health advice: Designated Medical Officer, {date}
K - - | Social care advice – nil return, {date}
K - - | Occupational therapy assessment report dated {sdate}
K - - | Paediatric letter, Dr {sur}, Consultant Community Paediatrician, {date}
K - - | Child's views (All About Me), {date}
K - - | Advice from the Hearing Support Service, {date}
K - - | Physiotherapy report, Northshire Children's Therapy Service, {sdate}
K - - | CAMHS summary letter, {date}
K - - | Appendix B: Educational psychology advice
K - - | Appendix D – Health advice
K - - | EP report {sdate}
K - - | SALT advice {sdate}
K - - | Parent/carer advice – {sdate}
K - - | Early years setting advice, Little Acorns Nursery, {date}
K - - | Careers adviser report, {date}
K - - | Annual review paperwork from {school}, {date}
K - - | Advice from the Specialist Teacher for Vision Impairment, {sdate}
K - - | Autism outreach team report, {date}
K - - | Previous EHC plan dated {sdate}
K - - | Young person's views recorded by the SEN officer, {date}
K - - | Virtual School advice (looked-after children), {date}
K - - | Educational Psychology Service – {sur}, Senior EP – {sdate}
- - - | The following advice and information was considered:
- - - | Information gathered during the assessment
- - - | List of advice and information
"""

FORM = """
- - - | Please describe the child's strengths and interests in this box.
- - - | This section should be completed with the child or young person.
- - - | Outcomes should be SMART: specific, measurable, achievable, relevant and time-bound.
- - - | Please tick the areas of need that apply.
- - - | Name of person completing this form:
- - - | Date of birth: {sdate}
- - - | NHS number: 485 777 3456
- - - | UPN: A123456789012
- - - | Your information will be held in line with the Data Protection Act 2018.
- - - | For more information about how we use your data, see our privacy notice.
- - - | Example: "Sam will be able to write his name by the end of Year 1."
- - - | Section B: Special educational needs
- - - | Communication and interaction
- - - | Provision (what, who, how often)
- - - | Outcome | Provision | Who | Frequency
- - - | Page 4 of 12
- - - | OFFICIAL - SENSITIVE
- - - | Yours sincerely,
- - - | Many thanks
- - - | Tel: 01632 960{sdigits}
- - - | Email: sen.team@example.gov.uk
- - - | Guidance: include what the child can do as well as what they find hard.
- - - | Please return this form within 6 weeks of the request.
- - - | The EHC needs assessment team
- - - | Signature of parent/carer
- - - | This plan will be reviewed at least every 12 months.
- - - | If you disagree with this decision you can ask for mediation.
- - - | {council} SEND Service
- - - | Draft EHC plan – not for distribution
- - - | Contributors to this section: class teacher, parent
"""

PFA = """
A pfa - | {N} wants to work with animals and has enjoyed {his} placement at the city farm.
A pfa - | {He} would like to live independently one day, perhaps with a friend.
A pfa - | Mum worries about what will happen when {N} leaves school.
B pfa - | {N} can make a drink and a sandwich but needs supervision when using the cooker.
B pfa - | {He} cannot yet recognise coins or work out change.
B pfa - | {N} is vulnerable in the community and has been approached by strangers online.
B pfa - | {He} {s:relies|rely} on Mum to remind {him} to take {his} medication.
B pfa - | {N} has not yet had any work experience.
F pfa - | Independent travel training, 6 sessions, from the council's travel trainer.
F pfa - | A job coach will support {N} during {his} supported internship, reducing support as {he} {s:gains|gain} confidence.
F pfa u | Teaching of money skills in real settings such as the local shop.
F pfa - | Weekly independent living skills sessions at college (2 hours), including cooking and laundry.
F pfa v | Opportunities to take part in work experience.
F pfa - | Annual careers guidance interview from Year 8 with a qualified careers adviser.
F pfa u | Support to develop self-advocacy.
H2 pfa - | Referral to adult social care transitions team at 16.
H1 pfa - | Community access support, 4 hours a week, to go to the gym and shops.
E pfa - | By the end of Year 12, {N} will travel to college independently on the bus.
E pfa - | By July 2026 {N} will prepare a simple hot meal once a week at college with no more than one prompt.
E pfa nt | {N} will have a paid part-time job.
E pfa nt,nm | {N} will be more independent in the community.
E pfa - | Within the first term of college, {N} will manage {his} weekly travel budget and keep receipts.
E pfa - | By 19, {N} will be living in a supported living flat and managing {his} own routine with visiting support.
"""
