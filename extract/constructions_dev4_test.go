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
	}})
}
