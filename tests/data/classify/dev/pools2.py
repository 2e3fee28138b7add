"""Hand-written statements, part 2: professional reports (education, therapy, health)."""

REPORT = """
B cl - | {N}'s reading accuracy is well below that expected for {his} age and {he} relies heavily on guessing from the first letter.
B cl - | Working memory is a relative weakness; {he} {s:loses|lose} track of multi-step instructions part way through.
B cl - | {He} {s:is|are} working significantly below age-related expectations in reading, writing and maths.
B cl - | {N} can decode phonically regular words but reads slowly and without expression.
B cl - | Written work is brief, poorly organised and often unfinished.
B cl - | {He} {s:has|have} a good general knowledge and {s:contributes|contribute} well to discussions when the topic interests {him}.
B cl - | Number facts are not secure and {he} still counts on {his} fingers for simple addition.
B cl - | {N} finds it hard to transfer learning from one lesson to the next.
B ci - | {N} has difficulty understanding longer sentences and questions that contain more than two key words.
B ci - | Expressive language is characterised by short, grammatically immature sentences.
B ci - | {He} {s:struggles|struggle} to follow the unwritten rules of conversation and can dominate discussions with {his} special interests.
B ci - | Speech is largely intelligible to familiar listeners, though {he} {s:substitutes|substitute} t for k.
B ci - | {N} presents with a severe language disorder affecting both understanding and use of language.
B ci - | {He} often misinterprets the intentions of others, taking comments literally.
B ci - | In class {N} rarely initiates interaction with peers and prefers to play alongside them.
B ci - | {His} vocabulary is limited and {he} {s:uses|use} non-specific words such as 'thing' and 'that'.
B semh - | {N} can become dysregulated quickly when demands are placed on {him}, leading to shouting and leaving the room.
B semh - | {His} anxiety presents as avoidance: {he} will ask to go to the toilet or the office when a task feels hard.
B semh - | Attendance this year is 71%, with most absences on Mondays.
B semh - | {He} {s:has|have} received two fixed-term suspensions this academic year.
B semh - | {N} finds unstructured times such as lunch and break very difficult and incidents mostly happen then.
B semh - | {He} {s:has|have} a small group of friends but falls out with them frequently over games.
B semh - | {N} shows a low sense of self-worth and often describes {himself} as "stupid".
B semh - | Attention is fleeting; {he} {s:is|are} easily distracted by noise and movement in the classroom.
B semh - | {N} will become distressed if {his} routine changes without warning.
B sp - | {N}'s handwriting is laboured and {he} tires after a few lines.
B sp - | {He} {s:has|have} difficulty with balance and coordination and avoids climbing equipment.
B sp - | {N} is sensory seeking and needs frequent movement to stay alert.
B sp - | {His} hearing loss means {he} misses much of what is said in group discussions and in noisy rooms.
B sp - | {N}'s visual impairment affects {his} access to print smaller than N24 and to the board.
B sp - | {He} {s:needs|need} help with dressing, toileting and eating at school.
B sp - | {N} finds it hard to filter background noise and becomes overwhelmed in the hall.
B sp - | Fine motor skills are delayed; {he} cannot yet manage buttons or scissors.
B pfa - | {N} is not yet able to use money or tell the time, which limits {his} independence in the community.
B pfa - | {He} {s:has|have} not yet travelled anywhere without an adult.
B cl - | Assessment indicates that {N}'s non-verbal reasoning is an area of strength.
B cl - | {N} is a hard-working pupil who responds well to praise.
C sp - | {N} has a diagnosis of Duchenne muscular dystrophy, confirmed by genetic testing in 2021.
C sp - | {He} {s:has|have} generalised epilepsy, currently controlled with sodium valproate.
C sp - | {N} was born with a cleft palate, repaired at 11 months.
C sp - | {He} {s:has|have} a profound bilateral hearing loss and received cochlear implants aged two.
C sp - | {N} has type 1 diabetes and uses an insulin pump.
C semh - | {N} meets the diagnostic criteria for an anxiety disorder with features of selective mutism.
C semh - | {He} {s:was|were} assessed by the neurodevelopmental team and a diagnosis of ADHD was made.
C ci - | {N} received a diagnosis of autism spectrum disorder in March 2024.
C sp - | Growth has been monitored because {his} weight is below the 2nd centile.
C - - | {N} has mild asthma managed with a preventer inhaler.
C sp - | {He} {s:has|have} chronic constipation and soiling, which is being managed by the continence service.
C sp - | {N} has cortical visual impairment secondary to a brain injury at birth.
C semh - | CAMHS assessment found low mood, with sleep disturbance and loss of appetite.
C - - | {N} sleeps poorly, taking up to two hours to fall asleep, and has melatonin prescribed.
C sp - | {He} {s:is|are} fed by gastrostomy overnight and takes small tastes by mouth.
C sp - | {N} has hypermobility syndrome, which causes pain in {his} knees and wrists.
C sp - | {N} has a history of febrile convulsions but no seizures in the last two years.
C sp - | Sensory processing assessment shows marked under-responsiveness to movement and touch.
F cl - | {N} should receive daily individual reading practice of 15 minutes with a trained adult, using a structured programme.
F cl v | It is recommended that {N} has access to small group phonics teaching.
F cl v | {N} would benefit from pre-teaching of key vocabulary before new topics.
F cl rv | I suggest that {his} teacher uses a visual checklist for each task.
F ci - | A speech and language therapist will set targets and review them each term, and a trained teaching assistant will deliver the programme three times a week for 20 minutes.
F ci v | Adults should reduce their language to the key words and allow extra processing time.
F ci u | {N} will need support to develop {his} understanding of inference and figurative language.
F ci - | Teaching staff will use a consistent set of Makaton signs, taught to them by the speech and language therapist in a twilight session each term.
F semh v | {N} would benefit from a key adult who can support {him} to regulate, where possible.
F semh - | A learning mentor will meet {N} for 30 minutes each week to work through a CBT-informed anxiety programme.
F semh u | {N} requires a predictable routine with warnings before any change.
F semh v | School should consider a reduced timetable for a short period.
F sp - | The occupational therapist will provide a sensory diet, reviewed termly, to be delivered by a teaching assistant for 10 minutes three times a day.
F sp u | {N} needs a programme to develop {his} handwriting and fine motor skills.
F sp - | A qualified teacher of the deaf will visit fortnightly to monitor {his} access and advise staff.
F sp - | {N} requires a radio aid in all lessons, checked daily by the class teaching assistant.
F sp v | Opportunities for movement breaks should be built into the day.
F sp - | Physiotherapy programme of stretches, taught to staff by the physiotherapist, carried out daily for 20 minutes.
F cl - | Reasonable adjustments: 25% extra time, a reader and a separate room for assessments.
F cl v | Differentiated work as appropriate.
F pfa - | A careers adviser will meet {N} each term from Year 9 to plan {his} route into further education.
F pfa u | {N} will need support to develop independence skills in preparation for adulthood.
F ci v,rv | In my opinion {N} would benefit from a language-rich environment.
G - - | {N} will continue under the care of the community paediatrician, who will review {him} annually.
G sp - | The children's community nursing team will train school staff to give rescue medication.
G sp - | Audiology will review {his} hearing aids every six months.
G semh - | CAMHS will offer 12 weekly sessions of cognitive behavioural therapy with a CAMHS practitioner.
G sp - | Orthotics will provide and review ankle-foot orthoses.
G sp - | Referral to the wheelchair service for assessment of seating.
G sp - | The dietitian will monitor {his} weight and adjust the feeding plan.
G - - | {N}'s melatonin will be reviewed by the paediatrician in six months.
G sp - | Ophthalmology follow-up yearly at the eye clinic.
G sp - | The epilepsy nurse will update {his} care plan annually and on any change of medication.
G semh - | The ADHD nurse will monitor {his} medication, height and weight every three months.
G sp - | Chest physiotherapy is provided by the respiratory team at home twice a day.
- - - | {N} was referred by {his} school because of concerns about progress in literacy.
- - - | This report is based on an observation in class, discussion with staff and an individual assessment.
- - - | The Wechsler Intelligence Scale for Children (WISC-V) was administered.
- - - | Scores between 85 and 115 fall within the average range.
- - - | Verbal Comprehension Index: 82 (12th percentile).
- - - | Results should be interpreted with caution as {N} was tired during the session.
- - - | Please contact me if you have any questions about this report.
- - - | This report should be read alongside the school's SEN support plan.
- - - | Consent for this assessment was given by {his} mother.
- - - | Date of assessment: {date}
- - - | The CELF-5 was used to assess {his} receptive and expressive language.
- - - | Core Language Score 68, below the 2nd percentile.
- - - | Reason for referral: concerns about speech clarity.
- - - | See section 4 of this report for recommendations.
- - - | Signed: Dr {sur}, Educational Psychologist
- - - | cc: parents, school SENCO, GP
- - - | This report may be shared with other professionals involved with {N}.
- - - | Background information was obtained from the school's records.
- - - | Thank you for referring {N} to the service.
- - - | {N} was seen at school on {date} for one hour.
- - - | The assessment took place in a quiet room with {his} teaching assistant present.
- - - | Movement ABC-2: Manual Dexterity standard score 5.
"""

