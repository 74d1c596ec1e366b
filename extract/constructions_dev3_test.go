package extract_test

import "testing"

func TestConstructionsDev3(t *testing.T) {
	runConstructions(t, []construction{{
		name: "a second role joined by 'and' names a second company",
		text: "Arvo Motors breaks ground in Vejle. Karl Brenner, Member of the Board of Management of Arvo Motors for Technology and chairman of the Kestrel Cells supervisory board, said Kestrel Cells would grow.",
		want: []string{"Karl Brenner works_for Arvo Motors", "Karl Brenner works_for Kestrel Cells"},
	}, {
		name: "the one a person succeeded held the same post",
		text: "\"We are growing,\" said Lena Vogt, Chief Executive of Arvo Motors, who succeeded Tomas Brenk at the end of 2023.",
		want: []string{"Lena Vogt works_for Arvo Motors", "Tomas Brenk works_for Arvo Motors"},
	}, {
		name:    "a public office after a name titles the next person, not the one before",
		text:    "The guests included Kestrel Cells chief executive Lena Vogt, Ostrana's premier Tomas Brenk and Arvo Motors president Karl Brenner.",
		want:    []string{"Lena Vogt works_for Kestrel Cells", "Karl Brenner works_for Arvo Motors"},
		notWant: []string{"Tomas Brenk works_for Arvo Motors", "Tomas Brenk works_for Kestrel Cells"},
	}, {
		name:    "a title of an organisation that is no company is no job at the article's company",
		text:    "Arvo Motors opened its Vejle plant. Arvo Motors makes cars. At the opening, Ostrana Commission president Lena Vogt met Kestrel Cells chief executive Karl Brenner.",
		want:    []string{"Karl Brenner works_for Kestrel Cells"},
		notWant: []string{"Lena Vogt works_for Arvo Motors", "Lena Vogt works_for Kestrel Cells"},
	}, {
		name: "a relative clause after a titled name adds the company the person led before",
		text: "Kestrel Cells president Lena Vogt, who previously ran Arvo Motors' Vejle plant, opened the fab.",
		want: []string{"Lena Vogt works_for Kestrel Cells", "Lena Vogt works_for Arvo Motors"},
	}, {
		name: "years spent at a company are work for it",
		text: "Kestrel Cells runs the Vejle plant. Its manager, Karl Brenner, spent almost twenty years at Arvo Motors in Trenzo before joining Kestrel Cells in 2020.",
		want: []string{"Karl Brenner works_for Arvo Motors", "Karl Brenner works_for Kestrel Cells"},
	}, {
		name: "a caption line names a person by first name and a plain word",
		text: "Arvo starts motor production in Vejle\n\nArvo has begun building electric motors at its Vejle plant.\n\nGerd Walker, Arvo board member for production, at the Vejle motor plant",
		want: []string{"Gerd Walker works_for Arvo"},
	}, {
		name:    "the division of a named company is that company",
		text:    "Kestrel Cells builds a cell plant in Vejle. Arvo Systems takes a stake in Kestrel Cells. \"We help,\" said Karl Brenner, CEO of the Arvo Systems Digital Factory Division. Kestrel Cells CEO Lena Vogt welcomed it.",
		want:    []string{"Karl Brenner works_for Arvo Systems"},
		notWant: []string{"Karl Brenner works_for Kestrel Cells"},
	}, {
		name: "a customer for goods from a town buys from the plant there",
		text: "Battery maker Kestrel Cells is building its cell plant in Vejle. Arvo Motors was named early as one of the first customers for cells from Vejle, which are to supply its car plants.",
		want: []string{"Kestrel Cells supplies Arvo Motors"},
	}})
}
