//go:build race

package vm

// raceEnabled is true when the tests run under the race detector, which
// makes deep Go stacks too slow for the nesting tests.
const raceEnabled = true
