//go:build amd64

package amd64

import "unsafe"

func uintptrOf(p *uint32) uintptr { return uintptr(unsafe.Pointer(p)) }

func uintptrOf64(p *uint64) uintptr { return uintptr(unsafe.Pointer(p)) }
