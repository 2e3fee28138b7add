"""Case 1 (fiction): Eleanor Grace "Nell" Whitlock, born 17/05/2016, Year 6 at St Aidan's Church of
England Primary School, Kelderby. About 100 pages of advice on Northfold's forms."""

from common import heading, pagebreak, section, table
from fodt import P
from forms import Fill

CASE = "eleanor-whitlock"
REF = "NF/EHCNA/26/04817"

PD = {
    "pd.name": "Eleanor Grace Whitlock",
    "pd.preferred": "Nell",
    "pd.dob": "17/05/2016",
    "pd.gender": "Female",
    "pd.address": "14 Larkspur Close, Kelderby, NF4 7QX",
    "pd.nhs": "999 482 1736",
    "pd.upn": "H823401726015",
    "pd.setting": "St Aidan's Church of England Primary School, Kelderby",
    "pd.year": "Year 6",
    "pd.attendance": "88.4%",
    "pd.need": "Communication and interaction",
    "pd.diagnosis": "Autism spectrum condition (March 2024); anxiety",
    "pd.looked_after": "No",
    "pd.language": "English",
}

FAMILY = [
    ["Mrs", "Joanne", "Whitlock", "Mother", "14 Larkspur Close, Kelderby", "NF4 7QX", "01632 960412", "07700 900318", "jo.whitlock@example.com", "No"],
    ["Mr", "Daniel", "Whitlock", "Father (lives apart)", "Flat 3, 22 Mill Race Road, Ashwick", "NF7 2LD", "", "07700 900527", "dan.whitlock@example.net", "No"],
    ["", "Alfie", "Whitlock", "Brother (13)", "14 Larkspur Close, Kelderby", "NF4 7QX", "", "", "", ""],
    ["", "Rosa", "Whitlock", "Sister (6)", "14 Larkspur Close, Kelderby", "NF4 7QX", "", "", "", ""],
    ["Mrs", "Patricia", "Gower", "Maternal grandmother", "9 Orchard Row, Kelderby", "NF4 2BH", "01632 960733", "", "", "No"],
]


def fill(d):
    x = dict(PD)
    x.update(d)
    return Fill(x, REF)


# ---------------------------------------------------------------------------------------------
# 1. Parent and carer views (with extra pages, letters, a call log, the portal leaflet)
# ---------------------------------------------------------------------------------------------
STORY = [
    heading("Extra pages: Nell's story, written by her mum and dad"),
    section("Before Nell was born", [
        "Nell is our second child. Alfie was three when I found out I was expecting again, and we were living with my mum in Orchard Row while Dan finished his apprenticeship. The pregnancy was straightforward until about 30 weeks, when I was admitted to Kelderby General twice with high blood pressure.",
        "I mention this because people have asked us more than once whether something happened at the birth, and I have gone over it in my head a hundred times. The midwives were wonderful. I was induced at 38 weeks and Nell arrived after a long labour, weighing 6lb 2oz. She needed a little help with her breathing for the first few minutes but was on the ward with me the same evening and we went home on day three.",
    ]),
    section("The baby years", [
        "Nell was a very alert baby. She fed well but hated being put down and would only sleep if she was moving, in the pram or in the car. Dan used to drive round the ring road at two in the morning because it was the only thing that worked. Our health visitor said some babies are just like that, and with Alfie to look after too we did not have much time to think about it.",
        "She sat up and walked at the usual ages, walking at 13 months. What I noticed was that she did not point at things to show us, and she would not look where I pointed. She would take my hand and put it on the thing she wanted, like the biscuit tin or the television remote. At the time we thought it was funny and clever.",
        "Her first words came at around 14 months but they were not \u201cmummy\u201d or \u201cdaddy\u201d. They were \u201cround and round\u201d, from the washing machine, and the jingle from the advert for the bank. By two she could say whole lines from her favourite programmes but she did not use them to ask for things. If she wanted a drink she would stand by the fridge and cry until we guessed.",
        "She lined things up. Her cars, her shoes, the tins in the cupboard, the pegs on the airer. If Alfie moved one she would scream until it was put back exactly. We laughed about it with family and called her our little librarian. My mum was the first one to say she thought Nell was \u201cin her own world\u201d a lot of the time.",
    ]),
    section("Nursery", [
        "Nell started at Little Acorns Day Nursery in Kelderby two mornings a week when she was two and a half, when I went back to work part-time. The first weeks were very hard. She cried at the door every day and the staff said she would settle, which she did, in the sense that she stopped crying. They told us she was \u201cno trouble\u201d. I found out later that she spent most mornings at the sand tray on her own, pouring sand from one cup to another.",
        "Her key worker, who was lovely, did a two-year check with the health visitor and said Nell's speech was fine because she knew a lot of words. Nobody asked how she used them. At home she was starting to have long meltdowns, sometimes an hour or more, often after nursery, and we put this down to her being tired.",
        "Then the first lockdown came in March 2020 and nursery closed. In some ways Nell was happier at home than she had ever been, because every day was the same. In other ways it hid things from us, because she was not with other children and we had nothing to compare her with.",
    ]),
    section("Starting school at Millbeck", [
        "Nell started Reception at Millbeck Infant School in September 2020, in the middle of the bubbles and the one-way systems. The staggered start times actually suited her, and her first teacher said she was \u201cvery bright\u201d and already reading. She could read the labels on everything and she taught herself to read from the subtitles on the television.",
        "By the spring term things were different. She was coming home and going straight under the table in the front room and staying there until tea. She would not tell us what had happened, and when I asked she would repeat my question back to me. The school said she was fine in class, quiet and well behaved. I believed them, because I wanted to.",
        "In Year 1 her teacher, Mrs Kaur, was the first person at school to raise a concern. She had noticed that Nell did not join in with other children at playtime and walked the edge of the playground, touching the fence. She also said Nell did not seem to understand instructions given to the whole class, and would wait and copy what the others did. Mrs Kaur asked if we would agree to a referral to the school nurse, which we did.",
        "The school nurse saw Nell in January 2022 and sent us a questionnaire, and then we waited. Meanwhile Year 1 became very difficult. Nell started refusing to put her uniform on, saying it was \u201cscratchy\u201d, and we had some awful mornings. I would get her to the gate and she would cling to the railings. Twice I took her home again because I could not bear to leave her like that.",
        "Year 2 was better because her teacher, Mr Hale, was very calm and kept everything the same. He gave her a job every morning, feeding the class fish, which got her through the door. He also let her wear her PE hoodie over her uniform. I will always be grateful to him. But the assessments at the end of Year 2 showed her writing was well below where it should be, even though her reading was fine, and she could not explain how she got her answers in maths even when they were right.",
    ]),
    section("Thornbury and the move to St Aidan's", [
        "In September 2023 Nell moved up to Thornbury Junior School with the rest of her year. It was a much bigger school, with more than 400 children, a bell, a big noisy hall and different teachers for some subjects. We visited twice before the summer but it was not enough.",
        "Within a few weeks she had stopped eating at school. She was coming out at half past three white and silent and then falling apart as soon as we got to the car. She scratched her arms at night. By October she was refusing to go in at all on some days, and the school began to phone me at work to collect her because she was hiding in the toilets.",
        "The school's response was to talk about her attendance. We had a letter about it in November (I have copied it below). I understand that schools have to do this, but I felt that we were being blamed for something none of us understood.",
        "We looked at other schools over the autumn half-term. St Aidan's is smaller, with one class in each year, and when we visited the head took Nell round herself and showed her the library corner with the beanbags. Nell asked if she could come back the next day. She started at St Aidan's in January 2024, in the middle of Year 3, and she has been there ever since.",
        "It has not been perfect, but St Aidan's listened to us from the start. Mrs Castell, the SENCo, met us in the first week and put in a plan, and Miss Yates has been Nell's named adult since Year 4. Nell calls her \u201cmy Miss Yates\u201d.",
    ]),
    section("Getting a diagnosis", [
        "The referral that the school nurse made in 2022 finally came through to the Child Development Centre at Kelderby Community Hospital in the autumn of 2023. Nell was seen by Dr Abara, who was the first professional who seemed to see the whole child. There were two long appointments, a school observation and a lot of questionnaires.",
        "In March 2024 Dr Abara told us that Nell is autistic. I cried in the car park, not because I was upset about the diagnosis but because it was such a relief that somebody had finally said it out loud. Dan took longer to come round to it. He said he had been just like Nell as a boy and nobody had given him a label.",
        "Since then Nell has also been seen by the speech and language therapy service, who said she has difficulties with understanding language, especially when it is not literal, and with the social side of conversation. Dr Abara has also said Nell has significant anxiety and we have been referred to the neurodevelopmental pathway's anxiety clinic, where we are on the waiting list.",
        "Nell knows she is autistic. We told her with a book that Dr Abara recommended, and she said, \u201cSo my brain is just a different operating system,\u201d which I think is a pretty good way of putting it.",
    ]),
    section("A typical school day for Nell", [
        "Mornings start early because Nell wakes at around 5am most days and cannot get back to sleep. She likes to be up and dressed before anyone else is awake, and she eats the same breakfast every day: two slices of toast, cut into four squares, with the crusts left on, and a glass of milk from the blue cup. If we have run out of bread it can ruin the whole morning.",
        "Getting to school is the hardest part. We leave at exactly 8.25 and walk the same way. If there are roadworks or a different lollipop person, Nell can refuse to go any further. I carry her ear defenders in my bag. At the gate Miss Yates meets her and they go in by the side door, before the bell, to avoid the crowd in the cloakroom.",
        "We do not know much about what happens during the day, because Nell will not talk about it. Her home-school book is our lifeline. On a good day Miss Yates writes that she has joined in with maths and read to the younger children. On a bad day she writes that Nell spent the afternoon in the library corner.",
        "At home time she comes out holding everything in. She often does not speak at all in the car. Then, at home, something small will set off a meltdown: the wrong cup, Rosa singing, the television being too loud. These can last up to an hour. She screams, throws things and sometimes bangs her head on the floor. Afterwards she is exhausted and wants to lie under her weighted blanket.",
        "Evenings are organised around keeping things calm. Tea is at 5.30. Nell eats a small number of foods and will not eat if different foods touch on the plate. After tea she watches videos about trains and the London Underground, which she knows in astonishing detail. Bath, two chapters of her book with me, and lights out at 8. She usually takes an hour or more to fall asleep.",
    ]),
    section("Weekends, holidays and going out", [
        "Weekends are easier because there are no demands, but we have learnt not to plan too much. Nell likes to go to the same places: the library on a Saturday morning, the duck pond at Ashwick Park, and her nana's house on a Sunday for dinner. She will not go to birthday parties any more after a bad experience at a soft play centre in Year 2.",
        "She goes to her dad's every other weekend. The changeover is hard for her and we have learnt to do it the same way every time, at my mum's house, at 10am. Alfie put it best when he said, \u201cDad has to text before he comes round, or Nell thinks something bad has happened.\u201d",
        "Holidays are a challenge. We tried a caravan holiday in Wales in 2024 and came home after two days. This summer we went to the same holiday cottage in Northfold as last year, with the same routine, and it was the best week we have had as a family for a long time.",
        "Shops are very difficult. Supermarkets are too bright and noisy, and Nell will not go into one at all now. I do the big shop online or in the evening when she is at home with Dan or my mum.",
    ]),
    section("Food, sleep and health", [
        "Nell eats about fifteen foods, all of them beige or white, and she knows exactly which brand of each she will accept. Dr Abara has checked her growth and says she is on the 25th centile and healthy, but we worry about her diet. At school she often eats nothing at lunchtime because of the noise in the hall, so she comes home starving and irritable.",
        "Sleep has always been a problem. She takes a long time to settle and wakes very early. Dr Abara has suggested we try melatonin, which we started in September 2026, and it has helped her get to sleep a bit quicker, though she still wakes at five.",
        "She has had her hearing and eyes tested and both were fine. She has no other health problems, although she gets a lot of stomach aches, which the GP thinks are caused by anxiety.",
    ]),
    section("Friends", [
        "Nell wants friends. People sometimes assume that autistic children don't, but she does, very much. She just does not know how to start or keep a friendship going, and she gets very upset when she gets it wrong.",
        "At St Aidan's she has a small group of girls who are kind to her. Priya is her best friend, and they talk about books and trains for hours. Priya's mum has been wonderful and says Nell is welcome at their house any time, though Nell has only managed two visits. Maisie and Tallulah sit with her at lunch when she manages to go into the hall.",
        "Playtimes are still hard. When the games change or there is an argument she does not understand why, and she will walk away and go and find Miss Yates. Last term another girl told her she was \u201cweird\u201d and Nell repeated it to herself for weeks.",
    ]),
    section("What a meltdown looks like", [
        "People who have only seen Nell at school find it hard to believe what her meltdowns are like, so I want to describe one. It usually starts with something small, like Rosa touching her things or the Wi-Fi dropping out in the middle of a video. Nell's voice goes higher and faster and she starts repeating the same sentence. If we try to talk to her or reason with her at this point it makes it worse.",
        "Then she screams, very loudly, for several minutes. She may throw whatever is near her, kick the door or bang her head on the floor. She does not seem to hear us. We move Rosa out of the room and keep Nell safe, and we wait. The worst ones last up to an hour. Afterwards she is white and shaky, often cries, and sometimes says sorry over and over. She usually cannot remember what started it.",
        "We have learnt that the meltdown is the end of a day of holding things in, not the start of a problem. On the days when school has gone well, or when she has not had to go, there are far fewer of them.",
    ]),
    section("What we have tried", [
        "Over the years we have tried a lot of things, some suggested by professionals and some we found ourselves:",
        "- A visual timetable on the fridge, which she still uses every day.",
        "- Social stories before new events, which help a lot for things like the dentist.",
        "- A weighted blanket, which helps her to calm down and to get to sleep.",
        "- Ear defenders, which she uses at home and at school.",
        "- Reward charts, which did not work at all and made her more anxious about getting things wrong.",
        "- A parenting course for parents of autistic children at the Family Hub in 2024, which helped me understand her better.",
        "- Melatonin, since September 2026.",
        "- Cutting out after-school clubs, which has helped her to cope with the school day but means she does very little outside home.",
        "Nothing we have tried at home can make up for a school day that has been too much for her.",
    ]),
    section("Nell with her brother and sister", [
        "Alfie is thirteen and in Year 8 at Greyfriars Academy. He is a kind boy and he understands Nell better than anyone, but he is a teenager and he needs his own life. He does his homework at his friend's house because it is too noisy at ours.",
        "Rosa is six. She adores her big sister and wants to do everything Nell does, which is not always welcome. When Nell is upset Rosa gets frightened, and she has started to wet the bed again. Her teacher says she is fine at school and that she talks about Nell a lot.",
        "On good days the three of them play board games together and Nell reads to Rosa at bedtime. Those are the days we hold on to.",
    ]),
    section("A page from Nell's dad", [
        "I see Nell every other weekend and on Wednesday evenings. With me she is mostly calm, because my flat is quiet and we keep the same routine: the library, the chip shop, a film. I think she saves her hardest times for her mum because she feels safest with her.",
        "When I was at school nobody talked about autism. I was the kid who sat on his own and got told off for not looking at the teacher. I got through it, but I was not happy, and I do not want that for Nell. I want her to have the help I never had.",
        "Jo and I agree on what Nell needs. We both want her to have support in place before she starts in Year 7, not after it has gone wrong.",
    ]),
    section("Nell's first weeks at St Aidan's", [
        "St Aidan's agreed that Nell could start with mornings only for the first week. Mrs Castell made her a little book with photographs of the classroom, the toilets, the library corner and the adults she would meet, and Nell read it every night over the Christmas holidays until she knew it by heart.",
        "The first morning she walked in holding my hand and did not look back. I sat in the car and cried again. By the end of January she was staying all day, and by February she had eaten her lunch in school for the first time in months, in the library with one other girl.",
        "It was not all easy. In March there was a supply teacher for a week and Nell refused to go in on three of the days. In the summer term there was a school trip to the seaside which she could not face, and she spent the day in the Year 1 class, which she enjoyed more than she would admit.",
        "The biggest difference at St Aidan's is that when Nell has a bad day, somebody phones me to tell me what happened and what they are going to do about it, instead of asking me what I am going to do about it.",
    ]),
    section("Year 4 and Year 5", [
        "Year 4 was mostly a good year. Nell had a teacher who loved books as much as she does and who let her read in the library corner when she had finished her work. She joined the school's library club and became a library monitor, which she took very seriously. She would tell off children, and sometimes teachers, for putting books back in the wrong place.",
        "The hard part of Year 4 was the playground. The other girls were starting to form groups, and the games became more about talking than running around. Nell did not understand the rules of these games, which seemed to change every day. There was an incident in November when a boy took her pencil case as a joke and she pushed him over. She was sent to the head teacher and came home convinced she would be expelled.",
        "Year 5 started well with Mr Dunmore, who is calm and organised and writes everything on the board. The reading to the Reception children began that year and has been the best thing that has happened to Nell at school. She plans her books for Friday all week.",
        "But as the work got harder, especially writing, her anxiety got worse. She started bringing home unfinished work in her bag, hiding it under her bed, and saying she was \u201cthe stupidest person in the class\u201d. The meltdowns at home became more frequent again, and in February 2026 she said for the first time that she wished she wasn't here.",
    ]),
    section("School trips, clubs and things she has missed", [
        "Nell has missed most of the things that other children remember from primary school. She did not go on the Year 4 residential to the outdoor centre, although the school offered for me to go with her. She has never been to a school disco. She did not take part in sports day in Year 5 because of the starting pistol, although this year the school used a whistle and she ran in the egg and spoon race.",
        "She would love to join Brownies, like Maisie, but the hall where they meet is very echoey, and the one time we tried she lasted ten minutes. She had swimming lessons at Ashwick Leisure Centre until the changing rooms were refurbished and the hand dryers were put in.",
        "I do not say this to complain about anyone. I say it because Nell notices that she misses out, and it makes her feel different and sad.",
    ]),
    section("How Nell's needs affect our family", [
        "I work three days a week at the building society in Kelderby. I have had to cut my hours twice because of the number of times I have been called to collect Nell, and I have used all my annual leave on appointments. My manager has been understanding but I do not know how long that will last.",
        "Most evenings are spent managing Nell's meltdowns and keeping Rosa safe and occupied. Alfie spends a lot of time in his room. We rarely eat together as a family because the noise at the table is too much for Nell. We have not had a family day out, other than to my mum's, since the summer.",
        "My mum has been our rock. She has Nell after school on Tuesdays and Thursdays when I am at work, and she is the only person other than me and Dan whom Nell will stay with. But she is 71 and has arthritis, and I know it is getting harder for her.",
    ]),
    section("What worries us most", [
        P("Our biggest worry is the move to Year 7 in September 2027. Nell has heard Alfie talk about his school, the corridors, the bells and the changing rooms, and she has already started to say she will not go.", "content", "A"),
        P("We worry that her anxiety is getting worse as she gets older, not better. She has started to say things like \u201cI wish I wasn't here\u201d when she is very upset. We have told the GP and she has been referred to CAMHS, who have told us there is a long wait.", "content", "A", "semh"),
        P("We worry that because Nell is quiet and polite at school, people will think she is coping, when we see the cost every evening.", "content", "A", "semh"),
        P("And we worry about the rest of the family. Alfie has had to grow up fast. Rosa is six and does not understand why her sister screams at her. Dan and I separated in 2022, and although we get on well for the children's sake, I am doing most of it on my own.", "content", "A"),
    ], "content"),
]

