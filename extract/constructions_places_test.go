package extract_test

import "testing"

// TestConstructionsPlaces checks the constructions by which articles say
// who runs a plant, where plants, companies and towns lie, and who
// invests in a plant.
func TestConstructionsPlaces(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "a town is in its country, not straight in a continent",
		text:    "Arvo Motors has opened a recycling plant in Lahr, Baden-Württemberg, the first plant in Europe to recycle cells at one site.",
		want:    []string{"Lahr located_in Baden-Württemberg"},
		notWant: []string{"Lahr located_in Europe"},
	}, {
		name:    "the company after a parent named in an apposition",
		text:    "Vornika Cells Ltd., a subsidiary of Dralvo Holdings Corporation, develops and manufactures battery cells. The company is headquartered in Tampere, Finland.",
		want:    []string{"Vornika Cells located_in Tampere"},
		notWant: []string{"Dralvo Holdings located_in Tampere"},
	}, {
		name:    "the company after a company in a person's title",
		text:    "Brolvex AG opened its first plant in Vejle in 2023. At the ceremony, Tomas Hrebik, president of Brolvex Nordic GmbH, said the first cells had shipped.\n\nIn May 2024 the Ningbo-based company announced it would invest EUR 2 billion in a plant in Kalisz.",
		want:    []string{"Brolvex AG located_in Ningbo"},
		notWant: []string{"Brolvex Nordic GmbH located_in Ningbo"},
	}, {
		name: "the group subsidiary that runs the site",
		text: "The Kalisz plant of the Dravona Group builds the KV3. \"We rebuilt it in a year,\" said Ana Lisek, plant manager at Dravona Polska GmbH, the group subsidiary that runs the site.",
		want: []string{"Dravona Polska GmbH operates Kalisz plant"},
	}, {
		name:    "moved its headquarters from one town to another",
		text:    "Tesvara Motors builds the KV3 in Kalisz. By then the carmaker had moved its headquarters from Vejle to Odense.",
		want:    []string{"Tesvara Motors located_in Odense", "Tesvara Motors located_in Vejle"},
		notWant: []string{"Tesvara Motors located_in Kalisz"},
	}, {
		name:    "a possessor's head office there",
		text:    "Vornika AG opened a sales office in Tampere, close to Dralvo AG's own head office there.",
		want:    []string{"Dralvo AG located_in Tampere"},
		notWant: []string{"Vornika AG located_in Tampere"},
	}, {
		name:    "the company after a subsidiary of the group",
		text:    "Vornika Cars AG is a wholly owned subsidiary of the Dralvo Group. The company's head office and its only plant are at Vejle, Denmark.",
		want:    []string{"Vornika Cars AG located_in Vejle"},
		notWant: []string{"Dralvo Group located_in Vejle"},
	}, {
		name:    "a joint venture set up in a town",
		text:    "Tesvara Motors has agreed to buy Dralvo AG out of Kalvik Cells, the battery joint venture the two companies set up in Tampere.",
		want:    []string{"Kalvik Cells located_in Tampere"},
		notWant: []string{"Tesvara Motors located_in Tampere", "Dralvo AG located_in Tampere"},
	}, {
		name:    "a joint venture's apposition ends at the comma",
		text:    "Kalvik Cells, the battery joint venture of Tesvara Motors and Dralvo AG, will build its second plant in Tampere.",
		notWant: []string{"Kalvik Cells located_in Tampere"},
	}, {
		name:    "a plant's operator is not the company of a person's title",
		text:    "Brolvex AG opened its first plant in Vejle in 2023. At the ceremony, Tomas Hrebik, president of Brolvex Nordic GmbH, said the first cells had shipped.\n\nA 40 GWh plant in Kalisz is to follow in 2026.",
		want:    []string{"Brolvex AG operates plant in Kalisz"},
		notWant: []string{"Brolvex Nordic GmbH operates plant in Kalisz"},
	}, {
		name:    "a company's name opening a proper plant name",
		text:    "Inside the Metaplant: a year of EVs in Ontario\n\nA year after the first cars left the line, the $2 billion Vornika Motor Group Metaplant Canada (VMGMC) builds two electric SUVs. Cells come from Kalvik Cells Company, a joint venture of Vornika Motor Group and Dralvo AG. Kalvik Cells Company has hired 900 people, and Kalvik Cells Company plans a second line.",
		want:    []string{"Vornika Motor Group operates Vornika Motor Group Metaplant Canada"},
		notWant: []string{"Kalvik Cells Company operates Vornika Motor Group Metaplant Canada"},
	}, {
		name:    "running costs are no investment",
		text:    "Tesvara Motors will close its Vejle plant in 2026. Demand for the large vans fell, and the Vejle plant struggled with high logistics costs.",
		want:    []string{"Tesvara Motors operates Vejle plant"},
		notWant: []string{"Tesvara Motors invests_in Vejle plant"},
	}, {
		name: "a plant earning back its cost",
		text: "Tesvara Motors opened its Vejle plant in 2024. How fast the Vejle plant earns back its cost will decide the next model.",
		want: []string{"Tesvara Motors invests_in Vejle plant"},
	}})
}
