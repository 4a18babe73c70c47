package graph_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/citegraph/citegraph/graph/generated"
)

// TestSchemaDocumented checks that every type, field, argument and enum
// value of the schema has a description: GraphiQL shows them to the API's
// users as its documentation.
func TestSchemaDocumented(t *testing.T) {
	s := generated.NewExecutableSchema(generated.Config{}).Schema()
	builtin := []string{"String", "Int", "Float", "Boolean", "ID"}
	var missing []string
	for name, def := range s.Types {
		if strings.HasPrefix(name, "__") || slices.Contains(builtin, name) || def.BuiltIn {
			continue
		}
		if def.Description == "" {
			missing = append(missing, name)
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			if f.Description == "" {
				missing = append(missing, name+"."+f.Name)
			}
			for _, a := range f.Arguments {
				if a.Description == "" {
					missing = append(missing, name+"."+f.Name+"("+a.Name+")")
				}
			}
		}
		for _, v := range def.EnumValues {
			if v.Description == "" {
				missing = append(missing, name+"."+v.Name)
			}
		}
	}
	slices.Sort(missing)
	if len(missing) > 0 {
		t.Errorf("undocumented in schema/: %s", strings.Join(missing, ", "))
	}
}
