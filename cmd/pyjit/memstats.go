package main

import (
	"fmt"
	"io"
	"runtime/metrics"
)

// memoryMetrics are the Go runtime's figures --stats reports.
var memoryMetrics = []string{
	"/gc/cycles/total:gc-cycles",
	"/gc/heap/allocs:bytes",
	"/gc/heap/live:bytes",
	"/gc/heap/goal:bytes",
	"/memory/classes/heap/objects:bytes",
	"/memory/classes/total:bytes",
	"/cpu/classes/gc/total:cpu-seconds",
	"/cpu/classes/total:cpu-seconds",
	"/memory/classes/heap/released:bytes",
}

// writeMemoryStats prints the process's peak resident set and what the
// Go heap did: how much the program allocated, how many collections ran
// and what they cost, and the heap the last one left.
func writeMemoryStats(w io.Writer) {
	samples := make([]metrics.Sample, len(memoryMetrics))
	for i, name := range memoryMetrics {
		samples[i].Name = name
	}
	metrics.Read(samples)
	v := func(i int) uint64 {
		if samples[i].Value.Kind() == metrics.KindUint64 {
			return samples[i].Value.Uint64()
		}
		return 0
	}
	f := func(i int) float64 {
		if samples[i].Value.Kind() == metrics.KindFloat64 {
			return samples[i].Value.Float64()
		}
		return 0
	}
	mb := func(n uint64) float64 { return float64(n) / (1 << 20) }
	fmt.Fprintln(w, "memory")
	if peak := peakRSSKiB(); peak > 0 {
		fmt.Fprintf(w, "  peak resident set       %8.1f MB\n", float64(peak)/1024)
	}
	fmt.Fprintf(w, "  held by the Go runtime  %8.1f MB\n", mb(v(5)-v(8)))
	fmt.Fprintf(w, "  heap objects now        %8.1f MB\n", mb(v(4)))
	fmt.Fprintf(w, "  live after last GC      %8.1f MB (goal %.1f MB)\n", mb(v(2)), mb(v(3)))
	fmt.Fprintf(w, "  allocated               %8.1f MB\n", mb(v(1)))
	gcShare := 0.0
	if total := f(7); total > 0 {
		gcShare = 100 * f(6) / total
	}
	fmt.Fprintf(w, "  collections             %8d (%.0f%% of CPU time)\n", v(0), gcShare)
}