LETTERS = [
    pagebreak(),
    heading("Letters and notes we have kept"),
    section("", ["I have copied the letters below because they show how long we have been asking for help. The names of other children have been taken out."], "background", "A"),
    section("Letter from Thornbury Junior School, 17 November 2023", [
        "Dear Mr and Mrs Whitlock,",
        "I am writing to let you know that Eleanor's attendance since the start of the school year is 81.2%. This is below the school's target of 96% and means Eleanor is at risk of falling behind in her learning.",
        "We understand that Eleanor has found the start of Year 3 difficult. However, regular attendance is very important and it is the responsibility of parents to ensure that children attend school every day. If Eleanor's attendance does not improve we may need to refer the matter to the Northfold Education Welfare Service.",
        "Please contact the school office if you would like to discuss this letter.",
        "Yours sincerely,",
        "Attendance Officer, Thornbury Junior School",
    ], "background", "A", level=3),
    section("Letter from the Child Development Centre, 22 March 2024 (extract)", [
        "Thank you for attending the Child Development Centre with Eleanor on 19 March 2024. As discussed, Eleanor meets the criteria for a diagnosis of autism spectrum condition. I have also noted significant anxiety, which we will keep under review.",
        "I have recommended a referral to the Speech and Language Therapy service and have shared my report with Eleanor's school with your consent. A copy of the full report will follow.",
    ], "background", "C", level=3),
    section("End of year report from Millbeck Infant School, July 2022 (extract)", [
        "Eleanor is a polite and quiet member of Year 1 who loves books and is already a fluent reader. She knows a great deal about the things that interest her. Eleanor sometimes finds it hard to join in with group activities and prefers to play on her own at playtime. Next year we would like Eleanor to work on sharing her ideas with a partner and joining in with class discussions.",
    ], "background", "A", level=3),
    section("Letter from Children's Speech and Language Therapy, 13 June 2024 (extract)", [
        "Thank you for your child's referral. Eleanor has been placed on our waiting list for an assessment appointment. Our current waiting time is approximately 30 weeks. If you have concerns in the meantime, please speak to your child's school or GP.",
    ], "background", "A", level=3),
    section("Note from Mr Hale, Millbeck Infant School, March 2023", [
        "Dear Mrs Whitlock, I just wanted to let you know that Eleanor had a lovely week. She fed the fish every morning without being reminded and told the class all about the life cycle of the frog with some wonderful facts. She found the fire drill on Wednesday very difficult and needed some time in the book corner afterwards, but she settled again by lunchtime. Best wishes, Mr Hale",
    ], "background", "A", level=3),
    section("Letter from Northfold SEND Assessment and Review Service, 20 October 2026 (extract)", [
        "We have now considered the request for an Education, Health and Care needs assessment for Eleanor and have decided that an assessment is needed. We will now ask for advice from you, from Eleanor, from her school, from an educational psychologist, from health professionals and from social care.",
        "Please complete the enclosed parent and carer views form and return it within four weeks. You can return it by post, by e-mail or through the Northfold SEND Hub. If you would like help, please contact your caseworker.",
    ], "background", "K", level=3),
    section("E-mail to Mrs Castell, 3 February 2025", [
        "Hi Mrs Castell, Just to let you know Nell had a really bad night after the fire drill yesterday. She did not sleep until after 11 and was up at 4. She says the alarm was \u201cinside her head\u201d. Could we have a warning next time there is a drill, even just on the morning? Thanks, Jo",
    ], "background", "A", level=3),
    section("E-mail from Mrs Castell, 3 February 2025", [
        "Dear Jo, Thank you for letting me know, and I am so sorry Nell had such a difficult night. Yes, of course. I will make sure you and Miss Yates are told the day before any planned drill, and Miss Yates will take Nell out to the field five minutes before it starts. Kind regards, Helen Castell",
    ], "background", "A", level=3),
    section("Our notes of phone calls and meetings", [
        "I started keeping a log in Year 3 because I kept forgetting what had been agreed. These are the main entries.",
    ], "background", "A"),
    table([
        ["Date", "Who", "What was said or agreed"],
        ["02/10/2023", "Thornbury class teacher (phone)", "Nell hid in the toilets at lunch. Asked me to collect her. I left work early."],
        ["09/10/2023", "Thornbury office (phone)", "Collected Nell at 11.15. She had been sick in the hall after assembly."],
        ["16/10/2023", "Thornbury SENCo (meeting)", "Told that Nell is \u201cfine in class\u201d and the problem is getting her in. Advised a reward chart for attendance."],
        ["06/11/2023", "GP (appointment)", "Stomach aches and night waking. GP thinks anxiety. Chased the CDC referral."],
        ["17/11/2023", "Thornbury attendance officer (letter)", "Attendance letter received (copied above)."],
        ["24/11/2023", "St Aidan's head teacher (visit)", "Visit with Nell. Shown the library corner. Place offered for January."],
        ["08/01/2024", "Mrs Castell, St Aidan's (meeting)", "Start date and a reduced first week agreed: mornings only for five days."],
        ["19/03/2024", "Dr Abara, CDC (appointment)", "Diagnosis of autism given. Referral to speech and language therapy."],
        ["25/04/2024", "Mrs Castell (phone)", "Nell on SEN support. Home-school book to start. Miss Yates to meet her at the side door."],
        ["13/06/2024", "Speech and language therapy (letter)", "Placed on the waiting list for assessment: wait about 30 weeks."],
        ["18/09/2024", "Mrs Castell and Miss Yates (meeting)", "Year 4 plan. Lunch in the library with two friends on Mondays and Thursdays."],
        ["14/11/2024", "Class teacher, Year 4 (phone)", "Nell pushed a boy who took her pencil case. Sent to the head. Very upset at home."],
        ["20/01/2025", "Speech and language therapy (assessment)", "First assessment at the Children's Therapy Centre. Report to follow."],
        ["03/02/2025", "Mrs Castell (e-mail)", "Fire drill warnings agreed (copied above)."],
        ["12/03/2025", "Audiology (appointment)", "Hearing test. All normal."],
        ["21/05/2025", "Mrs Castell (review meeting)", "SEN support review. School to apply for an assessment if things do not improve by the autumn."],
        ["10/07/2025", "Year 5 teacher (transition visit)", "Nell met Mr Dunmore and saw her new classroom twice. Photo book made."],
        ["15/09/2025", "Mr Dunmore (phone)", "A good start to Year 5. Nell reading to the Reception children on Fridays."],
        ["04/12/2025", "Mrs Castell (phone)", "Nell refused to take part in the nativity. Agreed she could do the lights instead."],
        ["26/02/2026", "GP (appointment)", "Told GP Nell said \u201cI wish I wasn't here\u201d. Referred to CAMHS."],
        ["19/03/2026", "CAMHS (letter)", "Referral accepted. Wait for first appointment about 40 weeks."],
        ["11/06/2026", "Mrs Castell (meeting)", "Agreed that the school and I will ask the council for an EHC needs assessment in September."],
        ["02/10/2026", "Northfold SEND team (letter)", "Request for assessment received."],
        ["20/10/2026", "Northfold SEND team (phone)", "Decision to assess. Told about the online portal and this form."],
    ], [18, 25, 57], kind="background", sec="A", small=False),
    section("A week in Nell's life (diary kept in October 2026)", [
        "Dr Feld asked me to keep a diary for one week so that he could see what happens at home. This is the week of 12 October 2026.",
    ], "background", "B"),
    table([
        ["Day", "What happened"],
        ["Monday", "Up at 4.50. Calm morning. School OK according to the book: joined in with maths. Meltdown at 4pm because Rosa used the blue cup. 40 minutes. Asleep at 9.10."],
        ["Tuesday", "Refused to walk past the roadworks on Larkspur Road. Went the long way and arrived at 8.55. Miss Yates took her in. Ate nothing at lunch (hall too noisy, the book says). Quiet evening."],
        ["Wednesday", "PE day. Would not get changed at school; the book says she sat on the bench. Very upset at home about it, saying everyone was looking at her. Under the weighted blanket for an hour."],
        ["Thursday", "Good day. Lunch in the library with Priya and Maisie. Came home chatting about the Victorian railway topic. Asked to go to Priya's at the weekend."],
        ["Friday", "Read to the Reception class. Very proud. Assembly with a visiting band: left the hall after 5 minutes. Tired and tearful after school but no meltdown."],
        ["Saturday", "Library in the morning. Did not go to Priya's in the end: said her tummy hurt. Watched train videos most of the afternoon."],
        ["Sunday", "Nana's for dinner. Ate roast potatoes only. Worried all evening about Monday's spelling test. Asleep at 9.40."],
    ], [18, 82], kind="background", sec="B"),
]


