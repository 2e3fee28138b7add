"""Hand-written statements, part 1: fragments, child's and parents' views.
Line format: SECTION AREA FLAGS | text   (flags: v u rc nt nm op pof rv pl, or -)."""

FRAGMENT = """
F cl u | Help with spelling
F cl u | Support with reading comprehension
F ci u | Frequent speech therapy input
F sp - | a quiet workstation
F sp - | A writing slope and pencil grips
F sp - | Ear defenders available in noisy lessons
F cl - | Coloured overlays for reading
F ci - | Visual timetable on desk
F ci - | Now and next board
F semh - | Access to a calm space when dysregulated
F semh v | Regular check-ins with a trusted adult
F cl v | Small group work for literacy
F cl - | Daily 20 minutes 1:1 precision teaching with a TA
F cl - | 3 x 30 minute sessions a week of structured phonics with a trained teaching assistant
F ci - | Weekly 30-minute session with the speech and language therapist
F ci u | Makaton signing used by all adults
F ci u | Pre-teaching of topic vocabulary
F semh u | Social skills group
F semh v | Time-out card as needed
F semh u | Emotional literacy support
F semh - | ELSA sessions weekly for 6 weeks
F sp u | Sensory circuits before lessons
F sp - | Sensory circuit each morning for 15 minutes led by a trained TA
F sp - | Wobble cushion and fidget tools
F sp u | Support with personal care at school
F sp - | Adult support for toileting from two trained staff
F cl - | Reader and scribe for tests
F cl - | 25% extra time in assessments
F cl u | Chunking of tasks
F cl u | Simplified instructions, repeated as needed
F ci u | Social stories for changes to routine
F semh - | Key adult for the start and end of each day
F semh u | Support at unstructured times
F semh v | Lunchtime club where possible
F sp - | Laptop with touch-typing programme
F sp - | Specialist seating and a footrest
F sp u | Fine motor programme
F sp - | OT programme delivered 3 times a week for 15 minutes by a TA trained by the OT
F ci u | Speech and language therapy input
F ci - | Termly review by the speech and language therapist
F cl u | Multisensory teaching
F cl v | Overlearning and repetition
F cl u | Access to a word processor
F semh u | Positive behaviour plan
F semh v | Opportunities to take on responsibility
F pfa u | Travel training
F pfa - | Travel training for 10 weeks with the council's independent travel trainer
F pfa u | Support with money skills
F pfa v | Work experience placement where available
F pfa u | Careers guidance
F pfa - | Careers interview with an independent careers adviser in Year 9 and Year 10
F ci - | Radio aid and soundfield system
F sp - | Enlarged print materials (N18)
F sp u | Mobility and orientation training
F sp - | Mobility training from a qualified habilitation specialist, 1 hour a week
F sp u | Moving and handling plan
F cl - | Coloured paper and a reading ruler
F semh u | Mentoring
F semh - | Weekly mentoring with the learning mentor (45 minutes)
F ci u | Support to understand jokes and idioms
F ci u | Modelling of language by adults
F cl u | Help to organise homework
F semh u | Reduced timetable, reviewed
F semh v | a safe space to go to if needed
F cl v | Adult support in class
F semh v | High level of adult support
F ci u | intensive interaction sessions
F cl - | Numicon kit and a 100 square
F sp - | Move'n'sit cushion
F sp - | Chewy tube
F ci - | PECS book kept with him at all times
F sp v | Movement breaks as appropriate
F sp - | Movement break every 20 minutes
F ci u | Attention Autism sessions
F ci - | Attention Autism group 4 times a week led by a trained HLTA
G - - | Annual review by the community paediatrician
G sp - | Epilepsy care plan and rescue medication in school
G sp - | Dietitian review every 6 months
G semh - | CAMHS follow-up appointments every 4 weeks
G sp - | Orthotics review
G sp - | Replacement hearing aids through the audiology service
G sp - | Wheelchair service assessment for a new powered chair
G sp - | Gastrostomy feeding plan overseen by the children's community nursing team
G sp - | Chest physiotherapy twice daily at home
G sp - | Sleep clinic referral
G sp - | Continence service assessment and products
G - - | Ongoing monitoring by the GP
G semh - | Medication review for ADHD every 3 months with the specialist nurse
H1 - u | Short breaks
H1 - - | Saturday play scheme, 5 hours a week
H1 - u | Holiday club
H1 - - | After-school club for disabled children, one evening a week
H1 sp - | Hoist and profiling bed at home
H1 sp - | Level-access shower fitted at home
H1 sp u | support with personal care at home
H1 sp - | Personal care at home, 1 hour each morning from a care agency
H1 - - | Buddy scheme to go swimming on Sundays
H1 - u | Help to get to activities
H1 pfa - | Transport to youth club on Tuesday evenings
H1 - - | Sitting service, 4 hours a fortnight
H2 - - | Overnight short breaks at Willowmead, 2 nights a month
H2 - u | Social worker visits
H2 - - | Child in need plan reviewed every 6 weeks
H2 - - | Family support worker for 12 weeks
H2 - u | Young carer's assessment for sibling
H2 - - | Carer's assessment for mum
H2 pfa - | Transition assessment by adult social care at 17
H2 - - | Residential short break, one weekend in four
H2 - u | Parenting support
H2 - - | Early help key worker
B cl - | Difficulties with working memory
B cl - | Reading age 2 years below chronological age
B ci - | Limited expressive vocabulary
B ci - | Poor eye contact and limited joint attention
B semh - | Low self-esteem
B semh - | Struggles with transitions
B sp - | Poor fine motor control
B sp - | Sensitive to noise and busy environments
B cl - | Slow processing speed
B ci - | Echolalia and scripted language
B semh - | Frequent absences from school this year
B sp - | Tires easily by the afternoon
B cl - | Strong visual memory
B ci - | Good receptive vocabulary
B semh - | Kind and helpful with younger children
C sp - | Epilepsy (absence seizures)
C sp - | Diagnosis of cerebral palsy, left hemiplegia
C sp - | Moderate bilateral sensorineural hearing loss
C - - | Asthma, uses inhaler
C semh - | Diagnosed with ADHD, combined type, in 2023
C - - | Poor sleep, wakes 3-4 times a night
C sp - | Nut allergy, carries an adrenaline pen
C sp - | Constipation, managed with daily laxatives
C ci - | Autism diagnosis (Northvale neurodevelopmental pathway, 2022)
D - - | Mum is a single parent with two other children
D - - | Family live in temporary accommodation
D sp - | Needs two carers for all personal care at home
D - - | Dad works away during the week
D semh - | No friends outside school; does not go out
D - - | Child in need since 2023
E pfa nt | Travel to college independently
E pfa nt | Be able to cook a simple meal
E cl nt | Read for pleasure
E ci nt | Make and keep a friend
E semh nt,nm | Feel happy and safe at school
E sp nt | Get dressed independently
E pfa nt | Get a part-time job
E pfa nt | Live in a supported flat with friends
"""

