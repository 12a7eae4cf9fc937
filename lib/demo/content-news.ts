// Demo articles, part one: transport, climate, politics and business in the Kessen Valley (fictional).
import type { SeedPublishedArticle } from './content';

export const NEWS_ARTICLES: SeedPublishedArticle[] = [
  // ------------------------------------------------------------ transport
  {
    slug: 'valley-line-extension-approved',
    headline: 'Assembly approves Valley Line extension to Corrow Heath',
    dek: 'Four new stops and a park-and-ride are due to open within three years, after a vote that split the chamber along unusual lines.',
    tags: ['transport', 'politics'],
    authors: ['author', 'editor'],
    daysAgo: 0.2,
    image: 'railway',
    caption: 'The eastern end of the Valley Line, where the extension will begin.',
    seoTitle: 'Valley Line extension to Corrow Heath approved',
    seoDescription: 'The Kessen Valley Regional Assembly has approved a 6.4 km Valley Line extension with four new stops. Here is what happens next.',
    body: `
The Kessen Valley Regional Assembly has approved a 6.4-kilometre extension of the Valley Line from Brindleford to Corrow Heath, ending more than a decade of studies, consultations and false starts. Members voted 31 to 22 in favour after a debate that ran well past its scheduled close.

The extension adds **four new stops**, a park-and-ride with space for 600 cars and a depot for two additional trams. The assembly's transport committee estimates the work will cost 212 million, with a little under half coming from a national infrastructure grant that must be spent before the end of the decade.

## What was approved

The scheme approved on the night is the third version put to members. It keeps the route along the old freight corridor but drops a proposed tunnel under Brindleford high street, which had accounted for almost a third of the earlier budget.

- Four stops: Mill Lane, Brindleford East, Heath Road and Corrow Heath terminus
- A 600-space park-and-ride beside the ring road
- Trams every eight minutes at peak times, every twelve in the evening
- Step-free access and sheltered waiting areas at every stop

[[fig tramline | Survey work on the old freight corridor near Mill Lane, which the new line will follow.]]

## An unusual split

The vote did not divide neatly along party lines. Several members representing the western valley opposed the plan, arguing that their towns had waited longer for better bus links. "We are not against trams," said one. "We are against being told, again, that it is someone else's turn first."

Supporters pointed to the assembly's own modelling, which suggests the extension could take around 4,000 car journeys a day off the Corrow Road. The committee chair described the decision as *"the most important transport vote this assembly has taken."*

## The cost, and who pays

The assembly's share of the bill will be met mostly by borrowing, repaid over forty years from fares and from a levy on large car parks in the eastern valley. Finance officers told members that the annual repayments would amount to roughly 2 per cent of the assembly's transport budget once the line is open.

Critics questioned whether passenger forecasts were too optimistic. The committee's modelling assumes that **around 9,500 people a day** will use the four new stops within five years of opening, a figure that depends partly on a housing development at Heath Road that has not yet been approved. Officers said the scheme still made sense at lower passenger numbers, but that the case would be weaker.

## Voices from the corridor

Along Heath Road, opinion is divided. A pharmacist whose shop faces the planned stop said he expected more customers but worried about two years of roadworks outside his door. "Everybody says it will be worth it in the end," he said. "I just need to still be here at the end."

A retired nurse who lives near the Corrow Heath terminus said she had given up driving last year and now relied on a bus that runs twice an hour. *"If the tram comes every eight minutes, I get my independence back,"* she said.

The Corrow Heath residents' association has asked for a construction code that limits noisy work to weekdays and guarantees access to homes and businesses throughout.

## What it means for the western valley

Members from the western towns secured one concession during the debate: an amendment committing the assembly to publish, within a year, a study of faster bus links between Luren, Tamsey and the city centre. The amendment passed without opposition. Western members said it was a start but not a promise, and several said they would judge the assembly on whether money followed the study.

The assembly's transport officers have previously said that a **bus rapid transit** route along the western corridor could be built for a fraction of the cost of a tram, using dedicated lanes and priority at junctions. No funding has been identified for it yet. A member for Luren said the western valley would *"keep asking until the answer is yes."*

## How we got here

1. The freight line to Corrow Heath closed and the corridor was protected for future use
2. A first study recommended a tram extension but was shelved when costs rose
3. A second scheme, including a tunnel under Brindleford, was rejected on cost grounds
4. The national infrastructure grant revived the plan, and a cheaper third version was drawn up

### Questions still to answer

The assembly has not yet decided whether fares on the extension will follow the current three-zone system, which would put Corrow Heath in the most expensive zone. A decision on fares is expected alongside the final business case.

### What happens next

Detailed design starts this winter, and the assembly expects to appoint a main contractor within a year. Utility diversions along Heath Road would be the first visible work. The full business case and the committee's report are published on the [assembly's transport pages](https://example.org/kessen-assembly/transport/valley-line-extension).

Residents along the corridor will be invited to drop-in sessions before any work begins. Our earlier coverage of the line is collected on the [transport page](/tag/transport).
`,
  },
  {
    slug: 'valley-line-works-commute-guide',
    headline: 'What the Valley Line works mean for your commute',
    dek: 'Three phases of weekend and evening closures start next month. Here is when, where and how to get around them.',
    tags: ['transport'],
    authors: ['editor'],
    daysAgo: 5,
    image: 'tramline',
    caption: 'Track renewal near Brindleford is the first of three phases of work.',
    body: `
Anyone who uses the Valley Line will need to plan ahead over the coming months. The operator is replacing worn track, renewing overhead wires and upgrading signalling between Ostervale Central and Brindleford, and much of the work can only be done while trams are not running.

The operator says the programme is designed to avoid full weekday closures. Most disruption falls on **weekends and late evenings**, when passenger numbers are lowest.

## The three phases

1. Track renewal between Ostervale Central and Canal Square, on four weekends starting next month
2. Overhead wire replacement between Canal Square and Mill Lane, on weekday evenings after 9pm for six weeks
3. Signalling upgrades along the whole line, over two long weekends in early spring

## Replacement buses

Replacement buses will run every ten minutes during closures, stopping at or near every tram stop. Journeys will take longer: the operator suggests allowing an extra 20 minutes between the city centre and Brindleford.

[[fig railway | The line between Ostervale Central and Canal Square carries around 18,000 passengers on a typical weekday.]]

Tickets and passes valid on trams will be accepted on replacement buses. Bicycles cannot be carried on the buses, but the secure cycle parking at Canal Square will stay open throughout.

### Step-free access during closures

Some replacement bus stops are further from the tram stop than usual. The operator says every replacement bus will be low-floor with space for a wheelchair, and that staff in high-visibility jackets will be on hand at Ostervale Central, Canal Square and Mill Lane during each closure. Passengers who need assistance can book it in advance through the operator's help line, and a *quiet carriage* style space will be kept clear at the front of each bus for passengers with buggies or mobility aids.

## Why now

The track on the oldest section of the line dates from its opening and has needed patch repairs with growing frequency. Operators told the regional assembly last year that speed restrictions caused by worn rails were adding up to four minutes to some journeys.

Full timetables for each closure are posted on the [operator's service updates page](https://example.com/valley-line/service-updates). We will publish a reminder before each phase begins.
`,
  },
  {
    slug: 'route-9-buses-every-ten-minutes',
    headline: 'Route 9 buses to run every ten minutes from spring',
    dek: 'The busiest cross-city route will get more buses, longer hours and new stops at the hospital.',
    tags: ['transport', 'health'],
    authors: ['editor'],
    daysAgo: 12,
    image: 'city-evening',
    caption: 'Route 9 links the western estates with the city centre and Ostervale General.',
    body: `
Buses on Route 9, which crosses Ostervale from the western estates to the hospital and the university, will run every ten minutes for most of the day from spring, the city's transport authority has announced.

The route currently runs every fifteen minutes and is often full at peak times. Passenger numbers have grown by almost a fifth in two years, helped by the opening of the new day surgery unit at Ostervale General.

## What changes

- Buses every ten minutes between 7am and 7pm on weekdays
- Every fifteen minutes in the evenings, with the last bus an hour later than now
- Two new stops on the hospital campus, closer to the outpatient entrance
- Six additional electric buses, bringing the route's fleet to twenty

The extra buses will be funded from the authority's share of the national bus improvement fund, which was confirmed earlier this year. A spokesperson said the authority had chosen Route 9 because it had **the highest number of standing passengers** of any route in the city.

## An all-electric route

With the six new vehicles, Route 9 will become the first route in the city to be run entirely by **electric buses**. The operator is installing extra chargers at its depot in Westgate, and two fast chargers at the hospital terminus will let buses top up during the day without returning to base. The authority said that switching the route from diesel would remove around 900 tonnes of carbon dioxide emissions a year, and would reduce roadside pollution on Hospital Road, one of the city's monitoring hotspots. Drivers who have used the electric buses on other routes say passengers notice *how quiet they are* before anything else.

## Reaction

Passenger groups welcomed the change but asked for similar improvements on the routes serving the eastern villages. "Route 9 needed this," said the chair of one group. "But people in Tamsey still have a bus every hour, and the last one leaves before most shifts at the hospital end."

The authority said it would review rural routes in the autumn. Its [bus network plan](https://example.org/ostervale-transport/bus-network-plan) sets out which routes are next in line.
`,
  },
  {
    slug: 'harbour-road-cycle-lane-permanent',
    headline: 'Harbour Road cycle lane trial to become permanent',
    dek: 'Cycling on the route has nearly doubled during the eighteen-month trial, and traffic on nearby streets did not rise as feared.',
    tags: ['transport', 'climate'],
    authors: ['sport'],
    daysAgo: 26,
    updatedAfterHours: 20,
    image: 'coast',
    caption: 'Harbour Road runs along the seafront between the ferry terminal and the old town.',
    correctionNote: 'Correction: an earlier version of this article misstated the length of the trial. It ran for eighteen months, not two years.',
    body: `
The protected cycle lane on Harbour Road in Halvik Bay will stay, after the town council voted to make the trial layout permanent. The lane, separated from traffic by planters and low kerbs, was installed eighteen months ago as an experiment.

Council counts show an average of 1,450 cycle trips a day on the route over the last six months, up from around 780 before the trial. Bus journey times along the seafront were unchanged, and traffic on the parallel Ropewalk did not increase significantly.

## Arguments on both sides

Some businesses on Harbour Road had objected to the loss of eleven parking spaces. The council will create a loading bay at the eastern end and convert a little-used section of the ferry car park to short-stay spaces.

- Supporters cited safer journeys to the two secondary schools near the seafront
- Opponents raised concerns about deliveries and access for older visitors
- Emergency services said the layout had not affected response times

[[fig harbour | Cycle counts on the seafront peaked in late summer, when tourist numbers are highest.]]

## What the numbers show

The council's monitoring report, published alongside the vote, breaks the figures down in more detail. Weekday cycling grew fastest in the morning peak, suggesting more people are using the lane to get to school and work rather than for leisure. The number of collisions involving cyclists on Harbour Road fell from seven in the eighteen months before the trial to two during it. Footfall in shops along the seafront, measured by counters at both ends of the street, was **broadly unchanged**, which council officers said answered one of the main worries raised at the start.

## What the permanent scheme adds

The permanent version will replace planters with stone kerbs, add lighting at two junctions and widen the lane where it passes the lifeboat station. Work is expected to take eight weeks and should be finished before next summer.

A councillor who chairs the town's transport working group said the trial had *"settled an argument that had gone round in circles for years."* More on the region's cycling plans is on our [climate page](/tag/climate).
`,
  },
  {
    slug: 'night-train-to-capital-returns',
    headline: 'Night train to the capital returns after six-year gap',
    dek: 'A sleeper service will leave Ostervale three nights a week from the summer timetable change.',
    tags: ['transport', 'business'],
    authors: ['editor', 'admin'],
    daysAgo: 40,
    image: 'railway',
    caption: 'The sleeper will use the main line platforms at Ostervale Central.',
    body: `
An overnight train between Ostervale and the capital will return from the summer timetable change, six years after the last sleeper service was withdrawn. The new service will run three nights a week in each direction, rising to five if demand allows.

The operator, a new open-access company, will use refurbished carriages with private cabins, shared compartments and a small number of reclining seats. Fares will start at a level the company says is comparable with an off-peak daytime return plus a budget hotel.

## The timetable

- Departs Ostervale Central late evening, arrives in the capital just after 7am
- Return journey leaves the capital shortly before midnight
- Calls at two intermediate stations in each direction

## On board

The operator has published drawings of the refurbished carriages. Private cabins will have a bed, a wash basin and a fold-down table, and some can be joined together for families. Shared compartments with four bunks will be sold by the berth, and a lounge car will serve breakfast before arrival. The company says **every cabin will have power sockets and reading lights**, and that the carriages have been soundproofed to reduce noise from the track. Bicycles can be carried if booked in advance.

## Why it matters here

Business groups in the valley have long argued that the lack of an overnight link makes Ostervale harder to reach for conferences and meetings. The chamber of commerce said the return of the sleeper was *"a signal that the city is on the map again."*

[[fig city-evening | Ostervale Central, where the sleeper will depart from the main line platforms.]]

Rail campaigners cautioned that open-access services depend on track access being renewed and have been withdrawn elsewhere when costs rose. The operator said it had secured an initial five-year agreement. Booking details will be published on its [website](https://example.com/valley-sleeper/booking) in the spring.
`,
  },

  // ------------------------------------------------------------ climate
  {
    slug: 'kessen-flood-gates-tested',
    headline: 'New flood gates on the Kessen tested ahead of winter',
    dek: 'Engineers closed the gates for the first time in a full-scale trial, protecting 1,900 homes in the lower town.',
    tags: ['climate', 'science'],
    authors: ['science'],
    daysAgo: 1.1,
    image: 'river',
    caption: 'The River Kessen runs through the lower town, where the new gates stand.',
    body: `
Engineers have carried out the first full-scale test of the new flood gates on the River Kessen in Ostervale, closing all three steel gates in just under forty minutes. The gates, finished this summer, are designed to protect around 1,900 homes and 300 businesses in the lower town.

The lower town flooded twice in the last ten years. In the worst of those floods, water reached more than a metre deep in some streets, and many families were out of their homes for months.

## How the gates work

The gates sit open in recesses in the river walls for most of the year. When the river authority forecasts a dangerous rise, they swing shut to hold back water surging up from the estuary, while pumps move water from the town's drains over the wall.

- Three gates, the largest 24 metres wide
- Twelve pumps with a combined capacity of 18 tonnes of water a second
- Designed for a flood with a 1-in-200 chance of happening in any year, with an allowance for sea level rise

[[fig lab | The control room at the gate house monitors river levels upstream and tide levels in the estuary.]]

## What residents should know

The river authority said the gates would typically close a few times a year, usually overnight at high tide. Residents near the gates may hear sirens before each closure, and the riverside path will close while the gates are shut.

A hydrologist at the University of Ostervale, who was not involved in the project, said the test was *"reassuring, but the gates are one part of the answer."* Upstream, she said, **slowing the flow** through restored wetlands and woodland would matter as much as walls and gates downstream.

## How the test went

The test was timed for a high spring tide, so that engineers could check the gates against real water levels rather than a calm river. Sirens sounded along the riverside at 5.40am, and the riverside path was cleared by wardens before the first gate began to move. All three gates were sealed by 6.19am, and the pumps were run at full capacity for an hour to test the backup generators.

The river authority's project manager said two minor faults were found: a sensor on one gate gave a false reading, and one of the warning sirens did not sound. Both will be fixed before the gates enter full service. **Most of the test went exactly to plan**, she said, and the team had learned more from the morning than from months of computer modelling.

## A decade in the making

The gates are the largest part of a flood scheme first proposed after the lower town flooded ten years ago. The design went through three rounds of public consultation, mainly because of concerns about how the structures would look beside the listed warehouses on the riverside. The final design uses dark steel and stone cladding, and the gate house is built into the river wall rather than standing on top of it.

Construction took just under three years and was delayed for several months when contractors found the remains of an old timber quay in the riverbed. Archaeologists recorded the timbers, some of which will go on display in the city museum next year.

### Living with the river

For people in the lower town, the test was an emotional moment. A man who runs a bicycle repair shop on Quay Street said his business had flooded twice and that he had only recently been able to get insurance again. *"I watched them close and I felt my shoulders drop,"* he said. "I know it's not a guarantee. But it's the first time in years I've felt we have a chance."

Others are more cautious. A residents' group that campaigned for the scheme said people should not stop preparing. It is encouraging households to keep a **flood kit** ready and to sign up for warnings even now that the gates are in place.

- Keep important documents in a waterproof bag upstairs
- Know how to turn off gas, electricity and water
- Check on neighbours who may need help when a warning is issued

## Still to come

Work continues on a section of raised embankment at the old gasworks site, which is due to be finished by spring. Residents can check their flood risk and sign up for warnings through the [river authority's flood map](https://example.org/kessen-river-authority/flood-map).
`,
  },
  {
    slug: 'skerry-bank-wind-farm-first-power',
    headline: 'Skerry Bank wind farm delivers first power to the grid',
    dek: 'The first eight turbines are now turning off the coast, with the remaining forty due to be installed by next autumn.',
    tags: ['climate', 'business', 'technology'],
    authors: ['science'],
    daysAgo: 9,
    image: 'tide',
    caption: 'The Skerry Bank site lies 30 km off the coast of Halvik Bay.',
    body: `
The Skerry Bank offshore wind farm has sent its first electricity to the grid, its developer said, after the first eight of its 48 turbines were connected. When complete, the wind farm is expected to generate enough electricity each year for around 600,000 homes.

Each turbine stands more than 250 metres tall to the tip of its blades. The foundations were built at the port of Halvik Bay, where a new quay was built for the project three years ago.

## Jobs and the port

The developer says around 400 people are currently working on the project, including crews on installation vessels and staff at the operations base in Halvik Bay. About 90 permanent jobs will remain once construction is finished, mostly technicians who will maintain the turbines.

- 48 turbines planned, 8 connected so far
- Operations and maintenance base at Halvik Bay harbour
- Export cable landing at Gullstone beach, running 14 km inland to a substation

[[fig harbour | Installation vessels load turbine sections at the new quay in Halvik Bay.]]

## A changing grid

When Skerry Bank is complete, the valley is expected to produce **more electricity than it uses** over the course of a year, according to the regional energy agency. That does not mean lower bills for local households, because electricity prices are set nationally, but it does mean more power flowing out of the region through the grid. The national grid operator has warned that new transmission lines will be needed inland within the next decade, a prospect that has already raised concern in villages along the likely routes. The energy agency said it wanted early and open discussion about where any new lines would go.

## Questions about the cable route

Not everyone has welcomed the project. Residents near the inland cable route complained of months of lorry traffic during construction, and a fishing association says the developer's compensation scheme did not reflect losses on traditional grounds.

The developer said it had *"listened carefully"* and had agreed to fund a monitoring programme with the Kessen Institute of Marine Science. More detail is in the [project's environmental statement](https://example.org/skerry-bank/environmental-statement).
`,
  },
  {
    slug: 'ostervale-heat-plan-published',
    headline: 'City publishes heat plan after record summer',
    dek: 'Cool rooms in libraries, more street trees and a checklist for care homes are among the measures.',
    tags: ['climate', 'health', 'politics'],
    authors: ['author', 'science'],
    daysAgo: 21,
    image: 'valley-dawn',
    caption: 'Temperatures in Ostervale passed 36C for the first time on record this summer.',
    body: `
Ostervale City Council has published its first plan for dealing with extreme heat, after a summer in which the city recorded its highest temperature since measurements began. The plan sets out what the council, hospitals and community groups will do when heat warnings are issued.

Council officers said the summer had exposed gaps: some care homes had no way of cooling residents' rooms, and several bus shelters on the busiest routes offered no shade at all.

## The main measures

- **Cool rooms** in eight libraries and community centres, open late during heat warnings
- 2,000 new street trees over five years, starting in the most built-up wards
- A checklist for care homes and nurseries on keeping buildings cool
- Free water refill points at parks, stations and the market
- Text alerts for people registered as vulnerable, through their GP practice

[[fig city-evening | Dense streets in the city centre stay warm long after sunset, which makes nights especially hard for older residents.]]

## Lessons from the summer

During the hottest week of the summer, the ambulance service recorded its highest number of calls for a single week, and admissions of older people to Ostervale General rose by around a fifth. The council's own review found that many people who were most at risk did not know where to find a cool space, and that information was published mostly online, which many older residents do not use.

The plan responds by asking GP practices and pharmacies to identify people at higher risk and to contact them directly when a heat warning is issued. Community groups will be funded to make **telephone check-in calls** to people who live alone.

### Care homes

The review found that temperatures in some care home bedrooms stayed above 28C for several nights in a row. Under the plan, care homes will be asked to identify at least one room that can be kept cool, to record indoor temperatures during warnings and to have a plan for moving residents if rooms become too hot. The council will offer small grants for shading, fans and window film to homes that need them.

### Schools and nurseries

Headteachers will be given guidance on changing timetables during heat warnings, such as moving sport to the morning and keeping blinds closed. Opposition councillors argued that the guidance should go further, and called for a survey of which classrooms overheat.

## Cost and criticism

The first year of the plan is expected to cost around 1.8 million, mostly for tree planting and shade structures. Opposition councillors said the plan was welcome but late, and asked why schools were not covered in the same detail as care homes.

A public health consultant for the region said *heat is a quiet risk*: it rarely makes headlines in the way floods do, but it can be just as dangerous for older people and those with heart and lung conditions.

The plan is open for comments until the end of next month on the [council's consultation page](https://example.org/ostervale-council/heat-plan).
`,
  },
  {
    slug: 'corrow-heath-peat-rewetting',
    headline: 'Volunteers block drains to rewet Corrow Heath peat',
    dek: 'Dams of peat and timber are raising the water table on a moor drained for grazing a century ago.',
    tags: ['climate', 'science'],
    authors: ['science'],
    daysAgo: 47,
    image: 'moor',
    caption: 'Corrow Heath is one of the largest areas of upland peat in the region.',
    body: `
On a cold morning on Corrow Heath, a dozen volunteers are pressing blocks of wet peat into a ditch. By the end of the day they will have built seven small dams, each holding back a pool of dark water that will, over time, turn a drying moor back into a bog.

The ditches were dug around a hundred years ago to drain the land for sheep. Dried out, peat releases the carbon it has stored for thousands of years; kept wet, it locks it away and soaks up rainfall that would otherwise rush downhill into the River Kessen.

## Why peat matters

The regional wildlife trust, which runs the project, estimates that the heath holds more carbon than all the woodland in the valley combined. Restoring it is one of the cheapest ways to cut emissions from the land, according to the trust's own figures.

- More than 1,200 dams built over three winters
- Around 340 hectares of peat now rewetting
- Water tables monitored at 60 points across the heath

[[fig valley-dawn | Pools behind the dams attract sphagnum moss, which slowly builds new peat.]]

## A day on the heath

The work is hard and wet. Volunteers cut blocks of peat from the edge of each ditch with long spades, then press them into the channel in layers until the dam is higher than the surrounding ground. A **well-built dam** should hold water within days. One volunteer, a retired postman who has been coming for three winters, said the change was visible. *"The first year it was all brown heather and cracked ground,"* he said. "Now there are pools everywhere, and you hear frogs in spring."

## Slowing the flow

Researchers from the University of Ostervale are measuring how much the dams slow floodwater. Early results suggest that peak flows in one stream fell by around a tenth after restoration, though the team says several more years of data are needed.

"It is not a silver bullet," said one of the researchers. "But every hour of delay upstream is an hour more for the people downstream."

The trust runs volunteer days through the winter. Details are on the [Corrow Heath project page](https://example.org/kessen-wildlife/corrow-heath).
`,
  },

  // ------------------------------------------------------------ politics
  {
    slug: 'council-budget-library-hours-restored',
    headline: 'Council passes budget with cuts to library hours reversed',
    dek: 'A late amendment found the money to keep all twelve branches open six days a week, funded by delaying a car park refurbishment.',
    tags: ['politics', 'culture'],
    authors: ['author'],
    daysAgo: 3,
    updatedAfterHours: 26,
    image: 'chamber',
    caption: 'The budget debate ran for more than five hours.',
    correctionNote: 'Correction: an earlier version misstated the date of the vote. It took place on the evening the debate opened, not the following morning.',
    seoDescription: 'Ostervale City Council approved its budget after an amendment reversed proposed cuts to library opening hours.',
    body: `
Ostervale City Council has approved its budget for the coming year, after a late amendment reversed proposed cuts to library opening hours. The budget was passed by 34 votes to 19, with two abstentions.

The original proposal would have reduced opening at seven of the city's twelve libraries from six days a week to four. More than 6,000 people signed a petition against the change, and the public gallery was full throughout the debate.

## Where the money came from

The amendment, proposed by the chair of the communities committee, found the 640,000 needed by delaying a planned refurbishment of the Westgate multi-storey car park by a year. Officers confirmed the car park was safe to use in the meantime.

- Council tax will rise by the maximum allowed without a referendum
- Spending on adult social care will increase by 7 per cent
- Fees for garden waste collection will go up for the first time in four years
- The library service will keep all twelve branches open six days a week

[[fig quarter | The civic quarter, where the council meets. Most council services are run from the offices behind the chamber.]]

## How the debate unfolded

The meeting began with a presentation from the finance chief setting out a gap of almost 9 million between expected income and the cost of existing services. The ruling group's proposals closed that gap with a mix of savings, higher fees and a council tax rise, and initially included the change to library hours.

The amendment to restore library opening was tabled shortly before the meeting and was the subject of the longest exchange of the evening. Supporters argued that libraries were used by people with nowhere else to go, from job seekers printing applications to parents with young children. Opponents of the amendment did not dispute that, but questioned whether delaying work on the car park would simply move the cost to next year.

The amendment passed with support from members of every group, before the budget as a whole was approved.

### The library campaign

The petition was started by a group of parents in Eastfield whose branch would have closed on Mondays and Thursdays. It gathered signatures at school gates, in markets and online, and campaigners read out messages from library users during the public questions session. One message, from a man who said he had learned to read as an adult at his local branch, drew applause from the gallery.

## What it means for households

- A typical household will pay a little under 2 per cent more in council tax
- Garden waste collection will cost more per year, with a discount for people on low incomes
- Library opening hours stay as they are
- Parking charges in council car parks are unchanged

## A tight year

The council's finance chief warned members that the budget relied on **one-off savings** that could not be repeated. The council expects a gap of around 11 million the following year unless national funding improves.

An opposition spokesperson said the library decision showed that *"when people make their voices heard, this chamber listens,"* but criticised the rise in waste charges.

The full budget papers are available on the [council's website](https://example.org/ostervale-council/budget). See our [politics coverage](/tag/politics) for more on the year ahead.
`,
  },
  {
    slug: 'regional-assembly-election-date-set',
    headline: 'Regional assembly election set for spring',
    dek: 'Voters in the Kessen Valley will elect all 53 members, with new rules on postal votes and voter identification.',
    tags: ['politics'],
    authors: ['admin'],
    daysAgo: 16,
    image: 'chamber',
    caption: 'All 53 seats in the regional assembly will be contested.',
    body: `
The election for the Kessen Valley Regional Assembly will take place in the spring, the region's chief returning officer has confirmed. All 53 seats will be contested, and it will be the first assembly election held under new rules on postal voting.

Turnout at the last assembly election was 41 per cent, higher than in most comparable regions but well below the turnout for national elections in the valley.

## Key dates

1. The deadline to register to vote falls about six weeks before polling day
2. Applications for postal votes close eleven working days before polling day
3. Polling stations open from 7am to 10pm on the day

## What is new

Postal voters will need to renew their applications every three years rather than once a decade, and there are new limits on how many completed postal votes a single person can hand in. Voters at polling stations will need to bring an accepted form of photo identification.

[[fig quarter | The assembly building in the civic quarter. The count will take place at the exhibition centre.]]

The returning officer said her office would run an information campaign in libraries, colleges and community centres. *"Nobody who is entitled to vote should be turned away,"* she said.

## How the assembly is elected

The assembly uses a mixed system. Thirty-three members are elected in single-member wards by first past the post, and the remaining twenty are chosen from party lists across the whole region to make the overall result more proportional. Voters therefore have **two votes**: one for a candidate in their ward and one for a party. Independents can stand in wards or on the regional list. The returning officer's office said spoilt ballot papers at the last election were mostly caused by people marking two candidates on the ward ballot.

## The parties

Four parties are expected to stand candidates in every ward, along with a number of independents. We will publish a guide to the candidates in each ward once nominations close. Registration is open through the [national electoral register](https://example.org/register-to-vote).
`,
  },
  {
    slug: 'ward-boundary-review-two-new-seats',
    headline: 'Ward boundary review proposes two new seats in Ostervale',
    dek: 'Growth in the Canal Quarter and the eastern suburbs means the city would gain councillors, and three villages would change wards.',
    tags: ['politics'],
    authors: ['author'],
    daysAgo: 33,
    image: 'budget',
    caption: 'The number of voters per councillor varies by more than a third between wards.',
    body: `
The independent boundary commission has proposed giving Ostervale two additional councillors and redrawing most of its ward boundaries, to reflect rapid growth in some parts of the city and slower growth in others.

Under the proposals, the council would grow from 55 to 57 members. The Canal Quarter, where thousands of flats have been built over the last decade, would become a ward of its own, and a new ward would be created in the eastern suburbs.

## Why boundaries change

Boundaries are reviewed so that each councillor represents roughly the same number of voters. At present, the most crowded ward has 38 per cent more voters per councillor than the least crowded, well outside the commission's usual tolerance.

- Canal Quarter would become a two-member ward
- A new three-member Eastfield ward would be created
- The villages of Hollin, Sedge End and Parrow would move into Corrow ward
- Eleven existing wards would keep their names but change shape

## What the numbers show

The commission bases its proposals on forecasts of the electorate five years ahead. Canal Quarter is expected to have more than 9,000 voters by then, compared with fewer than 2,000 a decade ago. By contrast, several wards in the older northern suburbs are expected to shrink slightly as households get smaller. Under the proposals, every ward would be within **10 per cent of the average** number of voters per councillor, the commission's usual target.

## Mixed reaction

Residents in Sedge End said they had closer ties with the city than with Corrow and planned to object. Council group leaders broadly welcomed the proposals, though one said the commission had *"drawn lines through the middle of communities"* in the north of the city.

The commission is taking comments for ten weeks. Interactive maps of the current and proposed wards are on the [commission's review page](https://example.org/boundary-commission/ostervale-review). The new wards would be used for the first time at the city elections after next.
`,
  },
  {
    slug: 'participatory-budget-playgrounds-shelters',
    headline: 'Residents choose playgrounds and bus shelters in first participatory budget',
    dek: 'More than 9,000 people voted on how to spend 500,000 across the city, with the biggest share going to parks.',
    tags: ['politics', 'transport'],
    authors: ['author', 'contributor'],
    createdBy: 'contributor',
    daysAgo: 55,
    image: 'festival',
    caption: 'Projects were proposed and voted on by residents, ward by ward.',
    body: `
Ostervale's first participatory budget has produced a clear verdict: residents want better playgrounds, more bus shelters and somewhere to sit. More than 9,000 people took part in the vote, which decided how to spend 500,000 of the council's capital budget.

Residents proposed 214 projects, which were checked by council officers for cost and feasibility before going to a public vote. Thirty-one were funded.

## What won

- New play equipment in six parks, including two accessible playgrounds
- Eighteen new or replaced bus shelters on routes with no cover
- Benches and drinking fountains along the riverside path
- A community orchard in Eastfield
- Lighting for the underpass at Mill Lane, long a worry for people walking home

[[fig valley-dawn | The riverside path, where new benches and fountains will be installed in the spring.]]

## How the projects were chosen

The process ran over six months. Residents submitted ideas online and at drop-in sessions, and council officers checked each one to see whether it could be delivered for the money requested and whether it was on council land. Projects that passed were grouped by area, and residents could vote for up to **five projects** in their own part of the city and two across the city as a whole. A panel of residents, chosen at random from volunteers, oversaw the rules and the count. The council said the checks had ruled out 61 ideas, mostly because they were on land the council did not own.

## Who took part

The council said turnout was highest among families with young children and lowest among people aged 18 to 24. Voting was possible online, at libraries and at pop-up stalls in markets, and paper forms were translated into six languages.

*Participatory budgeting* has been used by cities around the world for decades. The council's cabinet member for communities said it would run again next year, with a larger pot if this round was judged a success. The full list of funded projects is on the [council's website](https://example.org/ostervale-council/participatory-budget).
`,
  },

  // ------------------------------------------------------------ business
  {
    slug: 'halvik-port-offshore-wind-contracts',
    headline: 'Halvik Bay port bids for offshore wind supply contracts',
    dek: 'The harbour board wants to turn the quay built for Skerry Bank into a permanent base for the industry.',
    tags: ['business', 'climate'],
    authors: ['author'],
    daysAgo: 7,
    image: 'harbour',
    caption: 'The deep-water quay at Halvik Bay was completed three years ago.',
    body: `
The harbour board at Halvik Bay has launched a bid to make the port a permanent base for offshore wind, as construction on the Skerry Bank wind farm moves into its busiest phase.

The board is seeking contracts to assemble and maintain turbines for two further wind farms planned off the coast. Its chief executive said the port could support **up to 600 jobs** within a decade if the bids succeed.

## The case for Halvik

The port's main advantages are its new deep-water quay, built for Skerry Bank, and a large area of flat land behind it that was once used for shipbuilding. The nearest competing ports are several hours' sailing away.

- 22 hectares of land available for assembly and storage
- A quay able to handle the heaviest turbine components
- Rail access via a freight spur that the board wants to reopen

[[fig tide | The waters off Halvik Bay are shallow enough for fixed turbine foundations over a wide area.]]

## Competition along the coast

Halvik Bay is not the only port with ambitions. Two larger ports further along the coast have also announced plans to attract offshore wind work, and one has already secured a contract to assemble turbines for a project in the north. The harbour board argues that its location, closer to the planned sites, would cut sailing times for installation vessels and maintenance crews. Industry analysts say developers usually choose ports on cost and reliability rather than distance alone.

## Training the workforce

Ostervale College has started a course for wind turbine technicians, with its first students due to qualify next year. The college said applications were three times the number of places.

Local businesses welcomed the bid but warned that housing in the town was already in short supply. *Rents in Halvik Bay have risen faster than anywhere else in the valley* over the past two years, according to the regional housing body.

The board will submit its formal bids early next year. Its plans are set out in the [port development strategy](https://example.com/halvik-harbour/strategy).
`,
  },
  {
    slug: 'marrin-foods-brindleford-jobs',
    headline: 'Marrin Foods to add 120 jobs at Brindleford plant',
    dek: 'The bakery group will build a new production line after winning a national supermarket contract.',
    tags: ['business'],
    authors: ['author'],
    daysAgo: 14,
    image: 'market',
    caption: 'Marrin Foods has baked in Brindleford since the 1950s.',
    body: `
Marrin Foods, the family-owned bakery group, is to create 120 jobs at its plant in Brindleford after winning a contract to supply bread to a national supermarket chain.

The company will install a new production line in a disused warehouse next to its existing site. Recruitment for bakers, engineers, drivers and warehouse staff is expected to start in the new year.

## A local employer

Marrin Foods already employs around 480 people in Brindleford, making it the town's largest private employer. The company was founded by a baker who opened a single shop on the high street, and is still run by the same family.

- 120 new jobs, most of them permanent and full-time
- An apprenticeship scheme for engineering and food technology
- Investment of around 15 million in equipment and buildings

## From one shop to a national supplier

The company grew slowly for decades, supplying bakeries and cafes across the valley before taking on its first supermarket contract. Its managing director, a grandson of the founder, said the new contract was **the largest in the company's history** and would mean the plant running around the clock for the first time. He said the firm had considered building the new line at a site outside the region, where land was cheaper, but had decided to stay in Brindleford because of its workforce. *"People here know how to bake bread,"* he said. "That counts for more than a cheaper warehouse."

## Traffic concerns

Neighbours have raised concerns about extra lorries on Station Road, which already carries delivery traffic at night. The company said it would route most new deliveries via the ring road and fund a new crossing near the primary school.

The chair of the Brindleford business association said the announcement was *"the best news the town has had in years."* Job vacancies will be posted on the [company's careers page](https://example.com/marrin-foods/careers).
`,
  },
  {
    slug: 'ostervale-shop-vacancies-fall',
    headline: 'Shop vacancies in Ostervale centre fall for third quarter',
    dek: 'Independent cafes, repair shops and a new market hall are filling units left empty by chain stores.',
    tags: ['business'],
    authors: ['editor'],
    daysAgo: 29,
    image: 'skyline-dusk',
    caption: 'The Canal Quarter has seen the fastest fall in empty units.',
    body: `
The number of empty shops in Ostervale city centre has fallen for the third quarter in a row, according to figures from the city's business improvement district. Just over one in nine units are now vacant, down from one in seven a year ago.

Most of the new arrivals are independent businesses. Cafes, restaurants and personal services such as hairdressers make up more than half of the newly occupied units, along with a growing number of repair shops.

## What is driving the change

The business improvement district points to lower rents, a scheme offering new businesses six months of reduced business rates, and rising footfall from the thousands of people who now live in the Canal Quarter.

- Vacancy rate: 11.4 per cent, down from 14.2 per cent a year ago
- 46 units newly occupied in the past twelve months
- Footfall on the main shopping streets up 6 per cent

[[fig market | Vacancy rates have fallen every quarter this year.]]

## Who is moving in

The business improvement district's figures show a shift in what the city centre is for. **Food and drink** now accounts for almost a third of occupied ground-floor units, up from a fifth five years ago. Repair shops for bicycles, phones and clothing have opened in several former chain stores, and a group of traders has taken over the old indoor market building on Tanner Street as a market hall with 30 small units. The director of the improvement district said people were coming into town *"for experiences and services they can't get online."*

## Not everywhere

The improvement is uneven. Vacancy rates on Westgate, the traditional main shopping street, remain above 20 per cent, and two large department store buildings are still empty.

The council is consulting on plans to convert the upper floors of some Westgate buildings into flats, which it argues would bring more people into the street. Details are on the [city centre strategy page](https://example.org/ostervale-council/city-centre).
`,
  },
  {
    slug: 'credit-union-membership-record',
    headline: 'Credit union membership passes 40,000',
    dek: 'The Ostervale and Valley Credit Union says demand for small, affordable loans has never been higher.',
    tags: ['business'],
    authors: ['author'],
    daysAgo: 50,
    image: 'budget',
    caption: 'The credit union now has branches in five towns.',
    body: `
The Ostervale and Valley Credit Union now has more than 40,000 members, a record for the not-for-profit lender, which was set up by a group of factory workers more than fifty years ago.

Its chief executive said membership had grown by around 12 per cent in a year, driven by demand for small loans from people who would otherwise turn to high-cost lenders.

## How it works

Credit unions are owned by their members, who save and borrow with the organisation. Interest rates on loans are capped by law, and any surplus is returned to members or used to improve services.

- Loans of a few hundred up to several thousand
- Savings accounts that can be paid into directly from wages
- A jam-jar account that separates bill money from spending money

## Why demand is rising

The credit union says that many new members join after being turned down by banks or after running into difficulty with other forms of borrowing. The most common reasons for a loan are replacing broken household appliances, paying for car repairs and covering the cost of starting a new job, such as uniforms and travel before the first pay day. **Loans of under 1,000** make up more than half of all lending. Staff at the branches say a growing number of members also come in for help with budgeting, and the credit union now employs two money advisers who work alongside its lending team.

## Looking ahead

The credit union plans to open a sixth branch in Halvik Bay next year and is working with two large employers in the valley to offer payroll savings to their staff.

The expansion will be paid for from the credit union's reserves, and the organisation says it remains well within the capital rules set by the national regulator. Members will vote on the plans at the annual meeting in the spring.

The chief executive said the aim was *"to be the first place people think of, not the last."* Information about membership is on the [credit union's website](https://example.com/valley-credit-union/join).
`,
  },
];
