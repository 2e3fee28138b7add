"""Hand-written statements, part 4: more needs, provision and health in other councils' styles."""

MORE = """
B cl - | {N} is currently working within the Year 1 curriculum in maths although {he} {s:is|are} in {year}.
B cl - | Phonic knowledge: secure at Phase 2, inconsistent at Phase 3.
B cl - | {He} {s:needs|need} information repeated several times before {he} can act on it.
B cl - | Can recognise numbers to 20 but not beyond.
B cl - | Struggles to copy from the board.
B cl - | Relies on an adult to start written tasks.
B cl - | {N} has a specific learning difficulty (dyslexia) affecting reading fluency and spelling.
B cl - | {His} spelling is largely phonetic, e.g. 'sed' for 'said'.
B cl - | {N} enjoys practical, hands-on learning and remembers what {he} {s:has|have} done rather than what {he} {s:has|have} heard.
B cl - | Strengths: excellent recall of facts about {his} interests, good problem-solving with construction toys.
B cl - | {N} has global developmental delay and is functioning at around half {his} chronological age.
B ci - | Uses single words and a few two-word combinations.
B ci - | Understanding of language is at about a three-year level.
B ci - | Echoes phrases from films when anxious.
B ci - | {N} can hold a conversation with adults but finds peer conversation much harder.
B ci - | Does not always respond to {his} name.
B ci - | {N} stammers, particularly when under pressure to answer quickly.
B ci - | {He} {s:finds|find} it hard to understand other people's points of view.
B ci - | Non-verbal; communicates through vocalisations, reaching and eye pointing.
B ci - | {N} speaks English as an additional language and also has a language disorder in {his} home language.
B semh - | {N} is often the target of unkind comments and finds it hard to stand up for {himself}.
B semh - | Hypervigilant in class; startles at sudden noises.
B semh - | Has had 14 behaviour incidents this term, mostly physical aggression towards peers.
B semh - | {He} {s:masks|mask} {his} difficulties at school, so staff see a quiet, compliant pupil.
B semh - | {N} struggles to accept adult direction and will argue about tasks.
B semh - | School refusal since October; {he} {s:has|have} attended 40% of sessions.
B semh - | {N} has experienced significant trauma and loss, which affects {his} ability to trust adults.
B semh - | Impulsive; shouts out and leaves {his} seat frequently.
B semh - | {N} is well liked by staff and peers and has a great sense of humour.
B sp - | Needs adult support to move safely around the school site.
B sp - | Uses a wheelchair for longer distances and a walking frame in class.
B sp - | {N} has reduced stamina and needs rest breaks in the afternoon.
B sp - | Avoids messy play and certain textures.
B sp - | {He} {s:is|are} unable to read standard print and uses braille for most tasks.
B sp - | {N} has difficulty judging distances and bumps into furniture.
B sp - | Needs help to open containers at lunch.
B sp - | {N} does not yet recognise when {he} {s:needs|need} the toilet.
B sp - | {His} left hand is used as a helper hand only.
B pfa - | {N} is beginning to think about college but does not know what courses are available.
B pfa - | {He} {s:has|have} limited awareness of stranger danger.
F cl - | Precision teaching of high-frequency words, 10 minutes daily, by a teaching assistant trained in the approach.
F cl - | A structured, cumulative literacy programme (for example Toe by Toe) delivered 1:1 for 20 minutes four times a week by a trained TA.
F cl u | Word mats, number lines and visual prompts in every lesson.
F cl - | {N} will be taught in a class of no more than 8 pupils, with a teacher and two teaching assistants.
F cl u | Tasks broken into small steps with a visual checklist.
F cl v | Additional adult support where appropriate.
F cl - | Access arrangements for exams: reader, scribe and 25% extra time.
F cl - | Assistive technology: a laptop with text-to-speech software, set up by the school's IT technician by the end of the first half term.
F ci - | A specialist teacher from the Communication and Autism Team will advise school staff once a half term.
F ci u | Visual supports to aid understanding of spoken language.
F ci - | Daily language group (15 minutes) with a teaching assistant following a programme written by the speech and language therapist.
F ci - | Use of {N}'s AAC device across the school day, with a named member of staff responsible for keeping vocabulary up to date.
F ci v | Access to social skills groups.
F ci - | A Lego therapy group once a week for 45 minutes, run by a trained TA.
F ci u | Adults to give instructions one at a time, using {N}'s name first.
F semh - | A personalised timetable with a 15-minute soft start in the nurture room each morning.
F semh - | Weekly 1:1 sessions with the school counsellor for 10 weeks.
F semh v | Regular opportunities to talk about how {he} {s:is|are} feeling with a familiar adult.
F semh u | A consistent approach from all staff using the agreed de-escalation plan.
F semh - | Zones of Regulation taught in a small group of four, twice a week for 30 minutes.
F semh - | A planned transition to secondary school, with 5 extra visits in the summer term supported by {his} key adult.
F semh v | Support during unstructured times as required.
F semh u | An exit card and a named place to go.
F sp - | Adult support (one trained adult) for all personal care, following the intimate care plan.
F sp - | A height-adjustable desk and a supportive chair, provided by school and reviewed by the OT annually.
F sp - | Daily physiotherapy exercises (20 minutes) carried out by a teaching assistant trained by the physiotherapist.
F sp u | Adapted PE.
F sp - | Enlarged and modified resources (N24, high contrast) prepared by the specialist teaching assistant.
F sp - | Teacher of the Deaf visits once a month to check equipment and advise staff.
F sp v | Sensory breaks should be offered throughout the day.
F sp u | Help to develop {his} handwriting.
F pfa - | Travel training with the Independent Travel Training Service, weekly for one term.
F pfa u | Preparing for adulthood sessions covering money, cooking and travel.
G sp - | The community children's nurses will provide training for school staff on gastrostomy feeding each year.
G sp - | A Healthcare Plan will be written by the school nurse and reviewed annually.
G sp - | Hydrotherapy at the hospital, 6 sessions a year.
G sp - | Review by the orthopaedic surgeon every 12 months.
G semh - | Referral to the Eating Disorders Service.
G semh - | Psychiatric review every 3 months while medication is adjusted.
G sp - | The continence nurse will review {N} every 6 months and provide products.
G sp - | The hospital eye service will review {his} glasses prescription yearly.
G - - | Immunisations to be brought up to date through the GP.
G sp - | The Speech and Language Therapy dysphagia team will assess {his} swallow and write a mealtime plan.
G sp v | Physiotherapy as required.
C sp - | {N} has Down syndrome and a history of heart surgery as an infant.
C sp - | Diagnosed with developmental coordination disorder (dyspraxia) by the community paediatrician.
C sp - | {N} has quadriplegic cerebral palsy (GMFCS level IV).
C sp - | Suffers from frequent ear infections and has had grommets twice.
C - - | {N} takes melatonin 3mg each night.
C semh - | {N} has a diagnosis of Tourette syndrome with motor and vocal tics.
C semh - | History of self-harm; under the care of the crisis team in 2024.
C sp - | Foetal alcohol spectrum disorder.
C - - | {N} is due an assessment at the sleep clinic.
C sp - | Wears glasses for long sight and has a squint.
D - - | Dad is {N}'s main carer and also cares for his own mother.
D - - | The family receive Disability Living Allowance for {N} at the higher rate.
D semh - | {N} has been missing from home on two occasions this year.
D - - | {N} shares a bedroom with two siblings, which affects {his} sleep.
D sp - | Mum has to lift {N} in and out of the bath, and this is becoming unsafe.
D - - | Siblings are affected by {N}'s behaviour at home and need time with their parents.
H1 - - | A play scheme place in every school holiday, 3 days a week.
H1 sp - | Adaptations to the family home: a through-floor lift and ramp.
H1 - - | Support from a personal assistant to attend Cubs each week.
H1 - u | Help at home.
H1 - - | Short breaks: 96 hours a year of community-based support.
H2 - - | Family group conference to plan support.
H2 - u | Signposting to local parent carer forum.
H2 - - | Shared care arrangement with a link family, one weekend a month.
H2 pfa - | Supported living placement to be arranged by adult social care from age 18.
I - pl | {N} will remain at {school} until the end of {year}.
I - pl | Specialist provision for pupils with social, emotional and mental health needs.
I - pl | Name of school: {school}
J - - | Direct payment for short breaks, reviewed annually.
J - - | Parents would like a personal budget to buy equipment for a sensory room at home.
A - - | {N} is a bright, curious child who loves asking questions.
A - - | {He} {s:has|have} two older brothers and a dog called Rolo.
A semh - | Parents feel school has been very supportive this year.
A - - | {N} moved to this area from Leeds last year.
A - - | Enjoys Scouts, gymnastics and drawing comics.
C - - | {N} finds it very hard to get to sleep and is often awake until after midnight.
C - - | {He} {s:wakes|wake} several times a night and is tired at school the next day.
C - - | Disturbed sleep, which leaves {him} exhausted in the mornings.
C - - | {N} has difficulty settling at night and {his} parents report only five hours' sleep.
B cl - | {N} knows {his} 2, 5 and 10 times tables.
B cl - | {He} can recall the 3 times table but not yet the 4 times table.
B cl - | {N} counts in 2s, 5s and 10s confidently.
B cl - | {He} {s:knows|know} number bonds to 20 and can use them to subtract.
"""
