package vm

// python3's -X importtime: how long each import took.

import (
	"fmt"
	"io"
	"time"
)

// importTimer writes a line for each module imported, as CPython's
// -X importtime does: the microseconds the module itself took (without
// the imports it made), the microseconds with them, and its name
// indented by two spaces per level of nesting.
type importTimer struct {
	w      io.Writer
	flush  func() // writes the program's buffered output first
	header bool   // the header line is written
	level  int    // nesting of the imports being measured
	// nested is the time taken by the imports the current one made.
	nested time.Duration
}

// measure runs load, the import of module name, and reports its time.
func (t *importTimer) measure(name string, load func() (Value, error)) (Value, error) {
	if !t.header {
		t.header = true
		t.flush()
		io.WriteString(t.w, "import time: self [us] | cumulative | imported package\n")
	}
	outer := t.nested
	t.nested = 0
	t.level++
	start := time.Now()
	v, err := load()
	total := time.Since(start)
	t.level--
	t.flush()
	fmt.Fprintf(t.w, "import time: %9d | %10d | %*s%s\n", microseconds(total-t.nested), microseconds(total), 2*t.level, "", name)
	t.nested = outer + total
	return v, err
}

// microseconds rounds d up to whole microseconds, as CPython's report does.
func microseconds(d time.Duration) int64 {
	return int64((d + time.Microsecond - 1) / time.Microsecond)
}
