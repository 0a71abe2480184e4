package config

import (
	"fmt"
	"math"
	"reflect"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// checkTypes compares a YAML node with the Go type it is about to be
// decoded into, so that a value of the wrong kind is reported in the
// config's own terms, at the value:
//
//	c.yml:3:18: rules.typo.suggestions: want a whole number, not "lots"
//
// rather than in go-yaml's ("cannot unmarshal string into Go struct field
// Options.Suggestions of type int"). path is the node's key path ("" for
// the top of the file). Unknown keys are left to the decoder, which reports
// them itself; so are aliases and tagged values.
func checkTypes(file string, n ast.Node, t reflect.Type, path string) error {
	if a, ok := n.(*ast.AnchorNode); ok {
		n = a.Value
	}
	switch n.(type) {
	case nil, *ast.NullNode, *ast.AliasNode, *ast.TagNode:
		return nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	wrong := func(want string) error {
		return errorAt(file, n, "%swant %s, not %s", keyPrefix(path), want, describe(n))
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		entries, ok := mappingEntries(n)
		if !ok {
			return wrong("a mapping (key: value pairs)")
		}
		for _, e := range entries {
			if e.Key.IsMergeKey() {
				continue
			}
			key := keyName(e.Key)
			var ft reflect.Type
			if t.Kind() == reflect.Map {
				ft = t.Elem()
			} else if ft = fieldType(t, key); ft == nil {
				continue // unknown: the decoder says so
			}
			if err := checkTypes(file, e.Value, ft, joinKey(path, key)); err != nil {
				return err
			}
		}
	case reflect.Slice:
		seq, ok := n.(*ast.SequenceNode)
		if !ok {
			return wrong("a list")
		}
		for i, v := range seq.Values {
			if err := checkTypes(file, v, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	case reflect.Bool:
		if _, ok := n.(*ast.BoolNode); !ok {
			return wrong("true or false")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, ok := n.(*ast.IntegerNode)
		if !ok {
			return wrong("a whole number")
		}
		if !fitsInt(i, t) {
			return errorAt(file, n, "%s%s is too large", keyPrefix(path), describe(n))
		}
	case reflect.Float32, reflect.Float64:
		switch n.(type) {
		case *ast.IntegerNode, *ast.FloatNode, *ast.InfinityNode, *ast.NanNode:
		default:
			return wrong("a number")
		}
	case reflect.String:
		if _, ok := n.(ast.ScalarNode); !ok {
			return wrong("text")
		}
	}
	return nil
}

// fitsInt reports whether an integer node's value fits a Go integer type.
func fitsInt(n *ast.IntegerNode, t reflect.Type) bool {
	var v int64
	switch x := n.Value.(type) {
	case int64:
		v = x
	case uint64:
		if x > math.MaxInt64 {
			return false
		}
		v = int64(x)
	default:
		return false
	}
	return !reflect.New(t).Elem().OverflowInt(v)
}

// keyPrefix starts a message about the value at a key path.
func keyPrefix(path string) string {
	if path == "" {
		return ""
	}
	return path + ": "
}

// joinKey is the key path of key in the mapping at path.
func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// mappingEntries are the key: value pairs of a mapping node.
func mappingEntries(n ast.Node) ([]*ast.MappingValueNode, bool) {
	switch m := n.(type) {
	case *ast.MappingNode:
		return m.Values, true
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{m}, true
	}
	return nil, false
}

// keyName is a mapping key as text, without quotes or comments.
func keyName(k ast.MapKeyNode) string {
	if s, ok := k.(*ast.StringNode); ok {
		return s.Value
	}
	if tk := k.GetToken(); tk != nil {
		return tk.Value
	}
	return k.String()
}

// fieldType is the type of the struct field a YAML key sets, looking into
// inlined structs; nil when no field takes the key.
func fieldType(t reflect.Type, key string) reflect.Type {
	for i := range t.NumField() {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if strings.Contains(opts, "inline") {
			if ft := fieldType(f.Type, key); ft != nil {
				return ft
			}
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		if name == key && name != "-" && f.IsExported() {
			return f.Type
		}
	}
	return nil
}

// describe is a value as the message shows it: text quoted, numbers and
// booleans as written, collections by kind.
func describe(n ast.Node) string {
	switch n := n.(type) {
	case *ast.StringNode:
		return fmt.Sprintf("%q", n.Value)
	case *ast.LiteralNode:
		return fmt.Sprintf("%q", n.Value.Value)
	case *ast.SequenceNode:
		return "a list"
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a mapping"
	}
	if tk := n.GetToken(); tk != nil {
		return tk.Value
	}
	return n.String()
}
