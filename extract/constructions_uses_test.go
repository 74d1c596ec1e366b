package extract_test

import "testing"

// TestConstructionsUses checks which plant or company uses a technology.
func TestConstructionsUses(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "a technology a relative clause denies",
		text:    "Arvo Cells runs a cell plant in Vejle. It will not grow until it has reviewed cheaper chemistries such as lithium iron phosphate (LFP), which Arvo Cells does not yet make.",
		notWant: []string{"Arvo Cells Plant Vejle uses LFP", "Arvo Cells uses LFP"},
	}, {
		name:    "a name and its acronym make one plant no more the article's",
		text:    "Lena Brandt has been director of Arvo Motors Plant Vejle since 2021. The first cars are built at the pilot plant of our Kestrel Test Centre (KTC), also in Vejle. Every new hall exists first as a digital twin.",
		notWant: []string{"Kestrel Test Centre uses digital twin"},
	}, {
		name:    "employees and an installed capacity use nothing",
		text:    "Arvo Motors builds the KV9 at its Vejle plant. Arvo Motors has 3,000 employees in Vejle, where a digital twin plans every line. Its stainless-steel exoskeleton needed new tooling, and Arvo Motors has listed an installed capacity of 90,000 cars a year.",
		want:    []string{"Vejle plant uses digital twin"},
		notWant: []string{"Arvo Motors uses digital twin", "Arvo Motors uses stainless-steel exoskeleton"},
	}, {
		name:    "a plant making parts for a platform does not use it",
		text:    "Solvik Automobiles builds the KV9 at its Vejle plant. Kalmora Drives has begun building electric motors for the Zorbix Platform (ZP) at its Trenzo plant. From 2027, the Aldby plant will assemble high-voltage batteries for the Quendra platform.",
		notWant: []string{"Trenzo plant uses Zorbix Platform", "Aldby plant uses Quendra"},
	}, {
		name:    "a company making cells of a chemistry uses it",
		text:    "Kalmora Energy builds cells in Vejle. Together with Arvo Motors, Kalmora Energy plans to make lithium iron phosphate (LFP) batteries in Trenzo from 2027. Norcell Energy does not make LFP cells.",
		want:    []string{"Kalmora Energy uses lithium iron phosphate"},
		notWant: []string{"Arvo Motors uses lithium iron phosphate", "Norcell Energy uses lithium iron phosphate"},
	}, {
		name:    "what a technology uses is part of it",
		text:    "Arvo Motors builds the KV9 at its Vejle plant. Quality inspection at the plant relies on the Zorbix platform. The Zorbix platform uses AI-supported image recognition methods that assist employees.",
		want:    []string{"Vejle plant uses Zorbix"},
		notWant: []string{"Vejle plant uses image recognition", "Arvo Motors uses image recognition"},
	}})
}
