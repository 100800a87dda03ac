//go:build !amd64 && !arm64

package cache

// Enter panics: native code runs only on amd64 and arm64.
func Enter(entry uintptr, ctx *Context) uint64 {
	panic("cache: native code is not supported on this architecture")
}
