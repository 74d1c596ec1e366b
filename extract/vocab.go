package extract

import "strings"

// wordSet is a set of lower-case words or phrases.
type wordSet map[string]bool

func newWordSet(words string) wordSet {
	s := wordSet{}
	for _, line := range strings.Split(words, "\n") {
		for _, w := range strings.Split(line, ",") {
			if w = strings.TrimSpace(w); w != "" {
				s[w] = true
			}
		}
	}
	return s
}

func (s wordSet) has(w string) bool { return s[strings.ToLower(w)] }

// vocab holds the closed word classes of the domain: cue words, heads and
// suffixes. Names of particular companies or places are not here: those
// come from the lexicon and the gazetteer.
type vocab struct {
	// stop: words that never start or end a name, though written with a
	// capital at the start of a sentence or in a headline.
	stop wordSet
	// legal: legal-form suffixes, dropped from canonical company names.
	legal wordSet
	// orgTail: last words that make a name a company ("Motors", "Group").
	orgTail wordSet
	// siteHead: words that make a capitalised name a plant ("Factory").
	siteHead wordSet
	// siteNoun: lower-case nouns for a production site ("plant").
	siteNoun wordSet
	// siteMod: words that may stand between a place and a site noun
	// ("Salzgitter cell factory", "Kecskemét assembly plant").
	siteMod wordSet
	// orgRole: nouns that say the next or previous name is a company.
	orgRole wordSet
	// personRole: job titles and roles of people.
	personRole wordSet
	// honorific: titles written before a name and not part of it.
	honorific wordSet
	// techTail: last words that make a capitalised name a technology.
	techTail wordSet
	// productHead: lower-case heads of product noun phrases.
	productHead wordSet
	// productMod: lower-case modifiers inside product or technology
	// noun phrases.
	productMod wordSet
	// techHead: lower-case heads of technology noun phrases.
	techHead wordSet
	// chemistry: battery chemistries; "<chemistry> battery" is a technology.
	chemistry wordSet
	// vehicleNoun: nouns that mark the name before them as a product.
	vehicleNoun wordSet
	// connector: lower-case words allowed inside a proper name.
	connector wordSet
	// month names, for dates that look like names.
	month wordSet
	// apState maps the news agencies' abbreviations of US states,
	// written after a town ("De Soto, Kan."), to the states' names.
	apState map[string]string
	// polity: political unions and bodies of state, no company of any
	// kind; govHead: words that make a name a body of state.
	polity, govHead wordSet
	// notName: capitalised abbreviations and units that name no entity
	// on their own ("EV", "GWh", "OEM").
	notName wordSet
	// demonym: adjectives of nationality and region; no entity.
	demonym wordSet
}

