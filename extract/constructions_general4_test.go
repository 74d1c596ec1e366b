package extract_test

import "testing"

// Constructions of held-out-style articles with unseen names, fourth set:
// supply phrasings, ownership asides, the plant as a subject.
func TestConstructionsGeneral4(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "an appositive supplier is the company the apposition follows",
		text:    "Korvel Group has just delivered a press to Dastra Industries, a family-owned die-caster in Lyon, and a supplier to Brava Group and Zentra Motors.",
		want:    []string{"Korvel Group supplies Dastra Industries", "Dastra Industries supplies Brava Group", "Dastra Industries supplies Zentra Motors"},
		notWant: []string{"Korvel Group supplies Brava Group"},
	}, {
		name:    "an owner in an aside supplies nothing",
		text:    "Kestra Robotics, owned by China's Polva Group since 2017, will supply about 1,000 robots for the body shop of Orvo Motors' new plant in Blythewood.",
		want:    []string{"Kestra Robotics supplies Orvo Motors"},
		notWant: []string{"Polva Group supplies Orvo Motors"},
	}, {
		name: "the plant supplies: its operator does",
		text: "Aptor Electronics is investing $150 million in its wire-harness plant in Ciudad Juárez, Mexico. The plant supplies Fenwick Motor Company and Velmar Motors.",
		want: []string{"Aptor Electronics supplies Fenwick Motor Company", "Aptor Electronics supplies Velmar Motors"},
	}, {
		name: "supplied by, with no customer named: the company the text is about",
		text: "Lindqvist Cars builds the L5 in Varberg. Lindqvist Cars also builds the L7 there. The 300 or so robots in the body shop were supplied by Halden Robotics.",
		want: []string{"Halden Robotics supplies Lindqvist Cars"},
	}, {
		name:    "a supplier to A, and to B under an agreement",
		text:    "Norvik Electronics opened a fab in Marcy in 2022. Norvik Electronics remains a supplier to Tarsa Motors, and to Brava Electronics under a wafer agreement signed in 2023.",
		want:    []string{"Norvik Electronics supplies Tarsa Motors", "Norvik Electronics supplies Brava Electronics", "Norvik Electronics partners_with Brava Electronics"},
		notWant: []string{"Tarsa Motors partners_with Brava Electronics"},
	}, {
		name:    "ownership in the passive with words before by",
		text:    "Velmar Cars was acquired by Arvo Motors in 2021. Kestra Batteries, controlled since 2019 by Brava Holdings, builds packs. Zorvo Robotics was bought last year by Marlow Industries.",
		want:    []string{"Arvo Motors owns Velmar Cars", "Brava Holdings owns Kestra Batteries", "Marlow Industries owns Zorvo Robotics"},
		notWant: []string{"Velmar Cars owns Arvo Motors", "Zorvo Robotics owns Marlow Industries", "Marlow Industries supplies Zorvo Robotics"},
	}, {
		name: "taken over by a company that had invested before",
		text: "Norvik Cycle, the Toronto-based recycler, has been taken over by Halvard Group, which had already invested in the company in 2022.",
		want: []string{"Halvard Group owns Norvik Cycle", "Halvard Group invests_in Norvik Cycle"},
	}, {
		name: "a consortium set up with others: every pair of members",
		text: "Velmar Motors is a founding member of the Open Battery Consortium, which it set up in 2021 with Arvo Motors, Kestra Motors and Zorvo Motor.",
		want: []string{"Velmar Motors partners_with Arvo Motors", "Velmar Motors partners_with Zorvo Motor", "Arvo Motors partners_with Kestra Motors", "Kestra Motors partners_with Zorvo Motor"},
	}, {
		name: "a consortium of companies: every pair",
		text: "The plant was built by a consortium of Halden Group, Brava Holdings and Tarsa Motors.",
		want: []string{"Halden Group partners_with Brava Holdings", "Halden Group partners_with Tarsa Motors", "Brava Holdings partners_with Tarsa Motors"},
	}, {
		name: "the shareholders named before fund the campus",
		text: "Arvo Motors is owned by five groups: Kessel Group, Varn Holding and Zorvo Holding. The five shareholders funded the Arvo Technology Campus, which covers 1.2 million square metres.",
		want: []string{"Kessel Group invests_in Arvo Technology Campus", "Varn Holding invests_in Arvo Technology Campus", "Zorvo Holding invests_in Arvo Technology Campus"},
	}})
}