CHILD = """
A - - | Kind, funny and loves animals
A - - | Lego, trampolining, baking
A - - | Likes: Minecraft, swimming, my dog Biscuit
A - - | Dislikes: loud noises, being rushed, custard
A - - | Football, Pokémon cards and drawing
A - - | Good at: art, making people laugh, looking after my little sister
A semh - | Things that are hard: playtimes, the dinner hall, when plans change
A - - | Favourite lesson - science
A - - | Wants to be a vet
A pfa - | Would like to work with cars when older
A - - | Loves dancing and singing along to musicals
A - - | Really into trains and buses, knows all the routes
A semh - | Gets worried about tests
A semh - | Doesn't like it when people shout
A ci - | Finds it hard when people talk too fast
A - - | Happiest when outside on the bike
A - - | Best thing about school: my friends and forest school
A semh - | Worst thing about school: the noise at lunch
A - - | Animals, especially horses
A - - | Cheerful, chatty and very determined
A - - | Loves being helpful and giving out the books
A semh - | Scared of the toilets at school
A cl - | Hates writing but loves telling stories
A - - | My hero is my grandad
A - - | Enjoys watching YouTube videos about space
A - - | I like going to my nan's on Saturdays
A semh - | I don't like it when the class is noisy because it hurts my ears
A cl - | Reading is hard but I like it when Miss reads to us
A pfa - | I want to be a mechanic like my uncle
A semh - | I get cross when people touch my things
A - - | My favourite food is pizza
A ci - | I find it hard to make friends because I don't know what to say
A semh - | Sometimes I feel sad at school and I don't know why
A pfa - | When I leave school I want to live with my friends in a flat
A cl - | I'm good at maths but I can't always write it down
A - - | I like it when my teacher gives me jobs to do
A semh - | I would like more time on my own when I'm tired
A - - | What's important to me: my family, my cat and my PlayStation
A - - | The people who help me are Mum, Mrs {sur} and my big brother
A semh - | Said school is "okay" but lunchtimes are "rubbish"
A semh - | Told us she worries about getting things wrong
A ci - | Uses lots of gestures and will take your hand to show you
A - - | Chooses the sand tray and the swing every time
A - - | Smiles and laughs when music is played
A - - | Vocalises happily during water play
A semh - | Becomes upset and covers ears when the hand dryer is used
A pfa - | Wants to learn to drive
A pfa - | Wants a job in a café
A - - | {N} describes {himself} as "sporty and a bit cheeky"
A - - | {N} said the best bit of {his} week is going to Scouts
A semh - | {N} told me {he} {s:feels|feel} left out at break times
A pfa - | {N} would like to go to college to study hair and beauty
A - - | {N} enjoys baking with {his} grandma and making slime
A cl - | {N} says maths is {his} favourite subject because "there's always a right answer"
A - - | Likes Taylor Swift, make-up tutorials and netball
A - - | Gaming, fishing with Dad and going to the skate park
A semh - | Would like people to give {him} time and not rush {him}
A ci - | Would like adults to use fewer words
A - - | I am proud of my swimming badges
A pfa - | My dream is to work at the zoo
"""

