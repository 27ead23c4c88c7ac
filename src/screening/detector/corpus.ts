import type { ProtectedClass } from './protected-class';

/**
 * Hand-labelled sentences in the voice of what a background searcher logs: social-media
 * posts, news snippets and court-portal lines. `classes` lists the candidate's own
 * protected statuses the sentence reveals, i.e. what a reviewer would redact. It is empty
 * for negatives, including text about other people and bias the candidate expressed
 * (a reviewer KEEPs that, so a flag there counts as a false positive here).
 *
 * Look-alike decisions (the rules follow the same ones):
 * - Street and place names ("Baptist Street", "Marine Drive", "Black Hawk Drive",
 *   "White Pine Road", "Veterans Memorial Park", "Indiana") are negatives: an address says
 *   nothing about the candidate's status.
 * - Names of religious institutions the candidate attended ("Catholic Memorial High
 *   School") are positives for RELIGION: attendance hints at affiliation, and the
 *   reviewer decides.
 * - Stated pronouns ("she/her") are GENDER_IDENTITY.
 */
export interface LabelledSentence {
  text: string;
  classes: ProtectedClass[];
}

export const CORPUS: readonly LabelledSentence[] = [
  // RACE
  { text: 'Proud to be a Black man in blue someday 💙', classes: ['RACE', 'SEX'] },
  {
    text: 'As an African-American kid from the north side, I never thought I’d apply to MPD.',
    classes: ['RACE'],
  },
  { text: 'Happy Hispanic Heritage Month from one proud Hispanic family!', classes: ['RACE'] },
  {
    text: 'Party details — Sex: Male, Race: Caucasian, DOB: 04-12-1979',
    classes: ['SEX', 'RACE', 'AGE'],
  },
  { text: 'being biracial in a small town taught me a lot about people', classes: ['RACE'] },
  { text: 'Me and the other Asian American recruits at the career expo 😂', classes: ['RACE'] },
  { text: 'Native American and proud of it.', classes: ['RACE'] },
  {
    text: 'Grew up as one of the only people of color in my graduating class.',
    classes: ['RACE'],
  },
  { text: 'I’m Latino and my abuela still calls me every Sunday', classes: ['RACE'] },

  // COLOR
  { text: 'People always comment on my dark skin like it’s a surprise', classes: ['COLOR'] },
  {
    text: 'As a light-skinned Black woman I get asked what I am all the time',
    classes: ['COLOR', 'RACE', 'SEX'],
  },
  { text: 'My complexion got me pulled over more than once, no lie', classes: ['COLOR'] },
  {
    text: 'Colorism in our own family is real, my grandma always said I was too dark',
    classes: ['COLOR'],
  },
  { text: 'fair-skinned problems: sunburn in 10 minutes at the lake', classes: ['COLOR'] },
  {
    text: 'My skin tone is darker than my brother’s and people never believe we’re related',
    classes: ['COLOR'],
  },
  { text: "Brown-skinned and proud, stop asking where I'm 'really' from", classes: ['COLOR'] },

  // RELIGION
  { text: 'Went to mass with Grandma this morning, then brunch 🙏', classes: ['RELIGION'] },
  { text: 'So blessed by my church family at St. Paul’s Lutheran', classes: ['RELIGION'] },
  { text: 'Ramadan Mubarak to everyone fasting with me this month', classes: ['RELIGION'] },
  { text: 'Our rabbi gave the best sermon at Yom Kippur services', classes: ['RELIGION'] },
  { text: 'Can’t make Sunday league, I have church in the morning', classes: ['RELIGION'] },
  {
    text: 'Went to Catholic Memorial High School and still go every Sunday',
    classes: ['RELIGION'],
  },
  { text: 'As a practicing Muslim, I pray five times a day', classes: ['RELIGION'] },
  { text: 'Our family’s Diwali celebration was amazing this year', classes: ['RELIGION'] },
  {
    text: 'Got baptized last summer at Lake Monona with my small group',
    classes: ['RELIGION'],
  },

  // CREED
  { text: 'I’m an atheist and I don’t apologize for it', classes: ['CREED'] },
  { text: 'Registered as a conscientious objector back in high school', classes: ['CREED'] },
  { text: 'My faith is what got me through the academy', classes: ['CREED'] },
  { text: 'Agnostic here, but I respect everyone’s beliefs', classes: ['CREED'] },
  {
    text: 'Lifelong pacifist, which makes people laugh when I say I want to be a cop',
    classes: ['CREED'],
  },
  { text: 'As a secular humanist I believe we owe each other decency', classes: ['CREED'] },
  {
    text: 'Ethical vegan for 8 years, it’s a moral conviction for me, not a diet',
    classes: ['CREED'],
  },
  { text: 'I don’t believe in God but I do believe in service', classes: ['CREED'] },

  // SEX
  {
    text: 'As a woman in a male-dominated field, I’ve learned to speak up',
    classes: ['SEX'],
  },
  { text: 'Only female recruit in my academy class and I crushed the PT test', classes: ['SEX'] },
  { text: 'Mother of three and still made it through the fitness test 💪', classes: ['SEX'] },
  { text: 'I’m a guy who cries at dog videos, sue me', classes: ['SEX'] },
  { text: 'Looking for other women in law enforcement to connect with!', classes: ['SEX'] },
  { text: 'Girl dad x3 and loving every minute', classes: ['SEX'] },
  { text: 'she/her 🌸 | dog mom | coffee', classes: ['GENDER_IDENTITY', 'SEX'] },

  // PREGNANCY
  { text: '8 weeks pregnant and already exhausted lol', classes: ['PREGNANCY'] },
  { text: 'We’re expecting a baby in March!! 👶', classes: ['PREGNANCY'] },
  { text: 'Starting maternity leave Friday, see you all in 12 weeks', classes: ['PREGNANCY'] },
  { text: 'Baby #2 due in October, first trimester was rough', classes: ['PREGNANCY'] },
  {
    text: 'Pumping at work is a whole logistics operation now that I’m back',
    classes: ['PREGNANCY'],
  },
  { text: 'Ultrasound day! It’s a girl 💕', classes: ['PREGNANCY'] },
  {
    text: 'Had a miscarriage last spring and I’m finally ready to talk about it',
    classes: ['PREGNANCY'],
  },

  // SEXUAL_ORIENTATION
  { text: 'I’m gay and I’m tired of pretending otherwise', classes: ['SEXUAL_ORIENTATION'] },
  {
    text: 'Came out as bisexual to my parents last year, best decision ever',
    classes: ['SEXUAL_ORIENTATION'],
  },
  { text: 'lesbian and a Packers fan, in that order', classes: ['SEXUAL_ORIENTATION'] },
  {
    text: 'proud queer woman, happy Pride month!',
    classes: ['SEXUAL_ORIENTATION', 'SEX'],
  },
  {
    text: 'As a straight guy I never thought about any of this before',
    classes: ['SEXUAL_ORIENTATION', 'SEX'],
  },
  {
    text: 'Ten years out of the closet and never been happier',
    classes: ['SEXUAL_ORIENTATION'],
  },

  // GENDER_IDENTITY
  { text: 'I’m trans and I’ve been out at work for two years', classes: ['GENDER_IDENTITY'] },
  { text: 'My pronouns are they/them, thanks for asking', classes: ['GENDER_IDENTITY'] },
  {
    text: 'Two years on HRT today, transitioning was the best thing I ever did',
    classes: ['GENDER_IDENTITY'],
  },
  {
    text: 'Nonbinary and still figuring out how to explain it to my grandparents',
    classes: ['GENDER_IDENTITY'],
  },
  {
    text: 'As a transgender man I want to show kids they can serve too',
    classes: ['GENDER_IDENTITY', 'SEX'],
  },
  {
    text: 'Finally got my name and gender marker changed on my license',
    classes: ['GENDER_IDENTITY'],
  },

  // NATIONAL_ORIGIN
  {
    text: 'I’m from Mexico originally, moved to Milwaukee when I was 10',
    classes: ['NATIONAL_ORIGIN'],
  },
  {
    text: 'Born in Somalia, raised in Minneapolis, living in Madison now',
    classes: ['NATIONAL_ORIGIN'],
  },
  { text: 'My family immigrated from Laos in the 80s', classes: ['NATIONAL_ORIGIN'] },
  { text: 'English is my second language so forgive the typos', classes: ['NATIONAL_ORIGIN'] },
  {
    text: 'Back home in Poland we celebrate name days, not birthdays',
    classes: ['NATIONAL_ORIGIN'],
  },
  { text: 'Proud Filipino, came here at 14 with my mom', classes: ['NATIONAL_ORIGIN'] },
  { text: 'As an immigrant I know what it’s like to start over', classes: ['NATIONAL_ORIGIN'] },
  { text: 'Jordan native, Badger by choice', classes: ['NATIONAL_ORIGIN'] },

  // AGE
  { text: 'I’m 52 and just passed the police fitness test!', classes: ['AGE'] },
  { text: 'I am 45 years old and starting a second career', classes: ['AGE'] },
  { text: 'Born in 1968, and yes I still have my Walkman', classes: ['AGE'] },
  { text: 'Turned 50 this weekend, thanks for all the birthday wishes', classes: ['AGE'] },
  {
    text: 'John Smith, 47, of Sun Prairie, was honored for his volunteer work',
    classes: ['AGE'],
  },
  { text: 'Class of ’89 reunion was a blast', classes: ['AGE'] },
  {
    text: 'Senior discount at the diner today, not sure how I feel about that 😂',
    classes: ['AGE'],
  },
  { text: 'Happy 60th birthday to me!', classes: ['AGE'] },
  {
    text: 'A 45-year-old Madison man was honored for pulling a driver from the river',
    classes: ['AGE', 'SEX'],
  },

  // DISABILITY
  {
    text: 'Finally got my new wheelchair and I’m flying down the halls',
    classes: ['DISABILITY'],
  },
  { text: 'Three years sober tomorrow, thanks to my AA sponsor', classes: ['DISABILITY'] },
  { text: 'In recovery for 5 years and counting, one day at a time', classes: ['DISABILITY'] },
  { text: 'My therapist says I need to set better boundaries lol', classes: ['DISABILITY'] },
  { text: 'Got my diagnosis today: type 1 diabetes. Still processing.', classes: ['DISABILITY'] },
  { text: 'Living with PTSD isn’t easy but I manage it', classes: ['DISABILITY'] },
  { text: 'I’m legally blind in my left eye but it doesn’t stop me', classes: ['DISABILITY'] },
  {
    text: 'Chemo round 4 done, this cancer picked the wrong person',
    classes: ['DISABILITY'],
  },
  { text: 'ADHD brain at work again, forgot my keys twice today', classes: ['DISABILITY'] },
  { text: 'Back on antidepressants and honestly feeling better', classes: ['DISABILITY'] },

  // GENETIC_INFORMATION
  {
    text: 'My mom’s breast cancer runs in the family, so I got tested for BRCA',
    classes: ['GENETIC_INFORMATION'],
  },
  {
    text: 'Huntington’s runs in my dad’s side, I’ve decided not to get tested yet',
    classes: ['GENETIC_INFORMATION'],
  },
  {
    text: 'My 23andMe results say I carry a gene for cystic fibrosis',
    classes: ['GENETIC_INFORMATION'],
  },
  {
    text: 'Family history of heart disease so I’m watching my cholesterol',
    classes: ['GENETIC_INFORMATION'],
  },
  {
    text: 'Genetic testing came back negative for Lynch syndrome, huge relief',
    classes: ['GENETIC_INFORMATION'],
  },
  {
    text: 'My father died of early-onset Alzheimer’s, and my grandfather too',
    classes: ['GENETIC_INFORMATION'],
  },
  {
    text: 'The doctor said my sickle cell trait is hereditary',
    classes: ['GENETIC_INFORMATION'],
  },

  // VETERAN_STATUS
  { text: 'I’m a veteran and proud of it 🇺🇸', classes: ['VETERAN_STATUS'] },
  {
    text: 'Honorably discharged in 2012, DD-214 framed on the wall',
    classes: ['VETERAN_STATUS'],
  },
  { text: 'Using my GI Bill to finish my criminal justice degree', classes: ['VETERAN_STATUS'] },
  {
    text: 'Fellow vets, the VA clinic in Tomah finally answered my claim',
    classes: ['VETERAN_STATUS'],
  },
  { text: 'Former Marine, now looking for my next mission', classes: ['VETERAN_STATUS'] },
  {
    text: 'Iraq war veteran, two tours, one bad knee',
    classes: ['VETERAN_STATUS', 'MILITARY_SERVICE'],
  },
  { text: 'Retired from the Navy after 20 years', classes: ['VETERAN_STATUS'] },

  // MILITARY_SERVICE
  { text: 'Served in the Army for six years, two deployments', classes: ['MILITARY_SERVICE'] },
  {
    text: 'Drill weekend with the Wisconsin National Guard, see you Monday',
    classes: ['MILITARY_SERVICE'],
  },
  { text: 'Stationed at Fort McCoy for the summer', classes: ['MILITARY_SERVICE'] },
  { text: 'Just enlisted in the Army Reserve!', classes: ['MILITARY_SERVICE'] },
  { text: 'Headed to basic training next month, wish me luck', classes: ['MILITARY_SERVICE'] },
  { text: 'Deployed to Kuwait in 2019 with my unit', classes: ['MILITARY_SERVICE'] },
  {
    text: 'My platoon sergeant taught me more than any class ever did',
    classes: ['MILITARY_SERVICE'],
  },

  // CITIZENSHIP
  { text: 'Finally got my green card after 7 years!!', classes: ['CITIZENSHIP'] },
  {
    text: 'Became a US citizen today, took the oath in Milwaukee 🇺🇸',
    classes: ['CITIZENSHIP'],
  },
  { text: 'I’m a DACA recipient and this is my home', classes: ['CITIZENSHIP'] },
  { text: 'My work visa expires next year so I’m stressing', classes: ['CITIZENSHIP'] },
  {
    text: 'Permanent resident since 2015, applying for naturalization',
    classes: ['CITIZENSHIP'],
  },
  { text: 'Dual citizenship finally approved!', classes: ['CITIZENSHIP'] },
  { text: 'undocumented and unafraid', classes: ['CITIZENSHIP'] },

  // ANCESTRY
  {
    text: 'My Irish grandparents would be proud of this St. Patrick’s Day spread',
    classes: ['ANCESTRY'],
  },
  { text: 'Of Polish descent and I make pierogi like it’s my job', classes: ['ANCESTRY'] },
  {
    text: 'Did the AncestryDNA thing: 40% Norwegian, who knew',
    classes: ['ANCESTRY', 'GENETIC_INFORMATION'],
  },
  {
    text: 'Proud Hmong American, my grandparents fled Laos after the war',
    classes: ['ANCESTRY'],
  },
  {
    text: 'Third-generation Italian-American, Sunday sauce is non-negotiable',
    classes: ['ANCESTRY'],
  },
  { text: 'My great-grandfather came over from Germany in 1890', classes: ['ANCESTRY'] },
  { text: 'Celebrating my Mexican heritage this Cinco de Mayo', classes: ['ANCESTRY'] },

  // MARITAL_STATUS
  { text: 'Date night with my wife ❤️', classes: ['MARITAL_STATUS'] },
  { text: 'My husband surprised me with flowers at work', classes: ['MARITAL_STATUS'] },
  { text: 'Finalized the divorce today. New chapter.', classes: ['MARITAL_STATUS'] },
  {
    text: 'Single mom of two, working nights and studying days',
    classes: ['MARITAL_STATUS', 'SEX'],
  },
  { text: 'We got engaged at Devil’s Lake!! 💍', classes: ['MARITAL_STATUS'] },
  { text: 'My boyfriend is the best cook in Dane County', classes: ['MARITAL_STATUS'] },
  { text: 'Widowed three years ago and still figuring life out', classes: ['MARITAL_STATUS'] },
  {
    text: 'Court portal: Case Type: Divorce; Status: Closed',
    classes: ['MARITAL_STATUS'],
  },
  { text: '10 years married to my best friend today', classes: ['MARITAL_STATUS'] },

  // ARREST_RECORD
  {
    text: 'Got arrested at a protest in 2016, charges were dropped',
    classes: ['ARREST_RECORD'],
  },
  {
    text: 'Court portal: Case 2021CM001234, Charge: Disorderly Conduct, Status: Open',
    classes: ['ARREST_RECORD'],
  },
  {
    text: 'He was arrested for retail theft last fall, according to the Daily Cardinal',
    classes: ['ARREST_RECORD'],
  },
  {
    text: 'Booked into Dane County Jail Saturday night, released on signature bond',
    classes: ['ARREST_RECORD'],
  },
  { text: 'My mugshot is somehow still on the internet 🙄', classes: ['ARREST_RECORD'] },
  { text: 'Spent a night in jail in college for something dumb', classes: ['ARREST_RECORD'] },
  {
    text: 'Charged with criminal damage to property, case dismissed',
    classes: ['ARREST_RECORD'],
  },

  // CONVICTION_RECORD
  { text: 'Was convicted of misdemeanor theft in 2014', classes: ['CONVICTION_RECORD'] },
  {
    text: 'Court portal: Disposition: Guilty plea, Sentence: 12 months probation',
    classes: ['CONVICTION_RECORD'],
  },
  { text: 'Pleaded guilty to disorderly conduct, paid the fine', classes: ['CONVICTION_RECORD'] },
  {
    text: 'Finished probation last year and I’m done with that life',
    classes: ['CONVICTION_RECORD'],
  },
  { text: 'Found guilty of battery in 2010, served 60 days', classes: ['CONVICTION_RECORD'] },
  { text: 'I have a felony conviction from when I was 19', classes: ['CONVICTION_RECORD'] },
  { text: 'Judgment of conviction entered, fine and costs', classes: ['CONVICTION_RECORD'] },

  // LAWFUL_PRODUCT_USE
  { text: 'Had a few beers at the Terrace after work', classes: ['LAWFUL_PRODUCT_USE'] },
  {
    text: 'Trying to quit, still smoke cigarettes when I’m stressed',
    classes: ['LAWFUL_PRODUCT_USE'],
  },
  {
    text: 'Picked up my prescription and a coffee, that’s my Saturday',
    classes: ['LAWFUL_PRODUCT_USE'],
  },
  { text: 'Wine night with the neighbors 🍷', classes: ['LAWFUL_PRODUCT_USE'] },
  {
    text: 'Bourbon tasting at the distillery was worth the drive',
    classes: ['LAWFUL_PRODUCT_USE'],
  },
  { text: 'Vaping again, don’t judge me', classes: ['LAWFUL_PRODUCT_USE'] },
  { text: 'Happy hour at the Old Fashioned, who’s in?', classes: ['LAWFUL_PRODUCT_USE'] },
  {
    text: 'My meds make me sleepy so no night shifts for me',
    classes: ['LAWFUL_PRODUCT_USE'],
  },

  // DECLINED_MEETINGS
  {
    text: 'Skipped the prayer breakfast at work again, not my thing',
    classes: ['DECLINED_MEETINGS'],
  },
  {
    text: 'Refused to attend the political rally my boss organized at work',
    classes: ['DECLINED_MEETINGS'],
  },
  {
    text: 'Declined the mandatory anti-union meeting, HR was not happy',
    classes: ['DECLINED_MEETINGS'],
  },
  {
    text: 'I opted out of the company Bible study and now they act weird',
    classes: ['DECLINED_MEETINGS'],
  },
  {
    text: 'Walked out of the captive audience meeting about the election',
    classes: ['DECLINED_MEETINGS'],
  },
  {
    text: 'Didn’t go to the campaign event our manager held on the clock',
    classes: ['DECLINED_MEETINGS'],
  },
  {
    text: 'Sat out the faith-based devotional session at the morning meeting',
    classes: ['DECLINED_MEETINGS'],
  },

  // NEGATIVES: job-relevant conduct with no protected content
  { text: 'Posted a video threatening to shoot his neighbour over a parking spot', classes: [] },
  { text: 'Bragged about driving 120 mph on the interstate', classes: [] },
  { text: 'Shared confidential dispatch logs in a group chat', classes: [] },
  { text: 'Called the victim a liar in the comments of a news story', classes: [] },
  {
    text: 'Posted photos of a handgun pointed at the camera with the caption ‘try me’',
    classes: [],
  },
  { text: 'Admitted to shoplifting from a gas station as a joke in a TikTok', classes: [] },
  { text: 'Threatened to “handle” a coworker who reported him', classes: [] },
  { text: 'Uploaded bodycam-style footage from a ride-along without permission', classes: [] },
  { text: 'Made repeated harassing comments on an ex-coworker’s page', classes: [] },
  { text: 'Claimed on LinkedIn to hold a degree he never finished', classes: [] },
  { text: 'Shared a meme mocking a fatal crash victim', classes: [] },
  { text: 'Posted the home address of a local reporter', classes: [] },
  { text: 'Bragged about fighting outside a bar downtown', classes: [] },
  { text: 'Sold concert tickets he didn’t own on Facebook Marketplace', classes: [] },
  { text: 'Filmed himself doing donuts in a school parking lot', classes: [] },
  { text: 'Posted a photo of a suspect’s booking sheet he got from a friend', classes: [] },
  { text: 'Encouraged followers to dox a city council member', classes: [] },
  { text: 'Threatened to burn down the bar that banned him', classes: [] },
  { text: 'Joked about planting evidence on people he doesn’t like', classes: [] },
  { text: 'Brandished a knife in a livestream during an argument', classes: [] },
  { text: 'Ran a red light on camera and posted it laughing', classes: [] },
  { text: 'Uploaded a screenshot of a restricted CAD screen', classes: [] },
  { text: 'Said he would never help “those people” if he was a cop', classes: [] },
  { text: 'Lied about his employment dates on a public résumé site', classes: [] },
  { text: 'Used a drone to film into a neighbor’s backyard', classes: [] },
  { text: 'Shared a meme ridiculing immigrants at the border', classes: [] },
  // Bias the candidate expressed: job-relevant, reveals nothing about the candidate.
  { text: 'Posted a rant calling Muslims dangerous', classes: [] },
  // Good conduct
  { text: 'Performed CPR on a man in cardiac arrest at the gym', classes: [] },
  { text: 'Volunteered at the food pantry every Saturday for two years', classes: [] },
  { text: 'Coached a youth hockey team to a state title', classes: [] },
  { text: 'Passed the written exam with a 94', classes: [] },
  { text: 'Gave a ride to a stranded family on Highway 12', classes: [] },
  // Look-alike names and places
  { text: 'Rescued a dog from a frozen pond near the Marine Drive overpass', classes: [] },
  { text: 'Lives on Baptist Street with two roommates', classes: [] },
  { text: 'Coworker Mason Reed says he’s reliable and punctual', classes: [] },
  { text: 'Jordan said he was always the first one at practice', classes: [] },
  { text: 'Christian Bale is my favorite Batman, fight me', classes: [] },
  { text: 'Moved into an apartment on White Pine Road last spring', classes: [] },
  { text: 'Got a speeding ticket on Black Hawk Drive', classes: [] },
  { text: 'Road trip to Indiana for the Notre Dame game', classes: [] },
  { text: 'Helped set up chairs at Veterans Memorial Park for the concert', classes: [] },
  { text: 'The suspect was a white male in his 30s, per the news', classes: [] },
  // Substring and sense traps
  { text: 'That pageant was massive, the whole town came out', classes: [] },
  { text: 'Dropped my police scanner and it still works', classes: [] },
  { text: 'The city council agenda had nothing about the new station', classes: [] },
  { text: 'Massive crowd at the Brewers game tonight', classes: [] },
  { text: 'Rebuilt an old Trans Am with my cousin', classes: [] },
  { text: 'The black truck in the video is not mine', classes: [] },
  { text: 'Wore my white shirt to the interview and spilled coffee on it', classes: [] },
  { text: 'Visa card got declined at the grocery store, embarrassing', classes: [] },
  { text: 'Took my dog to the vet, he’s fine', classes: [] },
  { text: 'An army of volunteers cleaned up the park in an hour', classes: [] },
  { text: 'Donated to the Salvation Army bell ringers', classes: [] },
  { text: 'My patrol partner on the ride-along was great', classes: [] },
  { text: 'Engaged in a heated argument with a referee at a youth game', classes: [] },
  { text: 'Charged my phone and headed out for the 5K', classes: [] },
  { text: 'Watched a documentary about the Great Depression', classes: [] },
  { text: 'That call was a mass casualty drill at the airport', classes: [] },
  { text: 'Bought root beer for the block party', classes: [] },
  { text: 'Fixed the blinds in my apartment', classes: [] },
  { text: 'Race day! 10K done in 48 minutes', classes: [] },
  { text: 'Got a bachelor’s degree in criminal justice', classes: [] },
  { text: 'Smoked a brisket for 14 hours, worth it', classes: [] },
  { text: 'The age requirement for the academy is 21', classes: [] },
  { text: 'I’m 20 minutes away, save me a seat', classes: [] },
  { text: 'Our 30-year-old house needs a new roof', classes: [] },
  { text: 'Officers seized drugs and cash in the search', classes: [] },
  { text: 'Shots fired near the park, stay inside', classes: [] },
  { text: 'Signed up for a coding boot camp this winter', classes: [] },
  { text: 'That trade was not exactly kosher if you ask me', classes: [] },
  { text: 'A 12-year veteran of the Madison Police Department spoke at the academy', classes: [] },
  { text: 'He was named a Marine biologist of the year finalist', classes: [] },
  { text: 'Enlisted the help of my neighbors to move the couch', classes: [] },
  { text: 'My roommate’s wedding is in June and I’m in the wedding party', classes: [] },
  { text: 'Her complaint fell on deaf ears at city hall', classes: [] },
  { text: 'Reported a reckless driver, who was later arrested by deputies', classes: [] },

  // Second batch, written after the first rule draft as a held-out check (recall 0.49,
  // precision 0.88 before the rules were extended); kept here as regression cases.
  { text: 'My dad is Black and my mom is white, so I get it from both sides', classes: ['RACE'] },
  { text: 'Black and proud, always', classes: ['RACE'] },
  { text: 'Got teased for being the darkest one in my family', classes: ['COLOR'] },
  { text: 'Sunday service was packed, pastor Mike killed it', classes: ['RELIGION'] },
  { text: 'Eid Mubarak from our family to yours', classes: ['RELIGION'] },
  { text: 'Lighting the menorah with the kids tonight', classes: ['RELIGION'] },
  { text: 'Proud atheist since I was 15', classes: ['CREED'] },
  { text: 'Being a mom and a cadet is no joke', classes: ['SEX'] },
  { text: 'Our little one arrives in May! 🍼', classes: ['PREGNANCY'] },
  { text: 'Gestational diabetes at 30 weeks, ugh', classes: ['PREGNANCY', 'DISABILITY'] },
  { text: 'I’m bi and proud', classes: ['SEXUAL_ORIENTATION'] },
  { text: 'I’m a trans woman and a former EMT', classes: ['GENDER_IDENTITY', 'SEX'] },
  { text: 'I was born in Vietnam and came here as a baby', classes: ['NATIONAL_ORIGIN'] },
  { text: 'Grew up in Puerto Rico before moving to Racine', classes: ['NATIONAL_ORIGIN'] },
  { text: 'Ethiopian by birth, Wisconsinite by choice', classes: ['NATIONAL_ORIGIN'] },
  { text: 'Just hit the big 4-0!', classes: ['AGE'] },
  { text: 'At 58 I’m the oldest in my academy class', classes: ['AGE'] },
  { text: 'I’ll be 41 next month', classes: ['AGE'] },
  {
    text: 'My seizures are under control now with meds',
    classes: ['DISABILITY', 'LAWFUL_PRODUCT_USE'],
  },
  { text: 'Type 2 diabetic, still hitting the gym', classes: ['DISABILITY'] },
  { text: 'Bipolar II and medicated, not ashamed', classes: ['DISABILITY', 'LAWFUL_PRODUCT_USE'] },
  { text: 'My brother has the same heart condition our dad had', classes: ['GENETIC_INFORMATION'] },
  { text: 'Got my genetic results back today', classes: ['GENETIC_INFORMATION'] },
  {
    text: 'Thank you to everyone at the VFW post for the welcome home',
    classes: ['VETERAN_STATUS'],
  },
  { text: 'Proud Army vet, 2005 to 2011', classes: ['VETERAN_STATUS'] },
  { text: 'Leaving for Fort Leonard Wood in two weeks', classes: ['MILITARY_SERVICE'] },
  { text: 'PCSing to Germany next summer', classes: ['MILITARY_SERVICE'] },
  { text: 'Still waiting on my citizenship interview', classes: ['CITIZENSHIP'] },
  { text: 'My H-1B got approved!', classes: ['CITIZENSHIP'] },
  { text: 'My great-grandparents were Norwegian farmers', classes: ['ANCESTRY'] },
  { text: 'Dutch roots run deep in this family', classes: ['ANCESTRY'] },
  { text: 'Three years since the divorce and I’m doing great', classes: ['MARITAL_STATUS'] },
  { text: 'Me and the wife at the Dells this weekend', classes: ['MARITAL_STATUS'] },
  { text: 'Happy anniversary babe, 12 years!', classes: ['MARITAL_STATUS'] },
  {
    text: 'Picked up for disorderly on Mifflin in 2015, never charged',
    classes: ['ARREST_RECORD'],
  },
  { text: 'The cops hauled me in after the fight', classes: ['ARREST_RECORD'] },
  { text: 'Convicted felon turned youth mentor', classes: ['CONVICTION_RECORD'] },
  { text: 'CCAP shows a guilty finding on the 2017 battery case', classes: ['CONVICTION_RECORD'] },
  { text: 'Cracked open a cold one with the boys', classes: ['LAWFUL_PRODUCT_USE'] },
  { text: 'Quit smoking 2 years ago!', classes: ['LAWFUL_PRODUCT_USE'] },
  { text: 'Whiskey Wednesday 🥃', classes: ['LAWFUL_PRODUCT_USE'] },
  {
    text: 'Told my supervisor I won’t be at the church service he makes us attend',
    classes: ['DECLINED_MEETINGS'],
  },
  {
    text: 'Skipping the mandatory election-year “values” seminar at work',
    classes: ['DECLINED_MEETINGS'],
  },
  { text: 'Got into a shoving match at a Badgers tailgate', classes: [] },
  { text: 'Posted a photo of a traffic stop with the driver’s plate visible', classes: [] },
  { text: 'Was late to three shifts in a row last month', classes: [] },
  { text: 'The church parking lot flooded again', classes: [] },
  { text: 'Picked up my sister from the airport', classes: [] },
  { text: 'Retweeted a post calling for violence against protesters', classes: [] },
  { text: 'I drove past Mount Zion Baptist Church on my way home', classes: [] },
  { text: 'Spent the weekend at a cabin near Black River Falls', classes: [] },
  { text: 'Her dad was a cop for 30 years', classes: [] },
  { text: 'Wrote a one-star review calling the waitress stupid', classes: [] },
  { text: 'Played Call of Duty until 3 a.m.', classes: [] },
  { text: 'He is 6 feet tall and 190 lbs', classes: [] },
  { text: 'Agenda for Tuesday’s meeting attached', classes: [] },
  { text: 'Bought a Jordan jersey for my nephew', classes: [] },
  { text: 'Mass. Ave. traffic is awful this morning', classes: [] },
  { text: 'Fixed the trans on my Silverado', classes: [] },
  { text: 'Drinking water is the key to the fitness test', classes: [] },
  { text: 'Our sergeant retired after 25 years on the force', classes: [] },
  { text: 'Went to the Brewers game with my cousin and his kids', classes: [] },

  // Third batch, written after the rules were extended, as a second held-out check (recall
  // 0.72, precision 0.94 before the last rule changes). Labels are unchanged since; the
  // DUI line and "with the guys" remain misses: a first OWI in Wisconsin is a civil
  // forfeiture, not a conviction, and "the guys" is too weak a sign of sex to flag.
  {
    text: 'As a Black woman in this town, I’ve been pulled over more times than I can count',
    classes: ['RACE', 'SEX'],
  },
  { text: 'My Korean mom makes the best kimchi, fight me', classes: ['ANCESTRY'] },
  { text: 'Growing up Mexican-American in Waukesha was interesting', classes: ['ANCESTRY'] },
  { text: 'Shoutout to my church youth group for the car wash fundraiser', classes: ['RELIGION'] },
  { text: 'Fasting for Ramadan while doing the PT test was brutal', classes: ['RELIGION'] },
  { text: 'Jewish and proud, Happy Hanukkah everyone!', classes: ['RELIGION'] },
  { text: 'I’m not religious at all, never have been', classes: ['CREED'] },
  { text: 'My wife and I welcomed our daughter last week', classes: ['MARITAL_STATUS'] },
  { text: 'Newly divorced and learning to cook for one', classes: ['MARITAL_STATUS'] },
  { text: 'Hubby and I celebrated 15 years on Saturday', classes: ['MARITAL_STATUS'] },
  { text: '34 weeks and this baby will not stop kicking', classes: ['PREGNANCY'] },
  { text: 'Announcing baby number three, due this summer!', classes: ['PREGNANCY'] },
  { text: 'Proud to be gay and a future officer 🏳️‍🌈', classes: ['SEXUAL_ORIENTATION'] },
  { text: 'Me and my girlfriend at Pride, she’s my everything', classes: ['MARITAL_STATUS'] },
  { text: 'Two years since I came out as nonbinary', classes: ['GENDER_IDENTITY'] },
  { text: 'Finally legally changed my name after transitioning', classes: ['GENDER_IDENTITY'] },
  { text: 'I moved here from Haiti when I was twelve', classes: ['NATIONAL_ORIGIN'] },
  { text: 'Waiting on my naturalization interview date', classes: ['CITIZENSHIP'] },
  { text: 'Not a citizen yet but this is my country', classes: ['CITIZENSHIP'] },
  { text: 'Forty-seven and still beating the 25-year-olds on the run', classes: ['AGE'] },
  { text: 'Born on July 4th, 1975, so every birthday has fireworks', classes: ['AGE'] },
  { text: 'My doctor says my blood pressure is finally under control', classes: ['DISABILITY'] },
  { text: 'Partially deaf in my right ear since the accident', classes: ['DISABILITY'] },
  { text: 'Five years clean from opioids today', classes: ['DISABILITY'] },
  { text: 'My therapist and I are working on my anger', classes: ['DISABILITY'] },
  {
    text: 'Cancer runs in my family so I get screened every year',
    classes: ['GENETIC_INFORMATION'],
  },
  { text: 'Did a DNA test and found out I have a half-brother', classes: ['GENETIC_INFORMATION'] },
  { text: 'Did two tours in Afghanistan with the 82nd Airborne', classes: ['MILITARY_SERVICE'] },
  { text: 'Veteran-owned business, thanks for supporting us', classes: ['VETERAN_STATUS'] },
  { text: 'Still in the Army Reserve, drill this weekend', classes: ['MILITARY_SERVICE'] },
  {
    text: 'Got a DUI in 2018 and lost my license for six months',
    classes: ['CONVICTION_RECORD', 'LAWFUL_PRODUCT_USE'],
  },
  { text: 'Was arrested for disorderly conduct, case was dismissed', classes: ['ARREST_RECORD'] },
  {
    text: 'Court portal: 2019CF000456, Status: Closed, Disposition: Dismissed',
    classes: ['ARREST_RECORD'],
  },
  { text: 'Served 30 days in the Dane County jail back in 2012', classes: ['CONVICTION_RECORD'] },
  { text: 'Brandy old fashioned sweet, the only correct order', classes: ['LAWFUL_PRODUCT_USE'] },
  { text: 'Cigar night with the guys on the deck', classes: ['LAWFUL_PRODUCT_USE', 'SEX'] },
  {
    text: 'Told HR I would not be attending the mandatory prayer meeting',
    classes: ['DECLINED_MEETINGS'],
  },
  {
    text: 'Skipped the union-busting seminar they made us sit through',
    classes: ['DECLINED_MEETINGS'],
  },
  { text: 'Grew up speaking Spanish at home, English at school', classes: ['NATIONAL_ORIGIN'] },
  { text: 'My complexion is darker than the rest of my family’s', classes: ['COLOR'] },
  // negatives
  { text: 'Posted that he would “teach a lesson” to anyone who keyed his car', classes: [] },
  { text: 'Shared a video of a fight outside a high school football game', classes: [] },
  { text: 'Commented that speed limits are for suckers', classes: [] },
  { text: 'Uploaded a photo holding a stack of cash and a pistol', classes: [] },
  { text: 'Wrote a glowing review of his old boss on Glassdoor', classes: [] },
  { text: 'The church on the corner hosts the polling place', classes: [] },
  { text: 'The veteran actor gave a great talk at the library', classes: [] },
  { text: 'Ordered the fish fry at the VFW hall', classes: [] },
  { text: 'Watched the Army-Navy game with friends', classes: [] },
  { text: 'Helped an elderly neighbor shovel her driveway', classes: [] },
  { text: 'Gave a statement to police as a witness to a crash', classes: [] },
  { text: 'Posted a picture of his new Ford pickup', classes: [] },
  { text: 'Says the new captain is a straight shooter', classes: [] },
  { text: 'Reviewed a bar on Yelp and complained about the music', classes: [] },
  { text: 'Trains for marathons on the Capital City Trail', classes: [] },
];
