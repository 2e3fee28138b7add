"""Hand-written statements, part 5: more outcome parts, social care, views and needs."""

VP_MORE = [
 ("ci", 1, "{v:uses|use} a visual schedule to move between activities without becoming upset"),
 ("ci", 1, "{v:responds|respond} to {his} name when called from across the room"),
 ("ci", 1, "{v:uses|use} 'because' to give a reason in a spoken sentence"),
 ("ci", 1, "{v:understands|understand} and {v2:follows|follow} class routines signalled by a sound or symbol"),
 ("ci", 1, "{v:shows|show} an adult what {he} {s:wants|want} by pointing, signing or using a symbol"),
 ("ci", 1, "{v:stays|stay} on topic for three turns in a conversation with a peer"),
 ("ci", 1, "{v:uses|use} speech that is understood by unfamiliar listeners most of the time"),
 ("ci", 1, "{v:describes|describe} a picture using adjectives for size, colour and shape"),
 ("ci", 1, "{v:orders|order} {his} lunch in the canteen by speaking to the server"),
 ("ci", 0, "{v:communicates|communicate} more effectively with {his} peers"),
 ("cl", 1, "{v:reads|read} and {v2:writes|write} numbers to 100"),
 ("cl", 1, "{v:uses|use} a dictionary or spellchecker to correct spellings in a paragraph"),
 ("cl", 1, "{v:writes|write} a paragraph of five sentences on a given topic"),
 ("cl", 1, "{v:solves|solve} one-step word problems involving multiplication"),
 ("cl", 1, "{v:reads|read} a simple recipe and {v2:follows|follow} it step by step"),
 ("cl", 1, "{v:summarises|summarise} the main points of a short text in three bullet points"),
 ("cl", 1, "{v:recognises|recognise} and {v2:names|name} all the letters of the alphabet"),
 ("cl", 1, "{v:uses|use} column addition with carrying accurately"),
 ("cl", 0, "{v:makes|make} good progress in all subjects"),
 ("cl", 0, "{v:is|be} a more confident learner"),
 ("semh", 1, "{v:uses|use} a worry box or journal to share concerns at least once a week"),
 ("semh", 1, "{v:accepts|accept} losing a game without shouting or walking away"),
 ("semh", 1, "{v:arrives|arrive} at school on time and {v2:enters|enter} the classroom with {his} class"),
 ("semh", 1, "{v:asks|ask} to join a game at break time"),
 ("semh", 1, "{v:works|work} alongside a peer in a paired task for 15 minutes"),
 ("semh", 1, "{v:repairs|repair} a friendship after a disagreement with the help of a restorative conversation"),
 ("semh", 1, "{v:eats|eat} lunch in the dining hall with friends three days a week"),
 ("semh", 1, "{v:reduces|reduce} the number of behaviour incidents to fewer than two a week"),
 ("semh", 0, "{v:is|be} calmer in school"),
 ("semh", 0, "{v:has|have} better self-regulation"),
 ("sp", 1, "{v:climbs|climb} the stairs to the first floor using the handrail"),
 ("sp", 1, "{v:uses|use} cutlery to cut up soft food"),
 ("sp", 1, "{v:applies|apply} {his} own sun cream and {v2:puts|put} on {his} hat before going outside"),
 ("sp", 1, "{v:uses|use} magnification software to read class texts on a laptop"),
 ("sp", 1, "{v:manages|manage} {his} hearing aids, putting them in each morning"),
 ("sp", 1, "{v:joins|join} in PE lessons with adapted equipment"),
 ("sp", 1, "{v:sits|sit} on the carpet for ten minutes using a wobble cushion"),
 ("sp", 1, "{v:drinks|drink} from an open cup without spilling"),
 ("sp", 1, "{v:changes|change} {his} own continence pad with one adult supervising"),
 ("sp", 0, "{v:has|have} improved core strength"),
 ("pfa", 1, "{v:orders|order} and {v2:pays|pay} for a meal in a café"),
 ("pfa", 1, "{v:uses|use} a phone to call a parent if {he} {s:gets|get} lost"),
 ("pfa", 1, "{v:sets|set} an alarm and {v2:gets|get} up in time for college"),
 ("pfa", 1, "{v:cleans|clean} {his} room and {v2:changes|change} {his} bed each week"),
 ("pfa", 1, "{v:attends|attend} an interview for a volunteering role"),
 ("pfa", 1, "{v:takes|take} part in {his} own annual review, saying what has gone well"),
 ("pfa", 1, "{v:knows|know} {his} address and phone number and when to give them out"),
 ("pfa", 1, "{v:pays|pay} a bill online with a supporter checking"),
 ("pfa", 1, "{v:registers|register} with a GP and dentist near {his} new home"),
 ("pfa", 0, "{v:is|be} ready for the world of work"),
]