def support_plan(title, meta, rows):
    return [
        heading(title, 2),
        table([["Plan details", ""]] + [[k, v] for k, v in meta], [35, 65], kind="background", sec="B", first_kind="prompt"),
        table([["Target", "How we will help", "Who and how often", "Review"]] + rows, [27, 31, 20, 22], kind="background", sec="B"),
    ]


SUPPORT_PLANS = [
    pagebreak(),
    heading("Copies of Nell's SEN support plans from St Aidan's"),
    section("", ["Mrs Castell gave me copies of Nell's support plans. I have typed them out here because the copies I have are hard to read."], "background", "A"),
] + support_plan("SEN support plan, summer term 2024 (Year 3)", [
    ("Date of plan", "25/04/2024"), ("Review date", "15/07/2024"), ("Key adult", "Miss Yates"),
    ("Area of need", "Communication and interaction; social, emotional and mental health"),
], [
    ["Nell will come into school calmly each morning.", "Meet and greet at the side door before the bell.", "Miss Yates, daily", "Achieved most days by June."],
    ["Nell will stay in class for the whole of each morning.", "Visual timetable on her desk; a break card to use twice a morning.", "Class teacher, daily", "Partly achieved: left class about twice a week."],
    ["Nell will eat some of her lunch in school.", "Lunch in the library with one friend.", "Miss Yates, Mondays and Thursdays", "Achieved on library days only."],
    ["Nell will tell an adult when something is wrong.", "Feelings fan and a home-school book.", "Miss Yates, end of each day", "Not yet achieved; uses the book with Mum."],
]) + support_plan("SEN support plan, autumn term 2024 (Year 4)", [
    ("Date of plan", "18/09/2024"), ("Review date", "13/12/2024"), ("Key adult", "Miss Yates"),
    ("Area of need", "Communication and interaction; cognition and learning; social, emotional and mental health"),
], [
    ["Nell will take two turns in a group conversation.", "Social communication group with three other pupils.", "Miss Yates, weekly, 30 minutes", "Achieved in the group; not yet in class."],
    ["Nell will write five sentences about a topic.", "Writing frame and word bank.", "Class teacher, in English lessons", "Wrote three sentences on average."],
    ["Nell will use her break card instead of leaving the room.", "Break card and a named place to go.", "All staff, as needed", "Achieved about half the time."],
    ["Nell will join in with one playground game a week.", "Adult-led game at Tuesday lunchtime.", "Midday supervisor, weekly", "Joined in twice in the term."],
]) + support_plan("SEN support plan, spring term 2026 (Year 5)", [
    ("Date of plan", "12/01/2026"), ("Review date", "27/03/2026"), ("Key adult", "Miss Yates"),
    ("Area of need", "Cognition and learning; social, emotional and mental health; sensory"),
], [
    ["Nell will write a paragraph on the laptop in one lesson.", "Laptop, writing frame, visual checklist.", "Class teacher, daily", "Achieved in 3 of 10 lessons observed."],
    ["Nell will rate her feelings twice a day.", "1-5 scale on her desk, checked by her key adult.", "Miss Yates, daily", "Achieved most days."],
    ["Nell will take part in PE each week.", "Change in the disabled toilet before the lesson; PE kit without labels.", "Class teacher, weekly", "Took part in 5 of 10 lessons."],
    ["Nell will manage the fire drill without a meltdown.", "Warning the day before; leaves the building early with Miss Yates.", "Mrs Castell, each drill", "Achieved for both drills."],
])


LEAFLET = [
    pagebreak(),
    lambda d: d.leaflet("Your rights during an EHC needs assessment", "Title"),
    lambda d: d.leaflet("A short guide from Northfold SENDIASS, the free, confidential and impartial information, advice and support service for parents and young people. Leaflet SI-07, May 2025.", "Notice"),
    lambda d: d.leaflet("What the law says", "Heading_20_2"),
    lambda d: d.leaflet("The Children and Families Act 2014 and the Special Educational Needs and Disability Regulations 2014 set out how a needs assessment must be carried out. The council must seek advice from you, from your child, from their school, from an educational psychologist, from health and from social care, and it must take your views into account.", "Leaflet"),
    lambda d: d.items([
        "The whole process, from the request to a final plan, should take no more than 20 weeks.",
        "Professionals have six weeks from the council's request to give their advice.",
        "If the council decides to issue a plan, you will be sent a draft and given at least 15 days to comment on it and to ask for a particular school to be named.",
        "The draft plan must not name a school. The school is named only in the final plan.",
        "If the council decides not to issue a plan, it must tell you why and tell you about your right of appeal.",
    ], "leaflet"),
    lambda d: d.leaflet("Taking part", "Heading_20_2"),
    lambda d: d.leaflet("You can ask to meet your caseworker at any stage. You can bring a friend, a relative or a SENDIASS adviser to any meeting. You can ask for copies of all the advice the council has received about your child.", "Leaflet"),
    lambda d: d.leaflet("Disagreeing with a decision", "Heading_20_2"),
    lambda d: d.leaflet("If you disagree with a decision, you can ask for an informal meeting, use the free mediation service, or appeal to the First-tier Tribunal (Special Educational Needs and Disability). You must usually consider mediation before you appeal. Strict time limits apply, so please contact us early.", "Leaflet"),
    lambda d: d.leaflet("Contact Northfold SENDIASS on 01632 960190 or at sendiass@northfold-sendiass.example.org. We are open Monday to Thursday, 9am to 4pm.", "Leaflet"),
    pagebreak(),
    lambda d: d.leaflet("Northfold SEND Hub: your guide to the online portal", "Title"),
    lambda d: d.leaflet("Information for parents and carers. Northfold County Council, SEND Assessment and Review Service. Leaflet SH-02, September 2025.", "Notice"),
    lambda d: d.leaflet("The Northfold SEND Hub is a secure website where you can see the progress of your child's EHC needs assessment, upload your views and reports, and read draft and final plans.", "Leaflet"),
    lambda d: d.leaflet("Registering for an account", "Heading_20_2"),
    lambda d: d.items([
        "Go to www.northfold.gov.uk/sendhub and select \u201cCreate an account\u201d.",
        "Enter your name, your e-mail address and your child's date of birth exactly as they appear on our letter.",
        "Enter the eight-character reference code printed at the top of our letter. The code is not case-sensitive.",
        "We will send a six-digit verification code to your e-mail address. Enter it within 15 minutes. If it expires, select \u201cSend a new code\u201d.",
        "Choose a password (see the rules below) and select \u201cFinish\u201d.",
    ], "leaflet", numbered=True),
    lambda d: d.leaflet("Choosing a password", "Heading_20_2"),
    lambda d: d.items([
        "Use at least 12 characters.",
        "Include at least one capital letter, one number and one symbol, for example ! or #.",
        "Do not use your name, your child's name or your date of birth.",
        "Do not use a password you use for another website.",
        "You will be asked to change your password every 12 months.",
    ], "leaflet"),
    lambda d: d.leaflet("Signing in", "Heading_20_2"),
    lambda d: d.leaflet("Each time you sign in from a new device we will send a verification code by e-mail or text message. Never share this code with anyone: council staff will never ask you for it.", "Leaflet"),
    lambda d: d.leaflet("If you enter the wrong password five times your account will be locked for 30 minutes. To reset your password, select \u201cForgotten password\u201d on the sign-in page.", "Leaflet"),
    lambda d: d.leaflet("Uploading documents", "Heading_20_2"),
    lambda d: d.items([
        "You can upload PDF, Word and photo files of up to 20 MB each.",
        "Give each file a clear name, for example \u201cOT report June 2026\u201d.",
        "Photographs of letters should be taken in good light, with the whole page showing.",
        "Documents you upload are shared with your caseworker, who will decide with you who else may see them.",
    ], "leaflet"),
    lambda d: d.leaflet("Help with the SEND Hub", "Heading_20_2"),
    lambda d: d.leaflet("If you cannot use the SEND Hub, you can send everything by post or e-mail instead; your child's assessment will not be delayed. For help with the website, call the SEND Hub helpdesk on 01632 960100, Monday to Friday, 9am to 5pm.", "Leaflet"),
    lambda d: d.leaflet("This leaflet is available in large print, Easy Read and other languages on request.", "Notice"),
]

