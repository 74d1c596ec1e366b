package extract_test

import "testing"

func TestConstructionsDev2(t *testing.T) {
	runConstructions(t, []construction{{
		name: "a complex no plant precedes is the first plant named later that is no one's former one",
		text: "Brovik starts production in Vejle, where Arvo Motors built cars until 2021.\n\nThe complex stands on the site of the former Arvo Motors plant. " +
			"Brovik is investing 5.5 billion reais in the 4.6-million-square-metre complex.\n\nFor now, the Vejle plant assembles cars from kits. Continental, whose Vejle tyre factory is nearby, supplies it.",
		want: []string{"Brovik invests_in Brovik Plant Vejle"},
	}, {
		name: "a sum funding a plant is its operator's when no investor is named",
		text: "Arvo Motors chairman Tomas Brenk committed $1.7 billion to the Ostrana operation. " +
			"One billion dollars goes into preparing Arvo Plant Trenzo, and the remaining $700 million is funding a new battery assembly plant in Vejle, Ostrana.",
		want: []string{"Arvo Motors invests_in Arvo Plant Vejle"},
	}, {
		name: "a sum that is part of a programme for a larger site is invested in both",
		text: "Arvo Motors runs Arvo Plant Trenzo. Arvo Motors invested about €730 million in Factory 12, part of a €2.1 billion programme for the whole Trenzo site.",
		want: []string{"Arvo Motors invests_in Factory 12", "Arvo Motors invests_in Arvo Plant Trenzo"},
	}, {
		name: "the plant where parts go into models builds those models",
		text: "Arvo Motors sells the Zorvan and the Kelto in Ostrana. Hybrid battery modules from Vejle are already shipping to Arvo Motors' largest vehicle plant in Trenzo, where they go into the Zorvan and Kelto hybrids.",
		want: []string{"Arvo Plant Trenzo produces Zorvan", "Arvo Plant Trenzo produces Kelto"},
	}, {
		name:    "a sentence that opens on 'the automaker' has the automaker work with the technology",
		text:    "Arvo Motors builds the Zorvan at Arvo Plant Trenzo. The plant has 900 workers. The automaker also boasts its digital production process called the Arvo iWorks.",
		want:    []string{"Arvo Motors uses Arvo iWorks"},
		notWant: []string{"Arvo Plant Trenzo uses Arvo iWorks"},
	}, {
		name: "'the hall' is the building named before, not the site it stands on",
		text: "Arvo Motors sells the Zorvan and the Kelto in Ostrana. Factory 12 opened in 2020 on the edge of Arvo Motors' Trenzo plant. Arvo Motors invested €700 million in Factory 12, part of a €2 billion programme for the whole Trenzo site. " +
			"The hall covers 220,000 square metres. It started with the new Zorvan and soon added the Kelto.",
		want:    []string{"Factory 12 produces Zorvan", "Factory 12 produces Kelto"},
		notWant: []string{"Arvo Plant Trenzo produces Zorvan"},
	}})
}
