// Package libm gives the elementary functions of the platform's C library
// (libm), which CPython's math module and float ** call: their results
// differ from Go's math package in the last bit for many arguments, and a
// Python program prints those bits. Built without cgo, the functions fall
// back to Go's math package (and a more accurate pow of its own).
//
// Functions whose results are exact or correctly rounded in both (sqrt,
// fmod, fabs, floor, ...) are not here: callers use Go's math package.
package libm