MORE2 = """
D - - | Mum works nights and Grandma cares for {N} and {his} sister after school.
D - - | The family was known to children's services in 2022 following concerns about neglect.
D semh - | {N} is at risk of criminal exploitation and has been seen with older young people in the town centre.
D sp - | {N} needs waking and turning twice a night, so {his} parents rarely sleep through.
D - - | Parents are struggling financially and the house is overcrowded.
D - - | {N} has little contact with {his} father.
D pfa - | {N} will need support from adult social care to live away from home.
D - - | There are no concerns about {N}'s safety at home.
D sp - | {N} needs constant supervision at home because {he} has no sense of danger.
D - - | {N} attends respite care and the family say this is their lifeline.
D - - | Social worker: the family are managing well with the current package.
D semh - | Police have been called to the home twice because of {N}'s aggression towards {his} mother.
H1 - - | {N} will receive 3 hours a week of community support from a personal assistant to go to the cinema, shops and park.
H1 sp - | Equipment for the home: a specialist bed with sides and a bath seat, provided by the children's occupational therapist.
H1 - - | Saturday youth club for disabled young people, with transport, every week in term time.
H1 - - | Four days of holiday activity each school holiday.
H1 - - | A domiciliary care worker to help with {N}'s bedtime routine, 5 evenings a week.
H1 - - | Short break: a sitting service so that parents can attend {N}'s siblings' events, 6 hours a month.
H1 - v | Support to access local leisure activities where available.
H1 pfa - | Travel support to attend the weekend drama group.
H2 - - | Regular reviews of the child in need plan by the allocated social worker.
H2 - - | A referral to the Early Help team for family support.
H2 - - | {N}'s foster placement will be reviewed at the looked-after child review every 6 months.
H2 - - | Two overnight stays a month with a short-break foster carer.
H2 - - | Outreach from the family support service to help with sleep routines, weekly for 8 weeks.
H2 pfa - | Preparing for adulthood social worker to attend the Year 9 review.
H2 - - | The parenting programme for parents of autistic children (8 weekly sessions).
H2 - u | Young carers group for {N}'s sister.
J - - | A direct payment of 4 hours a week to employ a personal assistant.
J - - | Parents do not want a personal budget.
J - - | Personal budget requested for the travel element of the plan.
A ci - | Mum said {N} has always been a late talker and still mixes up words.
A semh - | We are worried that {he} will be excluded.
A - - | {N} is the youngest of four and loves being with {his} brothers.
A sp - | At home {he} still needs help with dressing and bathing.
A cl - | I think {he} can read more than school say; {he} reads the football scores every week.
A - - | {N}'s dad describes {him} as a gentle giant who loves animals.
A semh - | I don't feel school listen when I tell them how anxious {he} is.
A pfa - | As a family we want {N} to have a job one day and to be part of the community.
A - - | Family: Mum, Dad, twin sister, dog
A - - | Interests: Roblox, drawing, Taylor Swift
A - - | Strengths: caring, creative, brilliant memory
A semh - | Worries: being told off, the dark, getting lost
A - - | What makes a good day for me: pancakes, my friends, no spellings
A semh - | What makes a bad day: noise, people shouting, changes
A ci - | How I communicate: some words, signs and my iPad
A - - | How best to support me: talk to me calmly and give me time
A - - | Loves the Beano, cheese on toast and going to the beach
A - - | Enjoys rugby and plays for the under-12s on Sundays
B ci - | {N}'s language is well below age expectations on standardised assessment.
B cl - | {He} {s:needs|need} considerable adult support to stay on task and complete work.
B semh - | Peer relationships are a significant area of difficulty.
B sp - | {N} fatigues quickly due to {his} condition and misses learning when tired.
B cl - | {N} learns best through repetition and visual, practical activities.
B semh - | {He} {s:is|are} anxious about getting things wrong and will not attempt new tasks.
B ci - | {N} takes a long time to process what is said and often needs it repeated.
B sp - | {He} {s:is|are} unable to access the upstairs classrooms without the lift.
B pfa - | {N} has no understanding of the value of money.
B cl - | Currently working at pre-key stage standard 4 in reading.
F ci - | Speech and language therapy: 6 sessions a term in school, plus a programme for staff to run twice a week.
F cl - | Daily phonics in a group of no more than 4 pupils, led by the class teacher.
F semh - | A mentor from the Inclusion Team for one hour each week.
F sp - | A sensory profile by the OT and a sensory plan reviewed each term.
F pfa - | A supported internship at Riverford Hospital, 3 days a week, with a job coach.
F cl u | Access to ICT to record work.
F semh v | Nurture group where possible.
F ci u | Communication-friendly classroom.
G sp - | Referral to the physiotherapy service for review of {his} walking.
G sp - | Annual diabetes clinic and three-monthly reviews with the diabetes nurse.
G semh - | Family therapy through CAMHS, fortnightly for six months.
G - - | Health visitor to continue to support the family with sleep.
"""
