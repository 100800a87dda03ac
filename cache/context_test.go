package cache

import (
	"reflect"
	"testing"
)

// The backends encode these offsets; changing the layout means changing
// them too.
func TestContextLayout(t *testing.T) {
	want := []struct {
		name     string
		got, off int32
	}{
		{"Exit", OffExit, 0},
		{"Fuel", OffFuel, 8},
		{"Interrupt", OffInterrupt, 16},
		{"Scratch", OffScratch, 24},
		{"Buf", OffBuf, 64},
		{"size", ContextSize, 64 + BufWords*8},
		{"Buf[3]", OffBufWord(3), 64 + 24},
	}
	for _, w := range want {
		if w.got != w.off {
			t.Errorf("offset of %s = %d, want %d", w.name, w.got, w.off)
		}
	}
}

// Native code writes the context without write barriers: it must hold no
// pointers the garbage collector would look at.
func TestContextPointerFree(t *testing.T) {
	var check func(path string, ty reflect.Type)
	check = func(path string, ty reflect.Type) {
		switch ty.Kind() {
		case reflect.Struct:
			for i := 0; i < ty.NumField(); i++ {
				f := ty.Field(i)
				check(path+"."+f.Name, f.Type)
			}
		case reflect.Array:
			check(path+"[]", ty.Elem())
		case reflect.Int64, reflect.Uint64, reflect.Uintptr, reflect.Uint32, reflect.Int32:
		default:
			t.Errorf("%s has kind %s, want plain data", path, ty.Kind())
		}
	}
	check("Context", reflect.TypeOf(Context{}))
}