PARENT = fill({
    "family": FAMILY,
    "yn.social_worker": "No",
    "yn.early_help": "Yes",
    "yn.early_help_who": "Family support worker from the Kelderby Family Hub in 2024 (now closed)",
    "yn.looked_after": "No",
    "yn.interpreter": "No",
    "like": [
        "Nell is funny, honest and kind. She has a brilliant memory and knows every station on the London Underground in order. She is fiercely fair and will stand up for anyone she thinks is being treated badly. She is gentle with animals and with little children, and she reads to her sister Rosa every night.",
    ],
    "enjoy": [
        "Reading (fantasy and anything about trains), drawing maps of imaginary railways, going to the library on Saturdays, swimming when the pool is quiet, baking with her nana, and walking our dog Pickle at the duck pond.",
    ],
    "communicate": [
        "Nell talks a lot about the things she is interested in, and uses long words and quite grown-up phrases. But she finds it hard to tell us how she feels or what has happened. When she is anxious she goes quiet, repeats questions back to us or talks in lines from her videos. When she is overwhelmed she cannot speak at all and needs time and quiet. She understands things very literally: if you say \u201cit's raining cats and dogs\u201d she will go to the window to look.",
        P("She tells us how she feels best through drawing or by writing notes, which she leaves on my pillow.", "content", "A", "ci"),
    ],
    "story.box": ["Please see the extra pages after this form, where I have written Nell's story in parts, and copied some letters and my notes of calls."],
    "ci.well": ["Nell's vocabulary is very good and she loves learning new words. She can talk to adults she knows well about her interests for a long time. She is learning to say \u201cI need a break\u201d using the card Miss Yates gave her."],
    "ci.hard": [
        "Nell finds it very hard to understand what other people mean when they are not direct, and she misses jokes and sarcasm. She does not know how to join in a conversation with other children, and she either talks about trains or says nothing. Long spoken instructions are lost on her; she needs things in writing or one step at a time. When she is upset she loses her words altogether.",
    ],
    "ci.helps": ["Short, clear instructions. Being told what is going to happen in advance. Writing things down. Time to answer. Adults who do not take her silence as rudeness."],
    "cl.well": ["Nell's reading is good and she reads for pleasure. She has an excellent memory for facts. Her maths is at the expected level when she is calm."],
    "cl.hard": ["Writing is very hard. She has lots of ideas but cannot get them onto paper, and her handwriting is slow and tiring for her. She gets stuck when she does not know how to start a task and will sit and wait rather than ask. She finds it hard to explain how she worked something out."],
    "cl.helps": ["Being allowed to use a laptop, writing frames, and being shown an example of what the finished work should look like."],
    "semh.well": ["Nell has a very close relationship with Miss Yates and with her nana. She is proud of reading to the Reception children. She is beginning to use her break card instead of running out of the room."],
    "semh.hard": [
        P("Nell is anxious most of the time, about change, about getting things wrong and about what other people think of her. She holds it together at school and then has meltdowns at home, most days. She has started to say she wishes she wasn't here. She finds it very hard to cope when plans change and she cannot calm herself down once she is upset.", "content", "B", "semh"),
    ],
    "semh.helps": ["Warnings of any change, her weighted blanket, time alone in a quiet space, drawing, and adults who stay calm and do not ask her lots of questions when she is upset."],
    "sp.well": ["Nell can swim a width and enjoys the water when the pool is quiet."],
    "sp.hard": [
        P("Nell cannot cope with the noise in the dinner hall; most days she comes home having eaten nothing and with the cuffs of her jumper chewed.", "content", "B", "sp", dup="c1-noise", note="same need: parent, school, paediatrician"),
        P("She is sensitive to clothes, labels and certain textures, and finds PE changing very hard. Hand dryers, fire alarms and the school bell are painful for her.", "content", "B", "sp"),
    ],
    "sp.helps": ["Ear defenders, eating somewhere quieter, soft clothes without labels, and a warning before the bell or a drill."],
    "pfa.well": ["Nell can wash and dress herself, makes her own toast and can use the library self-service machine."],
    "pfa.hard": ["She cannot yet go into a shop, use a bus or deal with anything unexpected when she is out, and she will not answer the phone or the door."],
    "pfa.helps": ["Practising the same journey many times with an adult, and knowing exactly what will happen."],
    "health": ["Nell's hearing and vision are fine. She has a restricted diet and eats about fifteen foods. She takes melatonin at bedtime, prescribed by Dr Abara. She is on the waiting list for CAMHS."],
    "home": [
        P("I am a single parent with three children and I work part-time at the building society. My mum helps a lot. Nell's meltdowns affect the whole family and Rosa is often frightened. We would like some help at home, for example a short break for Nell on a Saturday, or someone to help with the evenings, so that I can spend some time with the other two.", "content", "D"),
    ],
    "hopes.short": [
        "We hope that by next summer Nell will be eating lunch at school every day, will have at least one friend she sees outside school, and will feel ready for the move to Year 7.",
    ],
    "hopes.long": [
        "Nell says she wants to be a train driver or to design railways. We would like her to be able to travel on her own, to have good friends and to have a job she loves. Most of all we want her to be happy and not so frightened all the time.",
    ],
    "hopes.outcomes": [
        P("To be able to tell an adult at school when she is worried, before it becomes a meltdown.", "content", "E", "semh"),
        P("To eat lunch at school every day.", "content", "E", "sp"),
        P("To get her ideas down in writing, using a laptop if she needs to.", "content", "E", "cl"),
    ],
    "else": ["Please do not ask Nell about her worries in a busy place. She needs to be somewhere quiet, with an adult she knows, and she will often answer in writing rather than out loud."],
    "attached": "Yes",
    "attached.list": ["Extra pages (Nell's story); letters from Thornbury Junior School and the Child Development Centre; e-mails with Mrs Castell; our log of calls; a diary of one week."],
    "consent": ["I agree that this form may be shared with the professionals asked to give advice",
                "I agree that my child's school may see this form", "I would like a copy of this form sent to me"],
    "sign": {"signed": "J. Whitlock", "name": "Joanne Whitlock", "role": "Mother", "date": "30/10/2026"},
    "story": STORY + LETTERS + SUPPORT_PLANS,
    "appendix": LEAFLET,
})

# ---------------------------------------------------------------------------------------------
# 2. Child's views
# ---------------------------------------------------------------------------------------------
CHILD = Fill({
    "name": "Eleanor Whitlock", "called": "Nell", "age": "10", "school": "St Aidan's",
    "enjoy": ["Trains, especially the London Underground. I know all the stations on the Victoria line and the Jubilee line. Reading. Drawing maps. Swimming when it is quiet. I am good at remembering things and at spelling."],
    "like": ["Miss Yates says I am kind to the little ones. Nana says I am funny. Priya says I know everything about trains."],
    "people": [
        "Mum, Dad, Nana, Alfie and Rosa (sometimes), and Pickle who is our dog.",
        P("My friends are Maisie, Tallulah and Priya. Priya is my best friend because she likes the same books as me.", "content", "A", "semh", note="friends named: no foreign-name"),
        "Miss Yates is my person at school.",
    ],
    "well": ["Reading to the Reception class on Fridays. Maths when it is not a test. Library club."],
    "hard": [
        "The dinner hall is too loud and it smells. I can't eat in there.",
        "Writing stories because my hand hurts and I can't think what to put.",
        "When the teacher says something and I don't know what it means and everyone else does.",
        "PE because of getting changed.",
    ],
    "worry": [
        "Big school. Fire drills. When people laugh and I don't know why. When Mum is late. When things change and nobody told me.",
        "When I get worried my tummy hurts and I go to the library corner or I go under the table at home.",
    ],
    "helps": ["My ear defenders. Miss Yates. My break card. Drawing. My weighted blanket at home. Knowing what is going to happen."],
    "better": ["Eating in the hall with my friends. Writing longer stories on the laptop. Going to Priya's house."],
    "future": ["I want to be a train driver on the Elizabeth line or design a new underground line for Kelderby. I want to live in London with a cat."],
    "extra": [
        heading("My own page"),
        section("", ["Nell wrote this page herself on the laptop."], "background", "A", level=3),
        section("Things I want my new school to know about me", [
            P("- I am not being rude if I don't look at you. I am listening.", "content", "A", "ci"),
            P("- Please tell me what is going to happen before it happens.", "content", "A", "semh"),
            P("- I can't eat in a loud room. It is not because I am fussy.", "content", "A", "sp"),
            P("- If I put my hand on my ear it means it is too loud.", "content", "A", "sp"),
            P("- I like to sit at the end of a row near the door.", "content", "A", "semh"),
            P("- I am really good at trains, maps and spelling, so you can ask me.", "content", "A"),
            P("- I need the instructions written down because I forget them.", "content", "A", "cl"),
            P("- Please don't make me read out loud in front of everyone.", "content", "A", "semh"),
        ], "content", "A", level=2),
        section("My week at school", [], "content", "A", level=2),
        table([["Day", "Best bit", "Hardest bit"],
               ["Monday", "Library lunch with Priya and Maisie", "Spellings"],
               ["Tuesday", "Maths", "Nana picks me up so it's OK. Assembly is long."],
               ["Wednesday", "Science", "PE and getting changed"],
               ["Thursday", "Library lunch again", "Writing a story"],
               ["Friday", "Reading to the Reception class", "Golden time because it is noisy"]],
              [20, 40, 40], kind="content", sec="A", first_kind="prompt"),
        section("My worry thermometer", [
            P("- 1 is fine. I am reading or drawing.", "content", "A", "semh"),
            P("- 2 is a bit worried. My tummy feels funny.", "content", "A", "semh"),
            P("- 3 is worried. I want to go to the library corner.", "content", "A", "semh"),
            P("- 4 is very worried. I can't talk and I need my ear defenders.", "content", "A", "semh"),
            P("- 5 is meltdown. I need everyone to go away and be quiet.", "content", "A", "semh"),
        ], "content", "A", level=2),
        section("My drawing", ["Nell drew her perfect school: a small building next to a railway line, with a library with beanbags, a quiet dining room for \u201c6 people max\u201d and a garden with a tunnel to hide in. (The drawing is kept on Nell's school file.)"], "background", "A", level=2),
    ],
    "meeting": ["Send my views with an adult", "Write or draw something"],
    "helper": ["Miss Bryony Yates, teaching assistant, St Aidan's"],
    "how": ["Over two sessions in the library corner, 3 and 5 November 2026. Nell chose to write some answers herself and I wrote down what she said for the others."],
    "date": ["05/11/2026"],
}, REF)

