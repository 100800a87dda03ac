module github.com/pyjit/pyjit

go 1.26.8

require (
	github.com/creack/pty v1.1.24
	github.com/google/pprof v0.0.0-20260906184651-6331bc6350fe
	github.com/peterh/liner v1.2.2
	github.com/twitchyliquid64/golang-asm v0.15.1
	golang.org/x/arch v0.33.0
	golang.org/x/sys v0.50.0
	golang.org/x/term v0.48.0
)

require github.com/mattn/go-runewidth v0.0.3 // indirect