HEALTH_SOCIAL = """
D - - | {N} lives with {his} mother and two younger siblings in a two-bedroom flat.
D - - | Mum has her own health needs and finds caring for {N} at night exhausting.
D sp - | {N} needs help with all personal care, including bathing and dressing, at home.
D - - | {N} is a looked-after child placed with foster carers since 2022.
D semh - | {N} has very few opportunities to socialise outside school and spends most evenings in {his} room.
D - - | The family has been supported under a child in need plan since 2023.
D - - | Parents report significant strain and have asked for a carer's assessment.
D pfa - | {N} is not safe to go out in the community alone because {he} does not understand danger from traffic.
D - - | {N}'s older brother is a young carer and helps with bedtimes.
D - - | The family home is not adapted and {N} has to be carried upstairs.
D semh - | There have been incidents of {N} leaving the house at night without telling anyone.
D - - | Social care involvement closed in 2024 with no further action.
D sp - | {N} cannot be left unsupervised in the bath because of {his} seizures.
D - - | Mum has recently separated from {N}'s father and is managing alone.
D - - | The family have no support network nearby.
D pfa - | At 17, {N} will need a Care Act assessment from adult social care.
H1 - - | {N} will attend the Saturday club at Brambles for 6 hours every fortnight with 1:1 support.
H1 - - | A personal assistant will take {N} swimming for 3 hours each week.
H1 sp - | A ceiling track hoist will be fitted in {N}'s bedroom by the council's occupational therapy team.
H1 - - | {N} will attend a four-week summer holiday scheme, 10am to 3pm, with transport.
H1 - v | Access to short breaks as appropriate.
H1 - rc | Short breaks will be provided subject to panel approval.
H1 sp - | A carer will support {N} with getting up and dressed on school mornings, 7am to 8am.
H1 - u | Help for the family with practical tasks at home.
H1 pfa - | Transport to and from the youth club on Thursday evenings, provided by the council.
H1 - - | Two weeks of holiday provision at the inclusive play scheme each summer.
H1 sp - | A specialist car seat for travel to activities, provided by the disabled children's team.
H2 - - | {N} will have overnight short breaks at the Oaktree residential unit, 24 nights a year.
H2 - - | The allocated social worker will visit every 6 weeks and review the child in need plan.
H2 - - | A family support worker will work with parents on routines for 12 sessions.
H2 - - | Mum will be offered a carer's assessment by the carers' support team.
H2 - - | A young carer's assessment will be offered to {N}'s brother.
H2 pfa - | Adult social care will carry out a Care Act needs assessment before {N} turns 18.
H2 - - | {N} will continue to be supported as a child in need.
H2 - - | Foster carers will receive support from the fostering social worker.
H2 - v | Social care will keep the situation under review.
H2 pfa - | A transitions social worker will be allocated from age 16.
J - - | Parents have requested a personal budget for the personal assistant hours.
J - - | Mum would like to receive a direct payment to employ a carer she knows.
J - - | The short breaks package will be delivered as a direct payment of £1,200 a year.
J - - | A personal budget of £4,500 a year for transport to college.
J - - | No personal budget has been requested at this time.
J - - | The family have chosen to take the travel allowance as a personal travel budget.
J - - | A notional budget for speech and language therapy is held by the school.
I - pl | {N} will attend {school}, a mainstream school with an additionally resourced provision.
I - pl | Parents have expressed a preference for {school}.
I - pl | {N}'s needs are best met in a specialist school for pupils with autism.
I - - | Type of placement: mainstream primary.
I - - | Placement to be confirmed following consultation.
I - pl | {N} will move to {college} in September to study a Foundation Learning course.
I - pl,rv | In my opinion, {N} requires a small specialist setting with a high staff ratio.
I - pl | Mum would like {N} to go to a special school where the classes are small.
"""
