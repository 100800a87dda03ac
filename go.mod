module github.com/pyjit/pyjit

go 1.26.8

require (
	github.com/google/pprof v0.0.0-20260906184651-6331bc6350fe
	github.com/twitchyliquid64/golang-asm v0.15.1
	golang.org/x/arch v0.33.0
	golang.org/x/sys v0.50.0
)
