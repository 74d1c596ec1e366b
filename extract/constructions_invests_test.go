package extract_test

import "testing"

func TestConstructionsInvests(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "a named investor's sum is not also the operator's",
		text:    "Tarvo Motors builds the Tarvo Sprint at Tarvo Plant Ostrana. The Arvo Group has paused its plan to invest more than £400 million in Tarvo Plant Ostrana.",
		want:    []string{"Arvo Group invests_in Tarvo Plant Ostrana"},
		notWant: []string{"Tarvo Motors invests_in Tarvo Plant Ostrana"},
	}, {
		name:    "incentives are no investment of the operator",
		text:    "Arvo Motors will build cells at Arvo Plant Trenzo. The regional government approved incentives worth about $900 million for Arvo Plant Trenzo.",
		notWant: []string{"Arvo Motors invests_in Arvo Plant Trenzo"},
	}, {
		name:    "the sum paid for a former plant is not its old operator's",
		text:    "Norvik Trucks closed a $120 million purchase of the former Arvo Motors plant in Trenzo, Ostrana.",
		notWant: []string{"Arvo Motors invests_in Arvo Plant Trenzo"},
	}, {
		name:    "a stake that ends its clause",
		text:    "Dravik Semiconductor, in which Arvo Motors and Norvik Trucks hold minority stakes, started up its Trenzo fab last spring.",
		notWant: []string{"Norvik Trucks invests_in Dravik Semiconductor Plant Trenzo"},
	}, {
		name: "a site named only later is what an earlier 'the complex' refers to",
		text: "Brovik starts production in Vejle.\n\nThe complex stands on the site of the former Arvo Motors plant. " +
			"Brovik is investing 5.5 billion reais, roughly US$1 billion, in the 4.6-million-square-metre complex. Brovik builds the Zorvan at the Vejle plant.",
		want: []string{"Brovik invests_in Vejle plant"},
	}})
}
