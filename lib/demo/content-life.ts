// Demo articles, part two: science, health, culture, sport, technology and education (fictional).
import type { SeedPublishedArticle } from './content';

export const LIFE_ARTICLES: SeedPublishedArticle[] = [
  // ------------------------------------------------------------ science
  {
    slug: 'river-sensors-pollution-warning',
    headline: 'River sensors give early warning of pollution spills',
    dek: 'A network of low-cost monitors built at the University of Ostervale spotted three sewage overflows within minutes.',
    tags: ['science', 'technology', 'climate'],
    authors: ['science'],
    daysAgo: 0.8,
    image: 'signal',
    caption: 'The sensors report water quality every five minutes.',
    seoTitle: 'Low-cost river sensors spot pollution within minutes',
    body: `
A network of low-cost water quality sensors along the River Kessen has detected three sewage overflows within minutes of them starting, according to researchers at the University of Ostervale who built and installed the devices.

The 40 sensors, each about the size of a flask, measure temperature, cloudiness and dissolved oxygen and send readings every five minutes over a long-range radio network. When readings change sharply, an alert goes to the river authority and to the research team.

## Why speed matters

Until now, most pollution incidents on the Kessen were reported by members of the public who noticed discoloured water or dead fish, often hours after a spill began. By then, the source can be hard to trace.

- Three overflows detected within ten minutes of starting
- One farm slurry leak traced to its source within a morning
- Sensors cost around a tenth of the price of conventional monitoring stations

[[fig river | The sensors are fixed to bridges and jetties along a 30 km stretch of the river.]]

## Limits of the technology

The researchers are careful about what the sensors can and cannot do. They cannot measure bacteria directly, so they cannot say whether water is safe for swimming. Instead, they flag **sudden changes** that suggest something has gone wrong, so that samples can be taken quickly.

"Think of it as a smoke alarm, not a laboratory," said the engineer who leads the project. The team has published its designs as *open hardware* so that other communities can build their own.

## How the network was built

Each sensor is built from off-the-shelf parts: a waterproof housing, a handful of probes, a small solar panel and a battery that can run for a fortnight without sun. The team designed the circuit boards themselves and assembled the first batch in a university workshop with the help of students from Ostervale College.

The readings travel over a long-range, low-power radio network that covers most of the valley with a few dozen receivers on rooftops. That avoids the cost of mobile data contracts, which the team says would have doubled the running costs of the network.

Keeping the sensors working has been the hardest part. Probes become coated in algae and silt within weeks, and two sensors were lost in a flood last winter. Volunteers from angling clubs and a canoe club now check and clean the sensors every fortnight in return for early access to the data.

### Who pays

The pilot was funded by a research grant that runs out next year. The river authority and the region's water company are discussing whether to take over the network, and the team has costed it at around **40,000 a year** to run, a fraction of the cost of a single conventional monitoring station. Campaigners who have long pressed the water company over sewage overflows said the company should pay, since its overflows are the most common cause of alerts.

## Open data

Live readings are published on a public map, and the river authority says it will use the data in its annual report on water quality. The university hopes to extend the network to the Kessen's two main tributaries next year. The readings can be explored on the [project's data page](https://example.org/ostervale-university/river-sensors).
`,
  },
  {
    slug: 'halvik-bay-seagrass-meadow',
    headline: 'Seagrass meadow off Halvik Bay is larger than mapped',
    dek: 'Divers and underwater drones found a meadow three times the size shown on official charts.',
    tags: ['science', 'climate'],
    authors: ['science'],
    daysAgo: 19,
    image: 'tide',
    caption: 'Seagrass grows in shallow, sheltered water along the bay.',
    body: `
A seagrass meadow off Halvik Bay covers almost three times the area previously recorded, a survey by the Kessen Institute of Marine Science has found. The meadow stretches for more than four kilometres along the sheltered southern side of the bay.

Seagrass is a flowering plant that grows underwater in shallow coastal seas. Meadows provide nursery grounds for fish, protect the seabed from erosion and store carbon in the sediment below.

## How the survey was done

Earlier maps relied mostly on aerial photographs, which miss plants growing in deeper or murkier water. This time, researchers combined several methods.

1. Divers recorded plant density along 60 fixed lines
2. An underwater drone filmed areas too deep for divers
3. Sonar from a survey boat mapped the edges of the meadow

[[fig harbour | The survey boat at work on the south side of the bay.]]

## Why seagrass matters

Seagrass meadows have declined sharply around the coast over the past century, lost to pollution, disease, dredging and damage from anchors and moorings. Healthy meadows shelter young fish, including species caught commercially offshore, and their roots trap sediment that would otherwise cloud the water. Researchers also value them as **carbon stores**: the sediment beneath a meadow can hold carbon for centuries if left undisturbed. The survey team will take sediment cores next year to estimate how much carbon the Halvik Bay meadow holds.

## Protecting it

The institute has asked the harbour board to mark the meadow on its charts and to encourage boats to use mooring buoys rather than anchors, which can tear up plants. The board said it would consider the request.

### Boats and moorings

Sailing clubs in the bay have said they are willing to help. One club has offered to trial **eco-moorings**, which hold a boat without a chain dragging across the seabed, and to pass on advice about where to anchor to visiting yachts during the summer season.

A marine ecologist on the survey team said the discovery was *"a reminder of how little we know about what is just off our own coast."* The institute's [survey report](https://example.org/kessen-institute/seagrass-survey) includes maps of the meadow.
`,
  },
  {
    slug: 'tamsey-moor-dark-sky-bid',
    headline: 'Tamsey Moor bids for dark sky status',
    dek: 'Astronomers, farmers and parish councils have joined forces to protect one of the darkest skies in the region.',
    tags: ['science', 'culture'],
    authors: ['science', 'contributor'],
    daysAgo: 37,
    image: 'lab',
    caption: 'On clear nights the Milky Way is visible from the moor.',
    body: `
A coalition of astronomers, farmers and parish councils has applied for Tamsey Moor to be recognised as a dark sky reserve, a status that would protect its night skies from light pollution and could bring winter visitors to the area.

Measurements taken by volunteers over two years show that the sky over the centre of the moor is among the darkest in the country, with thousands of stars visible to the naked eye on clear nights.

## What the status means

Dark sky status does not ban lights. It asks councils, businesses and householders to use lighting that points downwards, is no brighter than needed and is switched off when not in use.

- Parish councils have agreed to review street lighting in five villages
- Farms will be offered advice on shielded yard lights
- A stargazing site with parking will be created at the old quarry

[[fig moor | The darkest readings came from the open moor north of the village of Tamsey.]]

### What the readings show

Volunteers took readings with handheld sky quality meters on more than 200 nights at a dozen points across the moor. The darkest sites recorded values comparable with remote mountain areas, and even the edge of the moor near the main road was darker than most rural areas in the region. The main sources of light were **two farmyards and a road junction**, all of which the partnership says can be fixed with better fittings.

## Visitors in winter

Guest houses in Tamsey are usually quiet between October and March. Local businesses hope stargazing events could bring in visitors during the months when walkers stay away.

The chair of the local astronomy society said the application was about more than tourism. *"Half the children in this country have never seen the Milky Way,"* she said. "Here, you just have to look up." The application can be read on the [Tamsey Moor partnership website](https://example.org/tamsey-moor/dark-sky).
`,
  },

  // ------------------------------------------------------------ health
  {
    slug: 'ostervale-general-day-surgery-unit',
    headline: 'Ostervale General opens new day surgery unit',
    dek: 'Four operating theatres dedicated to planned procedures aim to cut waiting lists for hip, knee and cataract operations.',
    tags: ['health'],
    authors: ['admin'],
    daysAgo: 1.7,
    image: 'quarter',
    caption: 'The new unit is in a separate building on the hospital campus.',
    body: `
A new day surgery unit has opened at Ostervale General Hospital, with four operating theatres reserved for planned procedures. Hospital managers say it will allow around 8,000 more operations a year and shorten waiting lists that grew sharply in recent years.

Because the unit is separate from the emergency department, planned operations will no longer be cancelled when the hospital is under pressure from emergency admissions, a problem that surgeons say has caused repeated delays.

## What it will treat

- Cataract removal, the most common operation in the unit
- Knee arthroscopies and some hip procedures
- Hernia repairs and other general surgery
- Minor hand and foot surgery

Most patients will go home on the same day. The unit has its own entrance, car park and recovery area.

[[fig signal | The unit's theatres share a central sterile supply, which the hospital says speeds up turnaround between operations.]]

## Inside the unit

Patients arrive at a reception area on the ground floor, where they are checked in and prepared for their operation in private bays rather than on a ward. The four theatres are on the floor above, along with a recovery area with space for 24 patients. Most people will be in the building for between four and six hours.

The unit was designed with surgeons, nurses and patients. Its layout keeps patients moving in one direction, from arrival to theatre to recovery and home, which the hospital says reduces delays and the risk of infection. **Natural light** reaches every recovery bay, something patients who took part in the design process asked for.

## A patient's view

One of the first patients treated in the unit, a retired bus driver who had waited fourteen months for a cataract operation, said the difference was striking. "Last time I came in for something like this, I sat on a trolley in a corridor for most of the day," he said. "This time I was in and out before lunch, and they phoned me the next morning to check I was all right."

The hospital said it would publish figures on waiting times and cancellations for the unit every quarter.

## Waiting lists

Around 14,000 people in the region are currently waiting for a planned operation, and about a quarter have waited more than a year. The hospital trust's medical director said the new unit *"will not clear the backlog overnight, but it changes what is possible."*

Patient groups welcomed the opening but raised concerns about staffing. The trust said it had recruited 60 additional staff for the unit, including nurses trained through a new local programme.

Patients on waiting lists do not need to do anything; they will be contacted by the hospital. More information is on the [hospital trust's website](https://example.org/ostervale-general/day-surgery).
`,
  },
  {
    slug: 'clinics-trial-same-day-booking',
    headline: 'Clinics trial same-day appointment booking',
    dek: 'Patients at nine GP practices can now book urgent appointments online from 8am instead of phoning.',
    tags: ['health', 'technology'],
    authors: ['author'],
    daysAgo: 24,
    image: 'signal',
    caption: 'The booking system is being tested in nine practices.',
    body: `
Nine GP practices in Ostervale and Brindleford are trialling an online system that lets patients request same-day appointments without waiting on the phone. Requests are read by a clinician, who decides whether the patient needs a visit, a phone call or advice from a pharmacist.

Practices say the familiar **8am phone queue** has been their biggest source of complaints. At one surgery, the phone line received more than 400 calls in the first half hour of a typical Monday.

## How it works

1. Patients fill in a short online form describing their problem
2. A doctor, nurse or pharmacist reviews each request within two hours
3. The patient is offered an appointment, a call back or other advice

Phone lines stay open for anyone who cannot or does not want to use the online form, and receptionists can fill in the form on a patient's behalf.

## What staff say

Receptionists at one of the trial practices said the change had made their mornings calmer. Instead of answering the same question on the phone dozens of times, they now spend more time helping patients who need it. A GP at another practice said reading requests in writing helped clinicians decide who needed to be seen first, although some forms did not include **enough detail** and patients had to be called back. The practices have revised the form twice in response to feedback.

## Early results

In the first month, around 60 per cent of same-day requests at the trial practices came in online. Average waits on the phone fell from 22 minutes to under eight.

Not everyone is convinced. A patient group said older people and those without internet access must not be left behind. *"A system that works for most people can still fail the people who need it most,"* its chair said.

The health board will decide next year whether to extend the system. Its [evaluation plan](https://example.org/kessen-health-board/online-access) sets out how the trial will be judged.
`,
  },
  {
    slug: 'library-vaccination-clinics',
    headline: 'Pop-up vaccination clinics to open in libraries',
    dek: 'Walk-in sessions in eleven libraries aim to reach people who find it hard to get to a surgery.',
    tags: ['health', 'culture'],
    authors: ['editor'],
    daysAgo: 44,
    image: 'mosaic',
    caption: 'Clinics will run in library meeting rooms.',
    body: `
Walk-in vaccination clinics will open in eleven libraries across the Kessen Valley this winter, the regional health board has announced. The sessions will offer seasonal flu jabs and other vaccines recommended for the winter months.

The board said the aim was to reach people who find it difficult to get to a GP practice during working hours, including shift workers and carers. Last winter, uptake of the flu vaccine among eligible adults under 65 was below half.

## Where and when

- Sessions on weekday evenings and Saturday mornings
- No appointment needed, though people can book ahead online
- Libraries in Ostervale, Brindleford, Luren, Halvik Bay and Tamsey

[[fig city-evening | Ostervale Central Library will host clinics on Tuesday evenings and Saturday mornings.]]

## Who is eligible

The clinics will offer the vaccines that the national health service recommends for each group. That includes adults over 65, people with long-term conditions such as diabetes, asthma and heart disease, pregnant women, and carers. Children's vaccines will not be offered at the library clinics but remain available through schools and GP practices. **Anyone unsure** whether they qualify can simply turn up and ask: nurses at each session will check records and explain the options. The board said last winter's pilot, at two libraries in Ostervale, had vaccinated almost 1,500 people, a quarter of whom said they would not otherwise have gone anywhere for a jab.

## Why libraries

Library staff said they were used to helping people with health information and were pleased to host the sessions. The head of the library service said libraries were *"trusted, local and open when people are free."*

Each library will have a private space for vaccinations, and people will be asked to wait for fifteen minutes afterwards. **Refreshments** will be provided by volunteers from the library friends' groups, who have also offered to help people fill in the forms.

Nurses from the community health team will run the clinics. Anyone with questions about whether they are eligible can check the [health board's vaccination page](https://example.org/kessen-health-board/vaccinations), or ask at any library.
`,
  },

  // ------------------------------------------------------------ culture
  {
    slug: 'lantern-festival-returns-halvik-bay',
    headline: 'Lantern festival returns to Halvik Bay harbour',
    dek: 'Thousands are expected for a procession of handmade lanterns, with workshops in schools and community halls beforehand.',
    tags: ['culture'],
    authors: ['contributor'],
    createdBy: 'contributor',
    daysAgo: 6,
    image: 'festival',
    caption: 'Lanterns are made from willow and paper in community workshops.',
    body: `
The Halvik Bay lantern festival will return to the harbour this winter after a two-year break, organisers have confirmed. The procession, which follows the seafront from the lifeboat station to the old fish market, drew more than 8,000 people the last time it was held.

The festival began as a small event organised by a primary school and has grown into one of the biggest community celebrations on the coast.

## Making the lanterns

Every lantern in the procession is handmade. Artists will run free workshops in schools, community halls and the town library in the weeks beforehand, where people can build lanterns from willow sticks, tissue paper and glue.

- Workshops are free and open to all ages
- Larger lanterns are built by community groups over several weeks
- Battery lights are used instead of candles

[[fig harbour | The procession ends at the old fish market, where there will be music and food stalls.]]

## The route

The procession will gather on the green beside the lifeboat station and set off at dusk, led by a band from the town's secondary school. It will follow Harbour Road along the seafront and turn onto the old fish quay, where the lanterns will be displayed together for an hour. Organisers have asked people to **leave cars at home**: Harbour Road will be closed to traffic from mid-afternoon, and extra buses will run from the station.

## Keeping it going

Organisers said the festival had paused because of rising costs and a shortage of volunteers. This year it has received a grant from the regional arts fund and sponsorship from businesses on the harbour.

The festival director said she wanted people to *take part, not just watch*. "The lanterns are the point," she said. "When you see a whole street carrying something they made, you understand why we do it." Details of workshops are on the [festival website](https://example.com/halvik-lanterns/workshops).
`,
  },
  {
    slug: 'corn-exchange-theatre-reopens',
    headline: 'Corn Exchange theatre reopens after restoration',
    dek: 'The Victorian hall has new seats, a rebuilt stage and a restored glass roof, and its first season opens with a local premiere.',
    tags: ['culture', 'business'],
    authors: ['contributor', 'admin'],
    createdBy: 'contributor',
    daysAgo: 17,
    image: 'mosaic',
    caption: 'The restored tiled floor of the Corn Exchange foyer.',
    body: `
The Corn Exchange in Brindleford has reopened as a theatre after a three-year restoration that saved the building from closure. The first performance, a new play by a writer who grew up in the town, sold out within a week of tickets going on sale.

The building was built as a grain market and became a theatre in the 1920s. By the time it closed, its roof leaked, its seats were broken and its stage machinery was no longer safe to use.

## What has changed

- The glass roof over the main hall has been restored and insulated
- A new stage with a lift for scenery and wheelchair users
- 420 new seats, with better sightlines and more legroom
- A cafe and bar in the former grain office, open during the day

[[fig chamber | The main hall seats 420 people, with space for a standing audience of 600 for concerts.]]

## Years of uncertainty

The theatre closed suddenly after a safety inspection found problems with its roof and electrical wiring. For two years, its future was uncertain: the building's owner considered selling it for conversion into flats, and a campaign group formed to save it. The group eventually bought the building with a loan from the town council, and launched the fundraising that paid for the restoration. *"There were many nights when we thought it was over,"* said one of its founders.

## Who paid

The restoration cost around 9 million. Heritage grants covered more than half, with the rest from the town council, a regional fund and a community share offer that raised 650,000 from over 2,000 local investors.

The theatre's new director said **community shareholders** would have a vote on the building's future. *"This place belongs to the town in a way it never did before,"* she said.

## The season

The opening season includes the premiere, a touring dance company, a comedy weekend and the annual pantomime. The full programme is on the [Corn Exchange website](https://example.com/corn-exchange/whats-on).
`,
  },
  {
    slug: 'valley-courier-archive-digitised',
    headline: 'A century of the Valley Courier, now searchable',
    dek: 'Volunteers and the library service have scanned 100 years of the old newspaper, from the first issue to the last.',
    tags: ['culture', 'technology'],
    authors: ['contributor'],
    createdBy: 'contributor',
    daysAgo: 35,
    image: 'quarter',
    caption: 'Bound volumes of the Valley Courier in the library store.',
    body: `
A hundred years of the Valley Courier, the newspaper that served the Kessen Valley until it closed, can now be searched online for free. The library service and a team of volunteers have scanned more than 5,000 issues, from the first edition to the last.

The project took four years. Volunteers turned each page by hand, photographing it on a purpose-built stand before the images were processed with text recognition software so they could be searched.

## What is in it

The archive covers local elections, floods, strikes, royal visits, football results, wedding announcements and advertisements for shops long gone. Librarians say they expect it to be used most by **family historians**, but also by students and local history groups.

- More than 5,000 issues and around 80,000 pages
- Searchable by name, place and date
- Free to use at home or on library computers

## How it was done

1. Volunteers collected bound volumes from the library store and from the newspaper's former owners
2. Each page was photographed on a cradle that holds books open without damaging their spines
3. Software turned the images into searchable text, which volunteers spot-checked for errors
4. Librarians added dates, page numbers and section names so that results can be filtered

The text recognition is not perfect, particularly for older issues printed in small type on poor paper. Librarians advise trying *different spellings* of names when searching.

## Finding yourself in the paper

One of the volunteers, who spent three years on the project, said the most moving moments came when she found people she knew. "You are scanning page after page, and suddenly there is your grandmother's netball team," she said.

The archive is available on the [library service's website](https://example.org/kessen-libraries/valley-courier). Library staff are running free sessions on how to use it, and our own [technology coverage](/tag/technology) has more on digital public services.
`,
  },
  {
    slug: 'food-market-moves-canal-square',
    headline: 'Saturday food market moves to Canal Square',
    dek: 'Traders hope the bigger site will bring new customers, but some worry about losing regulars from the old town.',
    tags: ['culture', 'business'],
    authors: ['contributor'],
    createdBy: 'contributor',
    daysAgo: 58,
    image: 'skyline-dusk',
    caption: 'Canal Square has space for twice as many stalls.',
    body: `
Ostervale's Saturday food market is moving from its home on Fish Street to Canal Square, where it will have room for twice as many stalls. The first market at the new site will be held next month.

The market has run on Fish Street for more than thirty years. Traders say it has outgrown the narrow street, where there is no space for new stalls and no shelter when it rains.

## What traders say

Opinions among the market's 40 regular traders are mixed. Most support the move, but some worry about losing customers who live in the old town and walk to the market.

- The new site has a canopy covering half the square
- Electricity and water points for every stall
- Space for up to 80 traders, including street food
- Nearby parking and a tram stop

[[fig market | Traders at the current market sell everything from cheese and bread to plants and coffee.]]

## New traders

The move will let the market take on new traders for the first time in years. The council has received more than 60 enquiries, many from **street food vendors** and small producers from the valley's farms. A baker who has sold bread from a van at farmers' markets for three years said a pitch in the city would be a big step for her business. The council says it will keep a balance between fresh produce and hot food, so that the market does not become a food court.

## Keeping the character

A cheesemonger who has traded on Fish Street for 15 years said she hoped the market would *keep its character*. "People come for the conversation as much as the food," she said. "We need to bring that with us."

The council said it would run a free shuttle bus from the old town for the first three months. The market's [trader information page](https://example.com/ostervale-market/traders) has details for anyone wanting a stall.
`,
  },

  // ------------------------------------------------------------ sport
  {
    slug: 'rovers-unbeaten-run-nine-games',
    headline: 'Rovers extend unbeaten run to nine games',
    dek: 'A late equaliser at Kessen Park kept Ostervale Rovers in the promotion places.',
    tags: ['sport'],
    authors: ['sport'],
    daysAgo: 1.4,
    image: 'stadium',
    caption: 'A crowd of more than 7,000 watched at Kessen Park.',
    body: `
Ostervale Rovers extended their unbeaten run to nine matches with a 2-2 draw at Kessen Park, thanks to an equaliser in the final minute of normal time. The point keeps them in the promotion places with a third of the season left to play.

Rovers fell behind twice against a well-organised side who pressed high from the start. The visitors scored from a corner after twelve minutes and again early in the second half, after Rovers had levelled just before the break.

## How the goals came

1. The visitors opened the scoring with a header at the near post
2. Rovers equalised when their captain finished a low cross from the left
3. A deflected shot restored the visitors' lead after the break
4. A substitute's volley from the edge of the box levelled it at the end

[[fig stadium | The north stand at Kessen Park was sold out for the first time this season.]]

## What the manager said

The Rovers manager praised his side's character but admitted they had been second best for long spells. *"We showed we won't lie down,"* he said. "But we know we have to be sharper at the start of games."

## Team news

Rovers were without their first-choice goalkeeper, who is expected to be out for several weeks with a hand injury. His replacement made two good saves in the first half but will be disappointed with the second goal. The midfielder who signed on loan last month made his home debut and was **substituted at half-time** after picking up a knock. The manager said he hoped to have him back for the next match.

## The run-in

Rovers' next three matches are against teams in the bottom half of the table, which gives them a chance to strengthen their position. Fixtures and ticket details are on the [club's website](https://example.com/ostervale-rovers/fixtures), and our [sport section](/tag/sport) has full coverage of the season.
`,
  },
  {
    slug: 'valley-marathon-flatter-route',
    headline: 'Valley Marathon unveils flatter route for tenth edition',
    dek: 'The new course avoids the climb at Luren and finishes on the riverside, which organisers hope will bring faster times.',
    tags: ['sport', 'transport'],
    authors: ['sport'],
    daysAgo: 11,
    image: 'valley-dawn',
    caption: 'The new route follows the river for the final ten kilometres.',
    body: `
The Valley Marathon will run on a new, flatter course for its tenth edition next spring, organisers have announced. The route drops the notorious climb at Luren, which runners nicknamed "the wall", and finishes on the riverside in Ostervale.

Organisers hope the change will attract more first-time marathon runners and faster club athletes. Entries for the tenth edition open next week, with a limit of 6,000 places.

## The new route

- Starts in Brindleford market square, as before
- Follows the valley floor through Mill Lane and Canal Square
- Finishes on the riverside path opposite the Corn Exchange
- Total climb reduced from 310 metres to under 90

## Ten years of the race

The marathon was first run by a few hundred runners on a course designed by volunteers from local running clubs. It has since grown into one of the largest events in the valley, raising money for dozens of charities each year. Last year, more than **5,000 runners** finished, and organisers estimate that around 40,000 people came out to watch. The course record was set three years ago, but organisers say the old route's climb has kept times slower than at comparable races.

## Road closures

Because the new route uses more roads in Ostervale city centre, closures will be longer than in previous years. The organisers say Valley Line trams will run an enhanced service on race day, and they are working with bus operators on diversions.

[[fig railway | Trams will run every six minutes on race day to help spectators move between viewing points.]]

## Reaction from runners

Organisers have also added a new relay category, in which teams of four share the distance, and a family mile on the riverside on the day before the race. Places in the relay are limited to 150 teams, and the organisers expect it to fill quickly.

Local running clubs welcomed the change, though some said they would miss the hill. *"The wall was horrible, but it was ours,"* said one club secretary. Entry details and a route map are on the [marathon's website](https://example.com/valley-marathon/route).
`,
  },
  {
    slug: 'harriers-plans-new-ground-luren',
    headline: 'Harriers submit plans for new ground at Luren',
    dek: 'The rugby club wants to leave its 100-year-old home for a 5,000-capacity stadium on the edge of town.',
    tags: ['sport', 'business'],
    authors: ['sport'],
    daysAgo: 31,
    image: 'stadium',
    caption: 'The Harriers have played at their current ground for more than a century.',
    body: `
The Halvik Harriers rugby club has submitted plans for a new 5,000-capacity ground on the edge of Luren, which would replace its current home on the seafront at Halvik Bay.

The club says its existing ground is too small, floods in winter and cannot meet the standards required if the team wins promotion. The site would be sold for housing to help fund the move.

## The proposal

- A main stand with 1,800 seats and covered terracing on three sides
- Two all-weather pitches for community and junior teams
- A gym and function rooms available for hire
- Parking for 400 cars and a shuttle bus on match days

## Money and housing

The club has agreed a deal with a housebuilder to sell its current ground, which could become around 180 homes. The money would pay for most of the new stadium, with the rest coming from a loan and a share offer to supporters. Halvik Bay's town council has said it will press for **affordable homes** on the site, given the shortage of housing in the town. The club says it would keep a small memorial garden on the old ground to mark its history there.

## Supporters divided

Many supporters back the move, but others are unhappy about leaving Halvik Bay, where the club was founded. A supporters' group survey found 58 per cent in favour and 31 per cent against.

A lifelong fan who opposes the move said *"the club is part of this town's story, and a business park is not the same."* The club chairman said staying would mean *"slowly falling behind."*

Residents in Luren have raised concerns about traffic on match days and floodlights near homes on the edge of the town. The club says matches would mostly be played on Saturday afternoons, with floodlit games limited to a handful of evenings a season, and that the shuttle bus would reduce the number of cars on local roads.

The planning application will be decided by the regional planning committee. Documents are available on the [planning portal](https://example.org/kessen-planning/harriers-ground).
`,
  },
  {
    slug: 'swimming-lessons-return-primary-schools',
    headline: 'Swimming lessons return to all primary schools',
    dek: 'A new transport contract means every primary school in the valley can again take pupils to a pool.',
    tags: ['sport', 'health', 'education'],
    authors: ['sport', 'author'],
    daysAgo: 52,
    image: 'tide',
    caption: 'Pupils will have at least ten lessons before leaving primary school.',
    body: `
Every primary school in the Kessen Valley will be able to offer swimming lessons again from next term, after the regional education authority signed a new contract for buses to take pupils to pools.

Some schools had dropped lessons after the previous contract ended and the cost of hiring coaches rose sharply. Teachers warned that a growing number of children were leaving primary school unable to swim 25 metres.

## What is changing

- Free transport to the nearest pool for every primary school
- At least ten lessons for every pupil before they leave primary school
- Extra catch-up sessions for older pupils who cannot yet swim
- Training for teaching assistants to support qualified instructors

[[fig harbour | Learning to swim matters more in a region with a long coastline and busy rivers.]]

## Why lessons stopped

Schools pay for their own swimming lessons, but most rely on coach companies to get pupils to the pool. When the previous contract ended, prices quoted to schools roughly doubled, and many smaller rural schools said they could not afford to continue. A survey by the education authority found that **one in five primary schools** had stopped lessons entirely, and others had cut them to a single term. The new contract pools transport across all schools, which the authority says has brought the cost back down.

## Safety concerns

The lifeboat station at Halvik Bay, which has campaigned on the issue, said the change was *"long overdue."* Its volunteers have attended a number of incidents involving young people in difficulty in the water in recent summers.

Swimming instructors say the gap in lessons has left a backlog. Pupils who missed out in recent years are now in their final years of primary school, and some secondary schools report that **new pupils cannot swim at all**. The catch-up sessions will be offered first to those year groups, in the summer term, and schools will be asked to record how far each pupil can swim.

The education authority said the contract would cost around 400,000 a year. More information for parents is on the [authority's website](https://example.org/kessen-education/swimming).
`,
  },

  // ------------------------------------------------------------ technology and education
  {
    slug: 'full-fibre-reaches-rural-villages',
    headline: 'Full-fibre broadband reaches last rural villages',
    dek: 'More than 98 per cent of homes in the valley can now get gigabit connections, after a four-year publicly funded rollout.',
    tags: ['technology', 'business'],
    authors: ['editor'],
    daysAgo: 4,
    image: 'signal',
    caption: 'Fibre cables were laid along old telegraph routes across the moor.',
    body: `
The last villages in the Kessen Valley to be connected to full-fibre broadband have gone live, marking the end of a four-year rollout funded by the regional assembly and the national government.

More than 98 per cent of homes and businesses in the valley can now get connections of up to a gigabit per second. The remaining properties, mostly isolated farms, will be offered satellite or wireless alternatives.

## What it has meant

For many people in the villages, the change has been dramatic. Before the rollout, some homes on Tamsey Moor had speeds of barely two megabits per second, too slow to stream video or work reliably from home.

- More than 11,000 rural homes and businesses connected
- Around 900 km of new fibre cable laid
- Average rural download speeds up more than tenfold

[[fig moor | Engineers worked through winter to connect farms and hamlets on the moor.]]

## How it was built

Engineers used existing telephone poles and underground ducts wherever possible, which kept costs down and meant fewer roads had to be dug up. Where no route existed, new cable was laid along farm tracks and field edges with the landowners' permission. The most remote stretches, across the open moor, were completed using **narrow trenches** cut by a machine that lays cable and fills the trench behind it in a single pass.

## Take-up

Being able to get fibre is not the same as having it. So far around 45 per cent of eligible homes have signed up, and the assembly is running a campaign to explain how to switch. Vouchers are available for small businesses.

A farmer near Tamsey said the new connection had *changed how she runs the farm*. "I can send cattle records, talk to the vet on video and sell direct to customers," she said. Households can check whether they can connect on the [rollout's address checker](https://example.org/kessen-broadband/check).
`,
  },
  {
    slug: 'council-open-data-portal',
    headline: 'Council opens its data: bins, buses and budgets',
    dek: 'A new portal publishes more than 200 datasets, from bin collection days to every payment over 500.',
    tags: ['technology', 'politics'],
    authors: ['author'],
    daysAgo: 23,
    image: 'market',
    caption: 'The portal includes spending data going back five years.',
    body: `
Ostervale City Council has launched an open data portal, publishing more than 200 datasets that anyone can download and reuse. The data includes bin collection days, planning applications, parking occupancy and every payment the council makes over 500.

The council says the portal will make it easier for residents to hold it to account and for developers and researchers to build useful tools. Some of the data was already public but scattered across different parts of the website.

## Highlights

- Live parking space counts for all council car parks
- Five years of council spending, searchable by supplier
- Street-level records of potholes reported and repaired
- Air quality readings from 22 monitoring stations

## What is not included

The portal does not include personal information, and some datasets have been simplified to protect privacy. Planning applications are published without the names of applicants, for example, and crime data is only shown at street level. Campaigners have asked for more, including **contract details** for the council's largest suppliers and the minutes of some committees that meet in private. The council said it would consider requests but that some information was commercially sensitive.

## Early uses

A group of students at Ostervale College has already built a simple app that sends a reminder the night before bins are collected. A local campaign group used the spending data to track how much the council spends on agency staff.

Officers said the council had learned from other cities that publishing data once is not enough. Every dataset on the portal lists **when it was last updated** and who to contact about it, and the council has committed to removing any dataset that falls out of date rather than leaving stale figures online. Usage statistics will be published alongside the data.

The cabinet member responsible said publishing the data was *"the right thing to do, even when the figures are awkward for us."* The portal is at [data.example.org](https://data.example.org/ostervale), and suggestions for new datasets can be made through a form on the site.
`,
  },
  {
    slug: 'after-school-coding-clubs-double',
    headline: 'After-school coding clubs double in a year',
    dek: 'Volunteers from local tech firms are helping to run clubs in 40 schools, but organisers say more girls need to be reached.',
    tags: ['education', 'technology'],
    authors: ['contributor'],
    createdBy: 'contributor',
    daysAgo: 42,
    image: 'lab',
    caption: 'Clubs use cheap single-board computers and free software.',
    body: `
The number of after-school coding clubs in the Kessen Valley has doubled in a year, from 20 to 40, thanks largely to volunteers from local technology companies.

The clubs are run by a small charity that provides equipment, lesson plans and training for volunteers. Children aged nine to fourteen learn to program games, build simple robots and control lights and sensors.

## What happens at a club

At a club in an Ostervale primary school, a group of ten-year-olds is building a device that measures how loud their classroom is. Another table is designing a game about recycling.

- Weekly sessions of an hour, after school
- Projects chosen by the children themselves
- Equipment and software provided free by the charity

[[fig signal | Children at one club built a weather station that reports to the school website.]]

## From club to career

Several local employers support the clubs because they struggle to find staff with technical skills. A software company in the Canal Quarter gives its employees one afternoon a month to volunteer at a club, and has started offering **work experience** to older club members. The charity says a handful of its first members are now studying computing at college, and one has returned to help run the club she attended.

## Reaching more girls

The charity says girls make up only a third of club members, and fewer continue into their teenage years. It has started girls-only sessions in some schools and is looking for more women volunteers.

The charity is also trying to reach schools in rural areas, where there are fewer volunteers nearby. It has started running some clubs over video link, with a teacher in the room and a volunteer joining from elsewhere. The first of these, at a village school near Tamsey, has *twelve regular members* in a school of ninety pupils.

The charity's co-ordinator said the aim was *"not to turn every child into a programmer, but to show them that technology is something they can shape."* Volunteers can sign up on the [charity's website](https://example.com/valley-code-clubs/volunteer).
`,
  },
];
