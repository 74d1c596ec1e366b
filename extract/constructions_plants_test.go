package extract_test

import "testing"

func TestConstructionsPlants(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "possessive over a passing adjective",
		text:     "Arvo Motors built cars in Vejle for decades. The first Zorvan was assembled at Brovik's new Vejle complex, which occupies the site of a Arvo Motors plant.",
		entities: []string{"Vejle complex/plant", "Arvo Motors plant/plant"},
		want:     []string{"Brovik operates Vejle complex", "Arvo Motors operates Arvo Motors plant"},
		notWant:  []string{"Arvo Motors operates Vejle complex"},
	}, {
		name:     "an indefinite plant in a country",
		text:     "Kovra Energy operates the Vejle plant. For Kovra Energy, it is a chance to scale up a cell type inside a US plant.",
		entities: []string{"Vejle plant/plant"},
		notForms: []string{"US plant"},
	}, {
		name:     "a plant next to another in the same town",
		text:     "Arvo Motors makes engines. Kovra Energy will build its first cell plant in Vejle. The Vejle plant will sit right next to the existing Arvo Motors engine factory in the town.",
		entities: []string{"Vejle plant/plant", "Arvo Motors engine factory/plant"},
		want:     []string{"Arvo Motors operates Arvo Motors engine factory", "Kovra Energy operates Vejle plant"},
		notWant:  []string{"Arvo Motors operates Vejle plant"},
	}, {
		name:     "a plant beside another takes its town",
		text:     "Arvo Motors makes engines. Kovra Energy built its first gigafactory in Vejle, directly beside the Arvo Motors engine plant that has turned out engines for decades.",
		entities: []string{"gigafactory in Vejle/plant", "Arvo Motors engine plant/plant"},
		want:     []string{"Arvo Motors operates Arvo Motors engine plant", "Kovra Energy operates gigafactory in Vejle", "Arvo Motors engine plant located_in Vejle"},
	}, {
		name:     "a proper name before a site noun",
		text:     "Kovra Energy opened the Vejle plant, right next to the carmaker's Vejle Assembly complex, where Arvo Motors builds the Zorvan.",
		entities: []string{"Vejle Assembly/plant", "Vejle plant/plant"},
		same:     []string{"Vejle Assembly = Vejle Assembly complex"},
		want:     []string{"Kovra Energy operates Vejle plant"},
	}, {
		name:     "the site of a former plant",
		text:     "Brovik starts production in Vejle, a town that Arvo Motors left in 2021. The complex stands on the site of the former Arvo Motors plant. Brovik is investing heavily in the complex. The Vejle plant builds the Zorvan.",
		entities: []string{"Arvo Motors plant/plant", "Vejle plant/plant"},
		want:     []string{"Arvo Motors operates Arvo Motors plant", "Arvo Motors plant located_in Vejle", "Brovik operates Vejle plant", "Vejle plant produces Zorvan"},
		notWant:  []string{"Brovik invests_in Arvo Motors plant", "Arvo Motors operates Vejle plant"},
	}, {
		name:     "a name in apposition to a plant is the plant",
		text:     "Arvo Motors is resuming work on Arvo Energy Park Ostvik, the lithium iron phosphate (LFP) cell plant in Vejle, Kentucky, that it stopped building in May.",
		entities: []string{"Arvo Energy Park Ostvik/plant"},
		same:     []string{"Arvo Energy Park Ostvik = cell plant in Vejle"},
		want:     []string{"Arvo Motors operates Arvo Energy Park Ostvik", "Arvo Energy Park Ostvik located_in Vejle"},
	}, {
		name: "a group named as a later noun's owner does not run the next sentence's plants",
		text: "Arvo Kovra Automotive (AKA) is a joint venture of the Brovik Group and Kovra Holdings. In twenty years, AKA has grown into the Brovik Group's largest production base. " +
			"Plant Dalby started production in 2004 and Plant Vejle followed in 2012. AKA builds seven model ranges, among them the fully electric Zorvan Z3.",
		entities: []string{"Arvo Kovra Plant Dalby/plant"},
		want:     []string{"Arvo Kovra Automotive operates Plant Dalby", "Arvo Kovra Automotive operates Plant Vejle", "Arvo Kovra Automotive produces Zorvan Z3"},
		notWant:  []string{"Brovik Group operates Plant Dalby", "Plant Vejle produces Zorvan Z3"},
	}, {
		name:    "a company's one cell plant makes the cells it says it will make",
		text:    "Arvo Motors is resuming work on its LFP cell plant in Vejle. Arvo Motors announced the $3.5 billion project in February, saying it would make LFP cells with technology licensed from Kovra Energy.",
		want:    []string{"cell plant in Vejle produces LFP cells"},
		notWant: []string{"Arvo Motors produces LFP cells"},
	}})
}
