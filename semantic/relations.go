package semantic

import (
	"cmp"
	"slices"
	"strings"
)

// ModelRelations indexes the relations the tree's models declare
// (Class.Relations), both ways: a model's attribute that holds the
// related row, or a query of the related rows, and the reverse the
// related model gets.
type ModelRelations struct {
	forward map[*Class][]RelatedModel
	reverse map[*Class][]RelatedModel
}

// A RelatedModel is what an attribute of a model holds through a
// relation: rows of Model, a query of them when Many, else one.
type RelatedModel struct {
	Attr  string
	Model *Class
	Many  bool
}

// Of returns what attribute attr of an instance of c holds through a
// relation c declares, or one declared on c by another model.
func (mr *ModelRelations) Of(c *Class, attr string) []RelatedModel {
	var out []RelatedModel
	for _, table := range [2]map[*Class][]RelatedModel{mr.forward, mr.reverse} {
		for _, r := range table[c] {
			if r.Attr == attr {
				out = append(out, r)
			}
		}
	}
	return out
}

// Names reports the attribute names relations give, for a quick test
// before Of.
func (mr *ModelRelations) Names() map[string]bool {
	names := map[string]bool{}
	for _, table := range [2]map[*Class][]RelatedModel{mr.forward, mr.reverse} {
		for _, rs := range table {
			for _, r := range rs {
				names[r.Attr] = true
			}
		}
	}
	return names
}

// Relations returns the relations of the tree's models, resolved: a
// related model the tree does not define is left out.
func (p *Program) Relations() *ModelRelations {
	mr := &ModelRelations{forward: map[*Class][]RelatedModel{}, reverse: map[*Class][]RelatedModel{}}
	var byName map[string][]*Class // top-level classes, made when a relation names its model by a string
	for m := range p.AllModules() {
		for _, c := range m.Classes {
			for _, r := range c.Relations {
				if r.Str && byName == nil {
					byName = p.classesByName()
				}
				to := p.relatedModel(c, r, byName)
				if to == nil {
					continue
				}
				mr.forward[c] = append(mr.forward[c], RelatedModel{Attr: r.Attr, Model: to, Many: r.Many})
				reverse := r.Reverse
				if reverse == "" {
					reverse = strings.ToLower(c.Name)
					if r.ReverseMany {
						reverse += "_set"
					}
				}
				// "+" (or a name ending in it) asks for no reverse; a
				// name with %(class)s is one per subclass.
				if strings.HasSuffix(reverse, "+") || strings.Contains(reverse, "%") {
					continue
				}
				mr.reverse[to] = append(mr.reverse[to], RelatedModel{Attr: reverse, Model: c, Many: r.ReverseMany})
			}
		}
	}
	// In source order, whatever order the maps gave: the solver's bounded
	// cells keep what comes first.
	for _, table := range [2]map[*Class][]RelatedModel{mr.forward, mr.reverse} {
		for _, rs := range table {
			slices.SortStableFunc(rs, func(a, b RelatedModel) int {
				return cmp.Or(cmp.Compare(a.Model.Module.Path, b.Model.Module.Path), cmp.Compare(a.Model.Pos, b.Model.Pos),
					cmp.Compare(a.Attr, b.Attr))
			})
		}
	}
	return mr
}

// classesByName returns the top-level classes of the tree, by name.
func (p *Program) classesByName() map[string][]*Class {
	out := map[string][]*Class{}
	for m := range p.AllModules() {
		for qn, c := range m.Classes {
			if !strings.Contains(qn, ".") {
				out[c.Name] = append(out[c.Name], c)
			}
		}
	}
	return out
}

// relatedModel returns the model r relates c to: "self"; a model by its
// name in c's module, or the one of that name in the tree; by "app.Name"
// the one of the app's package (or the one of that name).
func (p *Program) relatedModel(c *Class, r Relation, byName map[string][]*Class) *Class {
	if !r.Str {
		return p.Class(r.To)
	}
	if r.To == "self" {
		return c
	}
	app, name, dotted := strings.Cut(r.To, ".")
	if !dotted {
		name, app = app, ""
		if k := c.Module.Classes[name]; k != nil {
			return k
		}
	}
	candidates := byName[name]
	if len(candidates) > 1 && app != "" {
		var in []*Class
		for _, k := range candidates {
			if strings.HasPrefix(k.Module.Name, app+".") || strings.Contains(k.Module.Name, "."+app+".") {
				in = append(in, k)
			}
		}
		candidates = in
	}
	if len(candidates) == 1 {
		return candidates[0]
	}
	return nil
}
