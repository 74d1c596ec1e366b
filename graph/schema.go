package graph

import "fmt"

// EntityType is one of the six kinds of thing the graph knows.
type EntityType string

// The entity types of the schema (see the corpus guidelines).
const (
	Company    EntityType = "company"
	Plant      EntityType = "plant"
	Person     EntityType = "person"
	Technology EntityType = "technology"
	Product    EntityType = "product"
	Location   EntityType = "location"
)

// EntityTypes returns every entity type in a fixed order.
func EntityTypes() []EntityType {
	return []EntityType{Company, Plant, Person, Technology, Product, Location}
}

// Valid reports whether t is a type of the schema.
func (t EntityType) Valid() bool {
	for _, k := range EntityTypes() {
		if k == t {
			return true
		}
	}
	return false
}

// ParseEntityType returns the type named s or an error naming s.
func ParseEntityType(s string) (EntityType, error) {
	t := EntityType(s)
	if !t.Valid() {
		return "", fmt.Errorf("unknown entity type %q", s)
	}
	return t, nil
}

// Predicate is one of the ten relation kinds of the schema.
type Predicate string

// The predicates of the schema.
const (
	Produces     Predicate = "produces"
	Operates     Predicate = "operates"
	LocatedIn    Predicate = "located_in"
	WorksFor     Predicate = "works_for"
	Supplies     Predicate = "supplies"
	InvestsIn    Predicate = "invests_in"
	PartnersWith Predicate = "partners_with"
	Develops     Predicate = "develops"
	Uses         Predicate = "uses"
	Owns         Predicate = "owns"
)

// Predicates returns every predicate in a fixed order.
func Predicates() []Predicate {
	return []Predicate{Produces, Operates, LocatedIn, WorksFor, Supplies, InvestsIn, PartnersWith, Develops, Uses, Owns}
}

// signature lists the subject and object types a predicate takes.
type signature struct{ subject, object []EntityType }

func (p Predicate) signature() (signature, bool) {
	switch p {
	case Produces:
		return signature{[]EntityType{Company, Plant}, []EntityType{Product}}, true
	case Operates:
		return signature{[]EntityType{Company}, []EntityType{Plant}}, true
	case LocatedIn:
		return signature{[]EntityType{Plant, Company, Location}, []EntityType{Location}}, true
	case WorksFor:
		return signature{[]EntityType{Person}, []EntityType{Company}}, true
	case Supplies, PartnersWith, Owns:
		return signature{[]EntityType{Company}, []EntityType{Company}}, true
	case InvestsIn:
		return signature{[]EntityType{Company}, []EntityType{Company, Plant}}, true
	case Develops, Uses:
		return signature{[]EntityType{Company, Plant}, []EntityType{Technology}}, true
	}
	return signature{}, false
}

// Valid reports whether p is a predicate of the schema.
func (p Predicate) Valid() bool {
	_, ok := p.signature()
	return ok
}

// Allows reports whether the schema lets p link a subject of type subj to
// an object of type obj. Unknown predicates allow nothing.
func (p Predicate) Allows(subj, obj EntityType) bool {
	sig, ok := p.signature()
	return ok && contains(sig.subject, subj) && contains(sig.object, obj)
}

// Symmetric reports whether p reads the same in both directions.
func (p Predicate) Symmetric() bool { return p == PartnersWith }

// ParsePredicate returns the predicate named s or an error naming s.
func ParsePredicate(s string) (Predicate, error) {
	p := Predicate(s)
	if !p.Valid() {
		return "", fmt.Errorf("unknown predicate %q", s)
	}
	return p, nil
}

func contains(ts []EntityType, t EntityType) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}