# ---------------------------------------------------------------------------------------------
# 3. Education advice (St Aidan's)
# ---------------------------------------------------------------------------------------------
EDU = fill({
    "pd.joined": "8 January 2024",
    "pd.sen_since": "April 2024",
    "pd.suspensions": "0",
    "pd.parttime": "No",
    "family": FAMILY[:2],
    "yn.social_worker": "No",
    "yn.social_worker_who": P("Ms Karen Lusby, Children with Disabilities Team, Kelderby", "contact", note="filled although the answer above is No: contradictory"),
    "yn.early_help": "No",
    "yn.camhs": "Yes",
    "yn.camhs_who": "On the waiting list; no clinician allocated",
    "attainment": [
        ["Reading", "Year 6 (working at the expected standard)", "Yes", "October 2026"],
        ["Writing", "Year 4", "No", "October 2026"],
        ["Mathematics", "Year 5", "No", "October 2026"],
        ["Science", "Year 5", "No", "July 2026"],
    ],
    "strengths": [
        "Nell is a keen and fluent reader with an excellent memory for facts and a wide vocabulary. She is honest, kind and very fair, and she is patient and gentle with younger children: she reads to the Reception class every Friday. She has a deep knowledge of railways and maps and will share it with real enthusiasm.",
    ],
    "ci.need": [
        P("Nell has SLCN and a diagnosis of autism. Nell takes language literally and struggles to understand what is implied, so she often misses the point of a story or a joke and can misread what other children mean.", "content", "B", "ci", dup="c1-inference", note="SLCN unexpanded (jargon, 1 of many)"),
        "She finds whole-class instructions hard to follow, especially when they have more than one step, and will wait and watch what others do. She rarely asks for help. In group work she either takes over with her own ideas or withdraws, and she finds it hard to take turns in conversation.",
        "At St Aidan's Nell has a named adult, Miss Yates, who meets her each morning and checks in with her at lunch and at the end of the day.",
    ],
    "ci.long": ["By the end of Key Stage 3, Nell will be able to take part in a group task with peers, taking turns to speak and listening to others' ideas, in at least three lessons a week."],
    "ci.medium": ["By July 2027, Nell will ask an adult for help or clarification when she has not understood an instruction, in 4 out of 5 lessons."],
    "ci.short": ["By February 2027, Nell will use her help card to show she needs an instruction repeated, at least once a day."],
    "ci.prov": [
        ["Speech and language therapy (review of targets and a programme for staff)", "NHS speech and language therapist", "Termly", "1:1"],
        ["Instructions given one step at a time, with key words written on her whiteboard", "Class teacher and teaching assistant", "Every lesson", "Whole class"],
        ["Social communication group using the SLCN programme from the therapist", "Miss Yates (teaching assistant)", "Weekly, 30 minutes", "4 pupils"],
    ],
    "cl.need": [
        "Nell's reading is at the expected standard but her writing is at a Year 4 level. She has good ideas orally but finds it very hard to plan and sequence her writing, and her handwriting is slow and effortful. She tires quickly and often produces only a few lines in a lesson.",
        "She finds it hard to start tasks and to explain her reasoning in maths. Her SLCN means she can misunderstand the language of word problems.",
    ],
    "cl.long": ["By the end of Key Stage 3, Nell will independently plan and write a piece of at least 300 words using a laptop."],
    "cl.medium": ["By July 2027, Nell will use a writing frame to write a paragraph of at least five sentences in the correct order."],
    "cl.short": ["By February 2027, Nell will start a writing task within two minutes using a visual checklist."],
    "cl.prov": [
        ["Writing frames, word banks and a laptop for extended writing", "Class teacher", "Daily", "Individual"],
        ["Pre-teaching of topic vocabulary", "Miss Yates", "Twice weekly, 15 minutes", "1:1"],
    ],
    "semh.need": [
        "Nell is anxious for much of the school day. She masks her anxiety in class and is quiet and compliant, but her parents report daily distress at home after school. When overwhelmed she leaves the classroom for the library corner, where she will sit under the table.",
        "She finds changes to routine very hard, such as supply teachers, assemblies and trips, and she needs advance warning. She is sensitive to criticism and describes herself as \u201cstupid\u201d when she makes mistakes.",
    ],
    "semh.long": ["By the end of Key Stage 3, Nell will be able to name three strategies that help her when she is anxious and use one of them without adult prompting."],
    "semh.medium": ["By July 2027, Nell will attend school for at least 95% of sessions."],
    "semh.short": ["By February 2027, Nell will tell Miss Yates how she feels using a 1-5 scale at the start and end of each day."],
    "semh.prov": [
        ["Morning meet and greet at the side door and an end-of-day check-in", "Miss Yates", "Daily, 10 minutes each", "1:1"],
        [P("Access to a quiet space as needed.", note="vague provision"), "School staff", "As needed", "Individual"],
        [P("Regular access to the nurture group at lunchtime.", note="vague provision"), "Learning mentor, Mrs Farrow", "Regular", "Small group"],
        [P("Kieran will need a movement break every 20 minutes to stay regulated.", note="pasted from another child's advice: another child's name as subject"), "Teaching assistant", "Every 20 minutes", "1:1"],
    ],
    "sp.need": [
        P("Nell becomes distressed in noisy, crowded spaces such as the dining hall at lunchtime, covering her ears and leaving her food.", "content", "B", "sp", dup="c1-noise", note="same need: parent, school, paediatrician"),
        "She does not tolerate the fire alarm or the hand dryers and finds changing for PE very difficult. Her handwriting grip is tight and she complains that her hand hurts after a few minutes of writing.",
    ],
    "sp.long": ["By the end of Key Stage 3, Nell will eat lunch in a school dining area with friends at least three days a week."],
    "sp.medium": ["By July 2027, Nell will eat her lunch in the small dining room with two friends every day."],
    "sp.short": [],
    "sp.prov": [
        ["Lunch in the library with two friends on Mondays and Thursdays", "Miss Yates", "Twice weekly", "3 pupils"],
        ["Ear defenders available in class and in assemblies", "Class teacher", "Daily", "Individual"],
    ],
    "cycles": [
        ["April-July 2024", "Named adult, home-school book, visual timetable, reduced assemblies.", "Nell settled and attended more regularly (attendance rose from 81% to 90%)."],
        ["September 2024-July 2025", "Social communication group, lunch club in the library, writing frames.", "Fewer incidents of leaving class; writing still well below age expectations."],
        ["September 2025-July 2026", "Laptop for writing, pre-teaching of vocabulary, fire drill warnings.", "Some progress in writing length; anxiety at home increased and attendance fell to 88%."],
    ],
    "views": [
        "Nell told Miss Yates that school is \u201cmostly OK except the hall and the writing\u201d. She would like to eat with her friends and is worried about going to secondary school.",
        "Mrs Whitlock has told us that Nell is very distressed at home after school most days and that the family needs more help. She would like Nell's needs to be fully understood before the move to Year 7.",
    ],
    "else": ["Nell's SLCN and anxiety affect every part of her school day. We believe that without an EHC plan her needs will not be met in Year 7.",
             "Nell's attendance by half-term and a summary of the school's log of incidents are given below."],
    "else.extra": [
        table([["Half-term", "Possible sessions", "Attended", "Attendance", "Main reasons for absence"],
               ["Autumn 1, 2025", "72", "66", "91.7%", "Anxiety (3 days)"],
               ["Autumn 2, 2025", "70", "62", "88.6%", "Anxiety; stomach aches"],
               ["Spring 1, 2026", "58", "50", "86.2%", "Anxiety; medical appointment"],
               ["Spring 2, 2026", "62", "56", "90.3%", "Anxiety"],
               ["Summer 1, 2026", "56", "50", "89.3%", "Anxiety; CAMHS telephone triage"],
               ["Summer 2, 2026", "68", "58", "85.3%", "Refused after sports day practice (2 days); anxiety"],
               ["Autumn 1, 2026", "70", "61", "87.1%", "Anxiety; roadworks on the route to school"]],
              [20, 16, 14, 14, 36], kind="background", sec="B", area="semh"),
        table([["Date", "What happened", "What staff did"],
               ["22/09/2025", "Left the classroom when a supply teacher arrived.", "Miss Yates found her in the library corner; returned after 20 minutes."],
               ["10/10/2025", "Refused to go into assembly (visiting choir).", "Stayed in class with a teaching assistant."],
               ["05/11/2025", "Covered her ears and cried during the fire alarm test.", "Taken to the field; parents informed."],
               ["27/11/2025", "Tore up her writing after a mistake.", "Calm time, then finished the task on the laptop."],
               ["04/12/2025", "Refused to take part in the nativity rehearsal.", "Agreed role operating the lights."],
               ["14/01/2026", "Upset when her seat was moved.", "Seat returned; warning of future changes agreed."],
               ["09/02/2026", "Said \u201cI wish I wasn't here\u201d to Miss Yates.", "Safeguarding lead informed; parents told the same day."],
               ["03/03/2026", "Hid under a table in the library during a spelling test.", "Test done later, one to one."],
               ["24/04/2026", "Pushed a pupil who sat in her place at lunch.", "Restorative conversation; lunch place reserved."],
               ["16/06/2026", "Left sports day practice because of the whistle and the crowd.", "Stayed with Miss Yates; ran in the race on the day."],
               ["23/09/2026", "Refused to get changed for PE.", "Sat on the bench with a job (scorer)."],
               ["14/10/2026", "Refused to come into school past roadworks; arrived late.", "Met at the gate by Miss Yates."]],
              [16, 42, 42], kind="background", sec="B", area="semh"),
    ],
    "sign": {"signed": "H. Castell", "name": "Mrs Helen Castell", "role": "SENCo",
             "org": "St Aidan's Church of England Primary School, Church Lane, Kelderby NF4 3DQ",
             "phone": "01632 960284", "email": "senco@staidans-kelderby.example.org", "date": "09/11/2026"},
})

# ---------------------------------------------------------------------------------------------
# 4. Educational psychology advice
# ---------------------------------------------------------------------------------------------
EP_COPIED = ("Adults should present new learning in small, clearly sequenced steps, check understanding by asking "
             "the pupil to explain the task back in their own words, and leave a written or visual checklist on the "
             "desk until the task is finished.")

_GRID = [

    ["Agree", "Not sure", "Disagree"],
    ["I have a friend to sit with at lunch", "Teachers understand me", "I like the dinner hall"],
    ["I know who to go to if I am worried", "I am good at writing", "I like PE"],
    ["I like reading to the little ones", "Other children are kind to me", "I like it when we have a supply teacher"],
    ["Miss Yates helps me", "I can do my work without help", "I like assemblies"],
    ["I am good at remembering things", "I will be OK at big school", "I can say when I don't understand"],

]
RATING = table([_GRID[0]] + [[P(c, note=f"rating grid, column: {_GRID[0][j]}") for j, c in enumerate(r)] for r in _GRID[1:]], [33, 34, 33], kind="content", sec="A", area="semh")