func newVocab() *vocab {
	return &vocab{
		stop: newWordSet(`a, an, the, this, that, these, those, it, its, it's, he, she, they, we, i, you, his, her, their, our, my, your,
			in, on, at, by, for, from, to, of, with, without, about, after, before, since, until, during, under, over, between, into, through, across, against, among, as, like, near, off, per, via, within, beyond, behind, despite, towards, toward, upon,
			and, or, but, nor, so, yet, if, when, while, where, whereas, although, though, because, once, unless, whether, than, then, also, too, both, either, neither, not, no, yes,
			all, any, each, every, some, many, much, more, most, few, less, least, other, another, such, same, own, only, just, even, still, already, again, however, meanwhile, moreover, furthermore, instead, indeed, thus, therefore, hence, today, tomorrow, yesterday, now, here, there, why, how, what, which, who, whom, whose,
			is, are, was, were, be, been, being, has, have, had, do, does, did, will, would, shall, should, can, could, may, might, must,
			one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, first, second, third, fourth, fifth, last, next, new, old, half, dozens, hundreds, thousands, millions,
			according, apart, aside, besides, overall, together, currently, recently, already, previously, initially, finally, later, earlier, soon, mainly, mostly, almost, around, roughly, nearly, some, above, below,
			mr, mrs, ms, dr, federal, photo, source, gallery, video, read, more, update, note, editor, editors, related, advertisement, sponsored, share, listen, subscribe, newsletter, home, news, search, menu, login, register, cookies, accept,
			monday, tuesday, wednesday, thursday, friday, saturday, sunday, q1, q2, q3, q4, h1, h2, am, pm, ceo, cfo, cto, coo, chief, executive, president, chairman, chairwoman, director, head, vice, board, management, member, minister, governor, mayor, chancellor, premier, secretary, senator, says, said, explains, adds, added`),
		legal:       newWordSet(`ag, se, gmbh, inc, inc., ltd, ltd., limited, llc, plc, corp, corp., co, co., n.v, n.v., nv, s.a, s.a., sa, s.p.a, spa, kg, kgaa, ab, asa, oyj, bv, b.v, b.v., pty, lp, l.p, s.r.o, a.s, zrt, kft, sas, s.a.s, srl, s.r.l, k.k, co.,ltd`),
		orgTail:     newWordSet(`cars, ag, se, gmbh, inc, ltd, limited, llc, plc, corp, corporation, co, company, n.v, nv, s.a, sa, spa, kg, ab, asa, oyj, bv, pty, group, holding, holdings, motors, motor, ventures, automotive, industries, technologies, technology co, semiconductors, semiconductor, solutions, mobility, capital, partners, energy, cells, batteries, battery, battery company, electronics, automobile, automobiles, auto, autos, manufacturing co, systems, materials, chemicals, metals, steel, trucks, bank, fund, association, federation, alliance, consortium, investments, enterprises, international, works council, advisors, labs, robotics, solar, power, chemical, steel, glass, logistics, aerospace, airlines`),
		siteHead:    newWordSet(`plant, factory, gigafactory, megafactory, metaplant, works, fab, campus, centre, center, hub, site, complex, park, facility, mill, foundry, refinery, assembly, werk`),
		siteNoun:    newWordSet(`plant, plants, factory, factories, gigafactory, gigafactories, megafactory, site, sites, facility, facilities, works, fab, fabs, complex, hub, campus, assembly plant, production site, production facility, location`),
		siteMod:     newWordSet(`assembly, auto, car, vehicle, engine, battery, cell, bus, truck, transmission, pressing, recycling, component, components, components', motor, chip, wafer, paint, body, cathode, materials, material, pilot, parts, tyre, tire, van, ev, electric, production, manufacturing, main, home, parent, new, former, existing, second, first, third, vehicle assembly, final assembly, drive, e-drive, axle, module, pack, semiconductor, foundry, research, development, r&d, innovation, test, testing, training, logistics`),
		orgRole:     newWordSet(`carmaker, carmakers, automaker, automakers, automotive group, manufacturer, manufacturers, maker, makers, supplier, suppliers, start-up, startup, company, companies, firm, firms, group, giant, rival, rivals, partner, partners, subsidiary, subsidiaries, unit, brand, brands, producer, producers, chipmaker, chipmakers, investor, investors, fund, conglomerate, venture, joint venture, operator, customer, customers, client, automobile manufacturer, battery maker, cell maker, vendor, provider, consortium, specialist, specialists, developer, developers, retailer, retailers, distributor, distributors, shareholder, shareholders, buyer, buyers, recycler, recyclers, miner, miners, refiner, refiners, association, automaker's, carmaker's, supplier's, company's, group's`),
		personRole:  newWordSet(`ceo, cfo, cto, coo, chief, executive, president, vice-president, chairman, chairwoman, chair, director, head, manager, board, member, spokesperson, spokesman, spokeswoman, founder, co-founder, cofounder, boss, officer, engineer, minister, governor, mayor, chancellor, premier, secretary, senator, analyst, professor, leader, lead, chief executive, managing director, plant manager, general manager, senior vice president, executive vice president, vp, svp, evp, md, plant director, responsible`),
		honorific:   newWordSet(`mr, mrs, ms, dr, prof, professor, sir, dame, lord, lady, chancellor, president, governor, minister, mayor, premier, ceo, cfo, cto, coo, chairman, chairwoman, director, secretary, senator, representative, prime, deputy, vice, chief, executive, founder, boss, spokesperson, spokesman, spokeswoman`),
		techTail:    newWordSet(`platform, architecture, toolkit, technology, technologies, system, process, chassis, os, software, standard, method, concept, protocol`),
		productHead: newWordSet(`battery, batteries, cell, cells, module, modules, pack, packs, motor, motors, e-motor, e-motors, engine, engines, transmission, transmissions, gearbox, gearboxes, chip, chips, microcontroller, microcontrollers, semiconductor, semiconductors, wafer, wafers, material, materials, chassis, axle, axles, inverter, inverters, drive unit, drive units, tyre, tyres, tire, tires, case, cases, casing, casings, crown, crowns, block, blocks, housing, housings, seat, seats, harness, harnesses, sensor, sensors, component, components, precursor, precursors, cathode, cathodes, anode, anodes, electrolyte, separator, separators, foil, foils, storage system, storage systems, battery system, battery systems, headlamp, headlamps, headlight, headlights, lamp, lamps, taillight, taillights, bumper, bumpers, windscreen, windscreens, enclosure, enclosures, charger, chargers, van, vans, truck, trucks, bus, buses, hydroxide, carbonate, lithium, nickel, cobalt, manganese, graphite, copper, aluminium, sunroof, sunroofs, heater, heaters, seat cover, seat covers, panoramic roof, panoramic roofs, coach body, coach bodies, bus body, bus bodies, wire harness, wire harnesses`),
		productMod:  newWordSet(`matrix, led, high-voltage, low-voltage, cylindrical, prismatic, pouch, battery, cell, electric, lithium-ion, sodium-ion, solid-state, cathode, anode, active, power, radar, solar, hybrid, combustion, internal, round, dry, large-scale, energy, storage, drive, e-drive, lfp, nmc, nca, gen5, gen6, fifth-generation, sixth-generation, next-generation, new-generation, 2170, 4680, 4695, 46-series, air, brake, piston, valve, automatic, 8-speed, 6-speed, analogue, mixed-signal, analogue/mixed-signal, silicon, carbide, silicon-carbide, sic, gallium, nitride, 300-millimetre, 200-millimetre, 300mm, 200mm, bio-based, natural, recycled, raw, precursor, lithium, nickel, manganese, cobalt, iron, phosphate, graphite, copper, aluminium, aluminum, steel, plastic, structural, thermal, traction, battery-electric, plug-in, fuel-cell, hydrogen, electric-drive, axial-flux, permanent-magnet, induction, rear, front, light, heavy, commercial, delivery, semi-solid-state, all-solid-state, blade, lithium-metal, high-nickel, mid-nickel, cobalt-free, nickel-rich, manganese-rich`),
		techHead:    newWordSet(`twin, twins, intelligence, recognition, mapping, casting, die-casting, recycling, printing, coating, stamping, welding, learning, vision, robotics, automation, simulation, analytics, blockchain, exoskeleton, exoskeletons, cobot, cobots, gigacasting, megacasting, hydrometallurgy, pyrometallurgy, architecture, robot, robots, painting, guided vehicle, guided vehicles`),
		chemistry:   newWordSet(`lithium-ion, sodium-ion, solid-state, semi-solid-state, all-solid-state, lithium-metal, lithium-sulfur, lithium-sulphur, lfp, nmc, nca, ncm, lmfp, lmr, lithium iron phosphate, lithium-iron-phosphate, lithium manganese iron phosphate, nickel-manganese-cobalt, nickel-cobalt-manganese, nickel-metal hydride, lead-acid, sodium, solid, structural, blade`),
		vehicleNoun: newWordSet(`model, models, plug-in, suv, suvs, crossover, crossovers, sedan, saloon, hatchback, coupe, coupé, estate, pickup, pick-up, truck, van, minivan, roadster, compact, ev, evs, bev, phev, hybrid, electric, car, cars, vehicle, vehicles, variant, version, series, range, line-up, lineup, e-suv`),
		connector:   newWordSet(`of, for, and, &, de, der, den, des, du, la, le, van, von, y, e, del, da, do`),
		apState: map[string]string{
			"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
			"Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
			"Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
			"Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
			"Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey",
			"N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma",
			"Ore": "Oregon", "Pa": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota",
			"Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
			"W.Va": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming",
		},
		polity:  newWordSet(`eu, european union, un, united nations, nato, wto, imf, opec, g7, g20, european commission, european parliament, european council, white house, bundestag, congress, senate, ipcei, important project of common european interest`),
		govHead: newWordSet(`department, ministry, government, agency, parliament, commission, senate, congress, administration, treasury, bundestag`),
		notName: newWordSet(`ev, evs, bev, bevs, phev, phevs, hev, ice, suv, suvs, gwh, mwh, kwh, kw, mw, gw, twh, co2, oem, oems, r&d, it, hr, pr, usd, eur, gbp, cny, rmb, gdp, ceo, cfo, coo, cto, vp, q, h, am, pm, tv, pdf, faq, esg, ipo, m&a, kg, km, mph, nm, mm, cm, ev-only, ceos, ai-based, covid, covid-19, ira, chips, act, plc, inc, ltd, gmbh, ag, se, llc, corp, co, nv, sa, pt, v, vs, no, nos, st, mr, ms, dr, i, ii, iii, iv, x, y`),
		demonym: newWordSet(`german, germans, french, british, english, scottish, welsh, irish, italian, spanish, portuguese, dutch, belgian, swiss, austrian, hungarian, polish, czech, slovak, slovakian, slovenian, romanian, bulgarian, serbian, croatian, greek, turkish, swedish, norwegian, danish, finnish, estonian, latvian, lithuanian, russian, ukrainian, american, canadian, mexican, brazilian, argentinian, chilean, chinese, japanese, korean, south korean, indian, thai, vietnamese, indonesian, malaysian, australian, european, asian, african, saxon, bavarian, thuringian, swabian, catalan, texan, californian, taiwanese, moroccan, egyptian, saudi, emirati, israeli, southeast asian, north american, latin american, western, eastern, northern, southern, central`),
		month:   newWordSet(`january, february, march, april, may, june, july, august, september, october, november, december, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec`),
	}
}

// pluralSiteNoun reports whether a site noun names several sites
// ("plants", "fabs"). "works" and "campus" end in "s" but name one.
func pluralSiteNoun(w string) bool {
	return strings.HasSuffix(w, "s") && w != "works" && !strings.HasSuffix(w, "us")
}