PARENT = """
A - - | {N} is a loving, funny child who lights up the room
A - - | {He} {s:is|are} obsessed with dinosaurs and can name them all
A ci - | We first became concerned when {he} had no words at two
A semh - | Mornings are a battle; {he} often refuses to get in the car
A semh - | We are really worried about how anxious {he} {s:has|have} become
A - - | {His} big sister is very protective of {him}
A sp - | {He} still wears nappies at night and this is upsetting for {him}
A - - | Born at 29 weeks and spent 8 weeks in the neonatal unit
A - - | Walked at 20 months, first words at around three
A semh - | As parents we feel nobody is listening to us
A cl - | Homework ends in tears most nights
A ci - | {He} {s:talks|talk} a lot at home but not at school
A pfa - | We would like {him} to be as independent as possible when {he} {s:leaves|leave} school
A - - | Our hope is that {he} will be happy and have friends
A semh - | Since the move to {year} {he} {s:has|have} not been sleeping and is very withdrawn
A sp - | {He} will only eat about six foods, all beige
A semh - | Mum says {he} {s:comes|come} home and melts down after holding it together all day
A semh - | Dad reports that {he} {s:has|have} been hitting {his} brother when frustrated
A - - | Mum describes {him} as affectionate and sensitive
A cl - | Parents feel {he} {s:is|are} falling further behind with reading
A - - | Family are very proud of {his} progress in swimming
A semh - | Parents are worried about {his} safety online
A pfa - | Mum would like {him} to learn to use the bus on {his} own
A - - | Parents want {him} to stay at a school close to home
A - - | Very close to {his} grandparents, who look after {him} after school
A ci - | Understands much more than {he} can say
A semh - | Struggles to settle to sleep, often not asleep until 11pm
A - - | Lives with mum, stepdad and three younger siblings
A semh - | Home life is calm but evenings can be hard
A - - | Loves being outdoors and helping on the allotment
A semh - | We've noticed {he} {s:has|have} started picking {his} skin when stressed
A cl - | {He} can't remember what {he} {s:has|have} read by the end of the page
A sp - | {He} {s:falls|fall} over a lot and has bruises on {his} legs
A - - | {He} {s:is|are} a real character and loves to make people laugh
A ci - | At home {he} {s:uses|use} Makaton and some words
A - - | We adopted {N} when {he} {s:was|were} three
A semh - | We feel {he} {s:is|are} bright but school does not see what we see at home
A - - | Our family speaks Polish and English at home
A semh - | It breaks my heart that {he} {s:says|say} {he} {s:has|have} no friends
A pfa - | In the future I'd like {him} to have a job and live near us
A - - | I am a single mum and work part-time
A semh - | {He} {s:has|have} told me {he} {s:wants|want} to die when things go wrong at school, which frightens me
A sp - | {He} can't tie laces or use a knife and fork yet
A - - | {He} {s:has|have} a wonderful memory for songs
A semh - | We had to collect {him} early three times last month
A ci - | Strangers can't understand {his} speech
A cl - | {He} {s:loves|love} being read to but won't try to read {himself}
A - - | What works well at home: routine, warnings before changes and lots of praise
A semh - | What doesn't work: raised voices and surprises
A - - | Grandma has looked after {him} since {he} {s:was|were} a baby
A semh - | We are exhausted and need some help
"""