SCORES = table([
    ["Assessment", "Subtest or area", "Standard score", "Percentile", "Descriptor"],
    ["British Ability Scales, Third Edition (BAS3)", "Verbal similarities", "112", "79", "Above average"],
    ["BAS3", "Matrices", "104", "61", "Average"],
    ["BAS3", "Recall of digits forward", "88", "21", "Below average"],
    ["BAS3", "Recall of sequential order", "84", "14", "Below average"],
    ["Wechsler Individual Achievement Test (WIAT-III UK)", "Word reading", "108", "70", "Average"],
    ["WIAT-III UK", "Reading comprehension", "91", "27", "Average"],
    ["WIAT-III UK", "Written expression", "78", "7", "Low"],
    ["Detailed Assessment of Speed of Handwriting (DASH)", "Free writing", "5 (scaled)", "5", "Below average"],
], [30, 22, 16, 14, 18], kind="background", sec="B", area="cl")

EP = fill({
    "dates": ["Consultation with parents 12/10/2026; school visit and observation 21/10/2026; individual work with Nell 21/10/2026 and 28/10/2026"],
    "ep": ["Dr Marcus Feld, Senior Educational Psychologist, Northfold Educational Psychology Service, Civic Centre, Kelderby NF1 4AB, 01632 960550"],
    "sources": [
        "Consultation with Mrs Joanne Whitlock (mother) at home, 12 October 2026",
        "Consultation with Mrs Helen Castell (SENCo) and Mr Owen Dunmore (class teacher), 21 October 2026",
        "Observation of Nell in class (English lesson) and at lunchtime, 21 October 2026",
        "Two individual sessions with Nell at school, 21 and 28 October 2026",
        "School records, including SEN support plans from April 2024 to July 2026",
        "Child Development Centre report, Dr Ruth Abara, March 2024",
        "Speech and language therapy report, January 2025",
        "Parent's diary of one week, October 2026",
    ],
    "reason": [
        "Northfold County Council asked for psychological advice as part of an Education, Health and Care needs assessment requested jointly by Nell's mother and her school in October 2026. The main questions were how Nell's autism, anxiety and difficulties with writing affect her learning, and what she will need for the move to Year 7 in September 2027.",
    ],
    "background": [
        "Nell lives with her mother, her brother Alfie (13) and her sister Rosa (6) in Kelderby, and spends alternate weekends with her father. She attended Millbeck Infant School and Thornbury Junior School before joining St Aidan's in January 2024.",
        "Nell was diagnosed with autism by Dr Abara at the Child Development Centre in March 2024, when anxiety was also noted. She was assessed by the speech and language therapy service in January 2025. She is on the waiting list for CAMHS.",
        "Nell has been on SEN support at St Aidan's since April 2024. School records show three cycles of support with some improvement in attendance and engagement, but continuing difficulties with writing and increasing anxiety at home.",
    ],
    "method": [
        "I met Mrs Whitlock at home and spoke to Mrs Castell and Mr Dunmore at school. I observed Nell for 40 minutes in an English lesson and for 20 minutes at lunchtime.",
        "I then worked with Nell on her own in the school library over two sessions. We used standardised tests of reasoning, memory, reading and writing, a card-sorting activity about school, and a drawing of her ideal and non-ideal school. Nell chose where to sit and we agreed a break signal, which she used twice.",
        "Standard scores have an average of 100; most children score between 85 and 115. Percentiles show the percentage of children of the same age who would score at or below Nell's score.",
    ],
    "method.extra": [
        section("What Nell's family told me", [
            "Mrs Whitlock described Nell as a loving, funny and honest girl who is exhausted and distressed after school most days. She described daily meltdowns lasting up to an hour, early waking, a restricted diet and increasing talk of not wanting to be here. She is very worried about the move to Year 7.",
            "Mr Whitlock told me by telephone that Nell is calmer at his flat, where routines are very predictable, and that he shares Mrs Whitlock's views about her needs.",
        ], "background", "B"),
        section("What school told me", [
            "Mrs Castell and Mr Dunmore described Nell as a quiet, conscientious pupil who rarely causes concern in class but who leaves the room when overwhelmed, does not eat in the hall and produces very little written work. They feel that her anxiety is increasing and that she needs more adult support than SEN support can provide.",
        ], "background", "B"),
        heading("Observation in class and at lunch, 21 October 2026", 2),
        table([
            ["Time", "What I saw"],
            ["09:10", "Whole-class introduction to a writing task. Nell looked at the window during the instructions and did not start until her teaching assistant repeated the first step to her."],
            ["09:20", "Nell wrote her name and the date, then sat with her pen in her hand for four minutes. She did not ask for help."],
            ["09:25", "Miss Yates gave her a writing frame. Nell wrote two sentences, rubbed one out and rewrote it three times."],
            ["09:40", "Talk partners. Nell's partner spoke; Nell nodded but did not reply. When asked by the teacher she gave a detailed and accurate answer about the story."],
            ["09:55", "The class moved to the hall for a rehearsal. Nell put on her ear defenders and asked to stay behind, which was allowed."],
            ["12:05", "Lunch. Nell entered the hall, covered her ears and left after four minutes with her lunchbox unopened. She ate half a sandwich in the library with Priya."],
        ], [14, 86], kind="background", sec="B"),
        section("What Nell told me", [
            P("Nell told me that the best things about school are reading to the Reception class, library club and Miss Yates. She said the worst things are the hall, writing and \u201cwhen people say things that mean something else\u201d.", "content", "A"),
            P("She said she would like her new school to have \u201ca quiet place to eat, a library, and teachers who write things down\u201d. She said she wants to be a train driver or to design railways.", "content", "A", "pfa"),
            P("When I asked what she would change about herself, Nell said she would like to \u201cnot be so scared all the time\u201d.", "content", "A", "semh"),
        ], "content", "A"),
        heading("Assessment results", 2),
        SCORES,
        heading("How Nell feels about school: card sort", 2),
        section("", ["Nell sorted statements into three piles. Her choices are shown as she placed them."], "background", "A", level=3),
        RATING,
    ],
    "ci.found": [
        P("Nell has a wide vocabulary and verbal reasoning above the average range, but she takes language literally and finds it hard to work out what a speaker means when it is not said directly.", dup="c1-inference", note="same need: school, SaLT, EP"),
        "In the English lesson Nell did not respond to instructions given to the whole class; she waited, looked at the pupil next to her and then began. When the teacher used the phrase \u201cput your thinking caps on\u201d Nell looked around the room.",
        "In conversation with me she spoke at length about the Victoria line but found it hard to shift to a new topic, and did not ask me any questions.",
    ],
    "cl.found": [
        "Nell's reasoning skills are in the average to above average range and her word reading is age-appropriate. Her working memory for spoken information is below average, which means she is likely to lose track of long instructions and of her ideas while writing.",
        "Her written expression and handwriting speed are well below what would be expected from her reasoning and reading. Writing is slow, tiring and anxiety-provoking for her, and this limits what she can show of her understanding.",
        P("When Nell is asked to read aloud in front of the class she goes very still and quiet, and his hands shake until the teacher moves on to another pupil.", note="pronoun slip: Nell is a girl"),
    ],
    "semh.found": [
        "Nell experiences high levels of anxiety, particularly about change, noise, being wrong and being judged by others. She masks this at school and her distress is seen mainly at home, which is typical of many autistic girls.",
        "In the card sort Nell placed \u201cI can say when I don't understand\u201d and \u201cI like it when we have a supply teacher\u201d in the disagree pile, and told me that \u201cbig school\u201d was the thing she worried about most. Her drawing of a non-ideal school showed a huge hall with \u201c1000 people all shouting\u201d.",
        "Her relationship with Miss Yates is a real protective factor, as are her friendships with Priya, Maisie and Tallulah.",
        "Nell's self-esteem as a learner is low. She described herself as \u201cbad at everything except reading\u201d and became distressed when she made a mistake in a spelling task, although she corrected it herself at once. She needs frequent, specific reassurance that mistakes are part of learning.",
        "Nell finds unstructured times, such as playtime and lunchtime, the hardest parts of the school day socially. She wants friendships but does not yet have the skills to join a game or repair a falling-out, and she relies on adults to help her.",
    ],
    "sp.found": [
        "Nell reported that she finds the school bell, the hand dryers and the fire alarm \u201cpainful\u201d and that the smell of the dining hall makes her feel sick. She described wearing her school jumper as \u201clike wearing a hedge\u201d.",
        "Nell shows marked sensitivity to noise. At lunchtime she covered her ears on entering the hall and left after four minutes without eating. Her handwriting grip is tight and she shook her hand out repeatedly during writing tasks.",
    ],
    "summary": [
        "Nell is an able, articulate girl whose autism affects how she understands language and social situations, how she copes with change and sensory input, and how she manages anxiety. Her difficulties with working memory and handwriting mean her writing is well below what she is capable of. Her anxiety is high and largely hidden at school.",
    ],
    "ci.outcomes": ["By July 2027, Nell will tell an adult when she has not understood, using words or her help card, in 4 out of 5 lessons.",
                    "By February 2027, Nell will take two turns in a structured conversation with a peer in her weekly group."],
    "cl.outcomes": ["By July 2028, Nell will independently plan and write a piece of 300 words on a laptop.",
                    "By July 2027, Nell will complete a writing task of two paragraphs using a writing frame and checklist."],
    "semh.outcomes": ["By July 2028, Nell will use a calming strategy of her choice, without being prompted, when she rates her anxiety at 4 or 5.",
                      "By July 2027, Nell will rate her feelings on a 1-5 scale with her key adult twice a day."],
    "sp.outcomes": ["By July 2027, Nell will eat lunch with friends in a quiet dining space every day.", ""],
    "ci.provision": [
        "A named key adult (a teaching assistant trained in autism awareness) to meet Nell each morning and check in with her at lunchtime and at the end of the day, 10 minutes each time.",
        "Instructions to be given one step at a time and written on a mini whiteboard on Nell's desk, in every lesson.",
        "A weekly 30-minute social communication group of no more than four pupils, led by a teaching assistant following the speech and language therapist's programme.",
    ],
    "cl.provision": [
        P(EP_COPIED, note="copied verbatim into Callum Rennard's EP advice (copy-paste)"),
        "Daily use of a laptop for extended writing, with touch-typing practice for 15 minutes three times a week.",
        "Writing frames and a visual planning checklist in every lesson that requires extended writing.",
    ],
    "semh.provision": [
        "An anxiety-management programme of six weekly 30-minute individual sessions, delivered by the school's trained learning mentor, followed by a review.",
        "Advance warning of all changes to routine (supply staff, drills, trips), given to Nell by her key adult the day before.",
        "A planned transition programme to Year 7 of at least six visits between March and July 2027, with a photo book of the new setting.",
        "A one-page profile, written with Nell, to be shared with every adult who teaches her, and updated each term by her key adult.",
        "A daily 10-minute end-of-day check-in with her key adult to rate her day on a 1-5 scale and agree one thing for tomorrow.",
    ],
    "sp.provision": [
        "A quiet place to eat lunch with two chosen friends every day.",
        "An assessment by an occupational therapist of Nell's sensory needs and handwriting.",
    ],
    "other": [
        P("In my view Nell's needs would be best met from September 2027 in the enhanced resource base for communication and interaction at Greyfriars Academy.", "content", "I", note="future placement recommendation"),
        P("I would be happy to discuss this advice with Nell's family and school.", "background", "K"),
    ],
    "appendix": [
        pagebreak(),
        heading("Appendix A: the assessments used"),
        section("", [
            "British Ability Scales, Third Edition (BAS3): a set of individual tests of reasoning, memory and processing for children and young people aged 3 to 17. Verbal similarities asks the child to explain how three words go together; matrices asks the child to complete a pattern; recall of digits and recall of sequential order measure how much spoken information a child can hold in mind and work with.",
            "Wechsler Individual Achievement Test, Third UK Edition (WIAT-III UK): tests of reading, writing and mathematics. Word reading measures the reading of single words; reading comprehension measures understanding of passages read silently; written expression measures the planning and writing of a short piece.",
            "Detailed Assessment of Speed of Handwriting (DASH): measures how quickly a pupil can copy and write freely. Scaled scores have an average of 10.",
            "Card sort: an informal activity in which the child sorts statements about school into piles. It is not a test and has no score; it helps the child to share views that may be hard to say out loud.",
            "Ideal school drawing: an informal activity based on personal construct psychology, in which the child draws and describes the kind of school they would and would not like to go to.",
        ], "background", "B"),
        pagebreak(),
        heading("Appendix B: advice for the staff who will teach Nell in Year 7"),
        section("", [
            "- Read Nell's one-page profile before you first teach her, and greet her by name.",
            "- Tell her about any change of room, teacher or activity as early as possible, ideally the day before.",
            "- Give her a seat at the end of a row, near the door, and keep it the same.",
            "- Write homework and instructions down for her; do not rely on her copying them from the board.",
            "- Do not ask her to read aloud or answer in front of the class unless she has agreed to it in advance.",
            "- Allow her to leave for her agreed quiet space, with her pass, without questioning her in front of others.",
            "- Use her interest in railways and maps to introduce new topics where you can.",
            "- Praise effort specifically and quietly; she finds public praise almost as hard as criticism.",
        ], "content", "F", "semh"),
        pagebreak(),
        heading("Appendix C: record of consultation"),
        table([["Date", "With", "Purpose"],
               ["12/10/2026", "Mrs Whitlock (home visit, 90 minutes)", "History, views and hopes; agreed the diary week"],
               ["14/10/2026", "Mr Whitlock (telephone, 30 minutes)", "Father's views"],
               ["21/10/2026", "Mrs Castell and Mr Dunmore (60 minutes)", "School's view of needs and support so far"],
               ["21/10/2026", "Nell (observation and individual work, 2 hours)", "Observation, assessment and views"],
               ["28/10/2026", "Nell (individual work, 75 minutes)", "Assessment and views; card sort; drawing"],
               ["02/11/2026", "Imogen Tsang, speech and language therapist (telephone)", "Shared findings on language"],
               ["16/11/2026", "Mrs Whitlock and Mrs Castell (feedback meeting)", "Feedback on this advice"]],
              [16, 44, 40], kind="background", sec="K"),
    ],
    "sign": {"signed": "M. Feld", "name": "Dr Marcus Feld", "role": "Senior Educational Psychologist, HCPC PYL04412",
             "org": "Northfold Educational Psychology Service, Civic Centre, Kelderby NF1 4AB",
             "phone": "01632 960550", "email": "marcus.feld@northfold-eps.example.org", "date": "16/11/2026"},
})

