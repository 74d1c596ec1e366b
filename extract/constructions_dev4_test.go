package extract_test

import "testing"

func TestConstructionsDev4(t *testing.T) {
	runConstructions(t, []construction{{
		name: "an acronym with a lower-case 'group' is the group's whole name",
		text: "Its partner is Kavrel, a joint venture of the plant engineering company KMT group and the developer Norvane.",
		want: []string{"KMT group owns Kavrel", "Norvane owns Kavrel"},
	}})
}
