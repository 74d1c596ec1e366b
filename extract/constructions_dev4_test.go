package extract_test

import "testing"

func TestConstructionsDev4(t *testing.T) {
	runConstructions(t, []construction{{
		name: "an acronym with a lower-case 'group' is the group's whole name",
		text: "Its partner is Kavrel, a joint venture of the plant engineering company KMT group and the developer Norvane.",
		want: []string{"KMT group owns Kavrel", "Norvane owns Kavrel"},
	}, {
		name: "a licensor develops the chemistry its licensee's cells carry; the licensee uses it",
		text: "Arvo Motors is resuming work on its lithium iron phosphate (LFP) cell plant in Vejle. Arvo Motors announced the plant in February, saying it would make LFP cells with technology licensed from Kestrel Cells.",
		want: []string{"Kestrel Cells develops lithium iron phosphate", "Arvo Motors uses lithium iron phosphate"},
	}, {
		name: "a national company phrase refers to the company the text tied to that country",
		text: "The plant, the first that Korea's Kestrel Semi will run in Europe, makes chips. Kestrel Semi will operate the Vejle fab, which is to process wafers using the Korean company's FinFET process technologies.",
		want: []string{"Kestrel Semi develops FinFET"},
	}, {
		name:    "without such a tie a national company phrase refers to no one",
		text:    "Arvo Motors builds cars in Vejle. The plant uses the Korean company's Zentrix platform.",
		notWant: []string{"Arvo Motors develops Zentrix platform"},
	}, {
		name: "a possessive reaches every item of a list of technologies",
		text: "Kestrel Semi will operate the Vejle fab, which is to process wafers using Kestrel Semi's 40 nm SiGe and 16/12 nm FinFET process technologies.",
		want: []string{"Kestrel Semi develops FinFET"},
	}, {
		name: "a count of a group's brands is filled by the next list of that many companies",
		text: "Two Arvo Group brands, one electric architecture. The Zorbix Platform, which Velmar Motors and Kessel Automobile developed together, has been in series production for a year.",
		want: []string{"Arvo Group owns Velmar Motors", "Arvo Group owns Kessel Automobile"},
	}, {
		name: "owners described, not named, are the pair the text named together before",
		text: "Five years after Arvo Motors (AM) and Kestrel Energy agreed to make battery cells together, their venture looks different. Kovra Cells LLC, owned in equal parts by the automaker and the Korean cell maker, started production at its Vejle plant.",
		want: []string{"Arvo Motors owns Kovra Cells LLC", "Kestrel Energy owns Kovra Cells LLC"},
	}})
}