# ---------------------------------------------------------------------------------------------
# 5. Speech and language therapy advice (health form)
# ---------------------------------------------------------------------------------------------
CELF = table([
    ["Subtest (CELF-5 UK)", "Scaled score", "What it tells us"],
    ["Sentence comprehension", "8", "Within the average range for simple sentences."],
    ["Following directions", "5", "Below average: loses track of longer, multi-part instructions."],
    ["Understanding spoken paragraphs", "6", "Below average: finds it hard to answer inference questions about a story."],
    ["Word classes", "12", "Above average: a strength in vocabulary and word relationships."],
    ["Pragmatics profile (rated with class teacher)", "4", "Well below average: difficulties with conversational turn-taking and reading social cues."],
], [34, 14, 52], kind="background", sec="B", area="ci")

SALT = fill({
    "who.name": ["Imogen Tsang"],
    "who.role": ["Highly Specialist Speech and Language Therapist"],
    "who.base": ["Children's Speech and Language Therapy, Northfold Community Health NHS Trust, Children's Therapy Centre, Ashwick NF7 1RT"],
    "who.phone": ["01632 960621"],
    "who.email": ["imogen.tsang@nhs-northfold.example.net"],
    "who.seen": ["20/01/2025 (clinic); 05/11/2026 (school visit and reassessment)"],
    "who.open": ["Yes"],
    "sources": [
        "Assessment at the Children's Therapy Centre, 20 January 2025",
        "School visit, observation and reassessment, 5 November 2026",
        "Discussion with Miss Yates (teaching assistant) and Mr Dunmore (class teacher)",
        "Telephone discussion with Mrs Whitlock, 6 November 2026",
    ],
    "diagnoses": ["Autism spectrum condition (Dr R. Abara, Consultant Community Paediatrician, March 2024)."],
    "history": ["Nell was referred by Dr Abara in March 2024 and first assessed in January 2025. She received a block of six sessions of therapy at school in spring 2025 focused on understanding instructions, and the school has since run a social communication group."],
    "medication": [P("Not applicable to this advice", "answer")],
    "hearing": [P("Not tested by this service", "answer")],
    "vision": [P("Not tested by this service", "answer")],
    "equipment": [P("No", "answer")],
    "assessment": [
        heading("Assessment", 2),
        section("", ["Nell was reassessed in school using the Clinical Evaluation of Language Fundamentals, Fifth Edition (CELF-5 UK). Scaled scores have an average of 10; scores between 7 and 13 are in the average range."], "background", "B", "ci", level=3),
        CELF,
        section("What the results mean for Nell", [
            "Nell's vocabulary and knowledge of word meanings are strengths and are above the average range for her age. Her understanding of simple sentences is age-appropriate.",
            "Her scores for following directions and understanding spoken paragraphs are below the average range. In everyday terms, Nell is likely to miss parts of longer instructions and to find it hard to answer questions that ask \u201cwhy\u201d or \u201chow do you know\u201d about something she has heard.",
            "Her pragmatic language (the social use of language) is well below the average range. This is the area that most affects her day-to-day life at school.",
        ], "background", "B", "ci", level=2),
        heading("Record of the block of therapy, spring 2025", 2),
        table([["Session", "Date", "Target", "What happened"],
               ["1", "24/02/2025", "Following two-step instructions", "Followed 6 of 10 with a visual, 3 of 10 without."],
               ["2", "03/03/2025", "Following two-step instructions", "Followed 8 of 10 with a visual; began to ask \u201cwhat's first?\u201d."],
               ["3", "10/03/2025", "Asking for clarification", "Used \u201cCan you say that again?\u201d twice with prompting."],
               ["4", "17/03/2025", "Asking for clarification", "Used the phrase once without prompting; tired and anxious after a fire drill."],
               ["5", "24/03/2025", "Understanding idioms", "Explained 4 of 10 taught idioms; enjoyed drawing the literal meanings."],
               ["6", "31/03/2025", "Review", "Targets handed to school with a programme for Miss Yates."]],
              [12, 18, 28, 42], kind="background", sec="B", area="ci"),
        section("Strategies for all adults working with Nell", [
            "- Say Nell's name before giving her an instruction, and give instructions one step at a time.",
            "- Back up spoken instructions with a written list or a visual on her desk.",
            "- Avoid idioms and sarcasm, or explain them when they are used.",
            "- Give Nell time to answer: count to ten silently before repeating or rephrasing.",
            "- Check understanding by asking her to tell you what she is going to do first, not \u201cDo you understand?\u201d.",
            "- Pre-teach the vocabulary of new topics, with pictures where possible.",
            "- In group work, give Nell a defined role and a visual reminder of turn-taking.",
        ], "content", "F", "ci", level=2),
    ],
    "ci.need": [
        P("In class on 5 November 2026 Nell followed a two-step instruction given to her individually, but not a three-step instruction given to the whole class. She did not ask for help; she watched her neighbour and copied.", "background", "B"),
        P("Nell has SLCN associated with her autism. Her vocabulary is a strength, but she has difficulty with inference and non-literal language: she does not easily work out what is meant but not said, and she interprets idioms and sarcasm literally.", dup="c1-inference", note="same need: school, SaLT, EP; SLCN unexpanded"),
        "Nell has difficulty following spoken instructions of more than two parts, particularly in a noisy classroom. She finds it hard to repair a conversation when it breaks down and does not yet ask for clarification.",
        "Her social communication difficulties are significant: she finds it hard to take turns in conversation, to stay on a topic chosen by someone else and to read other people's facial expressions and tone of voice. These SLCN affect her friendships and her participation in group learning.",
    ],
    "ci.outcomes": [
        "By July 2027, Nell will ask for clarification when she has not understood, using a phrase such as \u201cCan you say that another way?\u201d, in 4 out of 5 opportunities in structured sessions.",
        "By July 2027, Nell will explain the meaning of 20 common idioms taught in therapy and use them correctly in a sentence.",
        "By December 2027, Nell will maintain a conversation with a peer for five turns on a topic chosen by the peer.",
    ],
    "ci.prov": [
        ["30 minutes of direct speech and language therapy weekly, focused on inference, non-literal language and conversation repair", "Speech and language therapist", "Weekly, 30 minutes, for 30 weeks of the school year", "1:1"],
        ["A daily 10-minute language programme written by the therapist, practising the targets from therapy", "Teaching assistant trained by the therapist", "Daily, 10 minutes", "1:1"],
        ["Training for school staff on SLCN, autism and adapting spoken language", "Speech and language therapist", "One 2-hour session in the autumn term", "Staff group"],
        [P("Further blocks of therapy will be offered subject to availability.", note="resource caveat and vague"), "Speech and language therapy service", "Subject to availability", ""],
    ],
    "care": [],
    "care.prov": [],
    "extra_strategies": [],
    "sign": {"signed": "I. Tsang", "name": "Imogen Tsang", "role": "Highly Specialist Speech and Language Therapist, HCPC SL19877",
             "org": "Children's Therapy Centre, Ashwick NF7 1RT", "phone": "01632 960621",
             "email": "imogen.tsang@nhs-northfold.example.net", "date": "12/11/2026"},
})

# ---------------------------------------------------------------------------------------------
# 6. Paediatric health advice
# ---------------------------------------------------------------------------------------------
PAED = fill({
    "who.name": ["Dr Ruth Abara"],
    "who.role": ["Consultant Community Paediatrician"],
    "who.base": ["Child Development Centre, Kelderby Community Hospital, Hospital Road, Kelderby NF2 6HS"],
    "who.phone": ["01632 960870"],
    "who.email": ["cdc.kelderby@nhs-northfold.example.net"],
    "who.seen": ["19/03/2024; 10/09/2026"],
    "who.open": ["Yes"],
    "sources": [
        "Clinic appointments, 19 March 2024 and 10 September 2026",
        "School observation by the CDC team, February 2024",
        "Audiology report, Kelderby Community Hospital, 12 March 2025",
        "Questionnaires completed by Mrs Whitlock and St Aidan's, February 2024",
    ],
    "diagnoses": [
        "Autism spectrum condition, diagnosed 19 March 2024 at the Child Development Centre (Dr R. Abara), following a multidisciplinary assessment.",
        "Anxiety, noted at diagnosis and increasing since; referred to CAMHS by the GP in February 2026.",
        "Sleep-onset difficulty associated with autism; melatonin started September 2026.",
    ],
    "history": [
        "Born at 38 weeks by induced labour after a pregnancy complicated by raised blood pressure; birth weight 2.78 kg; brief respiratory support at birth; no admission to the neonatal unit. Motor milestones were within normal limits. Early language was echolalic and concerns about social interaction were first raised by school in Year 1.",
        "Growth is along the 25th centile for height and weight. Nell eats a restricted range of about fifteen foods, consistent with sensory food aversion; there are no signs of nutritional deficiency at present.",
    ],
    "medication": ["Melatonin 2 mg modified-release at bedtime (prescribed by Dr Abara, started September 2026)"],
    "hearing": [P("Audiology, Kelderby Community Hospital, 12/03/2025: hearing within normal limits in both ears; no concerns.", "background", "C", note="no hearing loss; the SaLT's communication need is not a conflict")],
    "vision": ["School entry screening and optician, August 2025: normal"],
    "equipment": [P("No", "answer")],
    "ci.need": [
        "Nell's autism affects her social communication and her understanding of language in everyday situations, as described in the speech and language therapy advice.",
    ],
    "ci.outcomes": [],
    "ci.prov": [],
    "semh.need": [
        "Nell has high levels of anxiety which are now affecting her sleep, her eating and her wellbeing. She has expressed thoughts of not wanting to be here when very distressed. There is no history of self-harm beyond scratching her arms in 2023.",
    ],
    "semh.outcomes": ["By July 2027, Nell will be able to tell a trusted adult at home and at school when she is feeling anxious, using her 1-5 scale."],
    "semh.prov": [
        ["Assessment and treatment by CAMHS (Child and Adolescent Mental Health Services)", "CAMHS clinician", "As assessed by CAMHS", "1:1"],
    ],
    "sp.need": [
        P("Nell is over-sensitive to sound: loud, busy places such as the school lunch hall overwhelm her and she stops eating.", dup="c1-noise", note="same need: parent, school, paediatrician"),
        "She also shows tactile sensitivity to clothing and food textures. A sensory assessment by occupational therapy would help school and family to plan for this.",
    ],
    "sp.outcomes": ["By July 2027, Nell will eat a full lunch at school on at least four days a week."],
    "sp.prov": [
        ["Referral to the children's occupational therapy service for a sensory assessment", "Community paediatrician", "Referral made 10/09/2026", ""],
        ["Sensory breaks as needed", "School staff", "As needed", ""],
    ],
    "care": [
        "Nell's sleep-onset difficulty and early waking affect her concentration and mood at school. Her restricted diet is monitored in clinic.",
    ],
    "care.extra": [
        pagebreak(),
        heading("Copy of clinic letter, 10 September 2026"),
        section("", [
            "Dear Dr Marsh (GP), I reviewed Eleanor (Nell) today in the community paediatric clinic with her mother. Nell is now 10 years old and in Year 6 at St Aidan's Church of England Primary School.",
            "Mrs Whitlock reports that sleep onset is taking up to two hours and that Nell wakes between 4.30 and 5am most days. A two-week sleep diary confirms this. Sleep hygiene measures have been in place for over a year, including a consistent bedtime routine, no screens after 7pm and a weighted blanket.",
            "I have started melatonin 2 mg modified-release, to be given 30 to 60 minutes before bedtime, and I will review its effect in three months. I would be grateful if you could continue the prescription.",
            "Nell's growth remains on the 25th centile. Her diet remains restricted to around fifteen foods, with no signs of deficiency. I have given Mrs Whitlock information about a multivitamin.",
            "Mrs Whitlock is concerned about Nell's anxiety and her comments about not wanting to be here. I understand that you referred Nell to CAMHS in February and that she is on the waiting list. I have written to CAMHS in support of the referral.",
            "I have also referred Nell to the children's occupational therapy service for a sensory assessment, and I support the application for an Education, Health and Care needs assessment. Yours sincerely, Dr Ruth Abara",
        ], "background", "C", level=2),
        heading("Sleep diary summary (before melatonin)", 2),
        table([["Night", "Lights out", "Asleep", "Woke", "Notes"],
               ["1", "20:00", "21:40", "04:50", "School day"], ["2", "20:00", "21:15", "05:05", "School day"],
               ["3", "20:00", "22:05", "04:40", "Meltdown after tea"], ["4", "20:00", "21:30", "05:00", "School day"],
               ["5", "20:00", "21:50", "04:55", "Assembly with a band"], ["6", "20:30", "21:45", "05:30", "Weekend"],
               ["7", "20:30", "21:20", "05:40", "Weekend"], ["8", "20:00", "21:55", "04:35", "School day"],
               ["9", "20:00", "21:35", "04:50", "School day"], ["10", "20:00", "22:10", "04:30", "Spelling test next day"],
               ["11", "20:00", "21:25", "05:10", "School day"], ["12", "20:00", "21:40", "04:45", "School day"],
               ["13", "20:30", "21:30", "05:35", "Weekend"], ["14", "20:30", "21:10", "05:50", "Weekend"]],
              [10, 16, 16, 16, 42], kind="background", sec="C"),
    ],
    "care.prov": [
        "Review in the community paediatric clinic every six months by the consultant community paediatrician, including growth, diet and the effect of melatonin.",
        "Melatonin 2 mg at bedtime, prescribed and reviewed by the community paediatrician.",
    ],
    "sign": {"signed": "R. Abara", "name": "Dr Ruth Abara", "role": "Consultant Community Paediatrician, GMC 7034219",
             "org": "Child Development Centre, Kelderby Community Hospital, Hospital Road, Kelderby NF2 6HS",
             "phone": "01632 960870", "email": "cdc.kelderby@nhs-northfold.example.net", "date": "13/11/2026"},
})

# ---------------------------------------------------------------------------------------------
# 7. Social care advice: mostly unanswered
# ---------------------------------------------------------------------------------------------
SOCIAL = Fill({
    "pd.name": PD["pd.name"], "pd.dob": PD["pd.dob"], "pd.setting": PD["pd.setting"],
    "yn.known": "Yes",
    "involvement": ["Early Help assessment"],
    "sign": {"name": "Duty Senior Practitioner, Children's Services Front Door", "date": "20/11/2026"},
}, REF)

DOCS = [
    ("parent-carer-views.pdf", "parent-carer-views", PARENT),
    ("child-views.pdf", "child-views", CHILD),
    ("school-education-advice.pdf", "education-advice", EDU),
    ("educational-psychology-advice.pdf", "educational-psychology-advice", EP),
    ("speech-and-language-therapy-advice.pdf", "health-advice", SALT),
    ("paediatric-health-advice.pdf", "health-advice", PAED),
    ("social-care-advice.pdf", "social-care-advice", SOCIAL),
]


def flag(fid, file, text, expect, why):
    return {"flag": fid, "file": file, "text": text, "expect": expect, "why": why}


FLAGS = [
    flag("pronoun-mismatch", "educational-psychology-advice.pdf", "she goes very still and quiet, and his hands shake", "fire",
         "Nell is a girl; the sentence turns from 'she' to 'his' halfway"),
    flag("pronoun-mismatch", "parent-carer-views.pdf", "Alfie put it best when he said, \u201cDad has to text before he comes round, or Nell thinks something bad has happened.\u201d", "none",
         "quoted speech of her brother; 'he' is Alfie and Dad"),
    flag("pronoun-mismatch", "parent-carer-views.pdf", "He said he had been just like Nell as a boy and nobody had given him a label.", "none", "pronouns for her father"),
    flag("pronoun-mismatch", "child-views.pdf", "Priya is my best friend because she likes the same books as me.", "none", "'she' is Priya"),
    flag("foreign-name", "", "Sam will be able to ask an adult for help in 4 out of 5 lessons", "none",
         "the form guidance's made-up example child \u201cSam\u201d, on every Northfold form (also \u201cWe would like Sam to be able to walk to the corner shop\u201d, \u201c(Sam, age 8)\u201d): never a case, never in the draft"),
    flag("foreign-name", "child-views.pdf", "My friends are Maisie, Tallulah and Priya.", "none", "friends named as context"),
    flag("foreign-name", "parent-carer-views.pdf", "Alfie", "none", "brother, named in the family table and in the story"),
    flag("foreign-name", "parent-carer-views.pdf", "Rosa", "none", "sister, named in the family table and in the story"),
    flag("foreign-name", "school-education-advice.pdf", "Kieran will need a movement break every 20 minutes to stay regulated.", "fire",
         "pasted from another child's advice: another child's name as the subject of a provision statement"),
    flag("placement-in-draft", "school-education-advice.pdf", "At St Aidan's Nell has a named adult, Miss Yates", "none",
         "the current school named in a description of need, not a placement"),
    flag("placement-in-draft", "parent-carer-views.pdf", "She started at St Aidan's in January 2024, in the middle of Year 3", "none", "school history"),
    flag("placement-in-draft", "parent-carer-views.pdf", "Alfie is thirteen and in Year 8 at Greyfriars Academy.", "none",
         "her brother's school (the same school the EP later recommends): context, not a placement for Nell"),
    flag("placement-in-draft", "educational-psychology-advice.pdf", "In my view Nell's needs would be best met from September 2027 in the enhanced resource base for communication and interaction at Greyfriars Academy.", "fire",
         "a recommended future placement (school and type): section I is left blank in a draft"),
    flag("conflicting-advice", "paediatric-health-advice.pdf", "hearing within normal limits in both ears; no concerns", "none",
         "no hearing loss is not a contradiction of the SaLT's language and social communication need"),
    flag("conflicting-advice", "school-education-advice.pdf", "Speech and language therapy (review of targets and a programme for staff)", "fire",
         "school: speech and language therapy termly; speech-and-language-therapy-advice.pdf: 30 minutes of direct therapy weekly"),
    flag("conflicting-advice", "school-education-advice.pdf", "Ms Karen Lusby, Children with Disabilities Team, Kelderby", "fire",
         "'Is a social worker involved? No' and then 'If yes, name of social worker and team:' is filled in the same form"),
    flag("advice-incomplete", "social-care-advice.pdf", "", "fire", "social care form returned with almost every prompt unanswered"),
    flag("missing-advice", "", "", "none", "parent, child, education, EP, health and social care advice are all present"),
    flag("identity-conflict", "", "", "none", "name and date of birth (17/05/2016) agree in every document"),
    flag("jargon", "school-education-advice.pdf", "SLCN", "fire", "used many times in the school and SaLT advice, never expanded: one flag"),
    flag("vague-wording", "school-education-advice.pdf", "Access to a quiet space as needed.", "fire", "'access to', 'as needed'"),
    flag("vague-wording", "school-education-advice.pdf", "Regular access to the nurture group at lunchtime.", "fire", "'regular', 'access to'"),
    flag("resource-caveat", "speech-and-language-therapy-advice.pdf", "Further blocks of therapy will be offered subject to availability.", "fire", "'subject to availability'"),
    flag("vague-wording", "paediatric-health-advice.pdf", "Sensory breaks as needed", "fire", "'as needed', no who or how often"),
    flag("copy-paste", "educational-psychology-advice.pdf", EP_COPIED, "fire", "the same EP paragraph appears verbatim in callum-rennard's EP advice"),
    flag("copy-paste", "educational-psychology-advice.pdf", "This advice is given under Regulation 6(1)(d) of the Special Educational Needs and Disability Regulations 2014", "none",
         "form preamble shared by every Northfold EP advice: the form, not copying"),
    flag("copy-paste", "school-education-advice.pdf", "Describe what the pupil finds difficult and how this affects learning, with examples.", "none", "form guidance repeated in both cases"),
    flag("report-voice", "educational-psychology-advice.pdf", "I met Mrs Whitlock at home and spoke to Mrs Castell and Mr Dunmore at school.", "none", "method: background, not plan content"),
    flag("duplicate-in-plan", "", "c1-noise", "fire", "the dining-hall noise need described by parent, school and paediatrician in different words (labels dup=c1-noise)"),
    flag("duplicate-in-plan", "", "c1-inference", "fire", "literal understanding / inference described by school, SaLT and EP (labels dup=c1-inference)"),
]
