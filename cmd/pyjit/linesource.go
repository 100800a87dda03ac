package main

// Where the interactive prompt's lines come from: a pipe or file read line
// by line (pipeSource), or a terminal with line editing (termSource).

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strings"
)

// errInterrupted is what ReadLine returns when Ctrl-C cancels the line.
var errInterrupted = errors.New("interrupted")

// lineSource gives the prompt its lines.
type lineSource interface {
	// ReadLine shows prompt and returns the next line without its
	// newline; io.EOF at the end of the input (Ctrl-D), errInterrupted
	// when Ctrl-C (a signal on sigs, or the key) cancels it.
	ReadLine(prompt string, sigs <-chan os.Signal) (string, error)
	// Pause readies the terminal for a statement to run (and read it).
	Pause()
	// Close ends the session: the terminal is restored and the history
	// saved.
	Close()
}

// pipeSource reads lines from a stream that is not a terminal. The
// statements it runs read the lines after theirs (input(), sys.stdin).
type pipeSource struct {
	lines  <-chan string
	prompt io.Writer
}

func newPipeSource(r io.Reader, prompt io.Writer) *pipeSource {
	return &pipeSource{lines: readLines(r), prompt: prompt}
}

func (p *pipeSource) ReadLine(prompt string, sigs <-chan os.Signal) (string, error) {
	io.WriteString(p.prompt, prompt)
	select {
	case line, ok := <-p.lines:
		if !ok {
			io.WriteString(p.prompt, "\n")
			return "", io.EOF
		}
		return line, nil
	case <-sigs:
		io.WriteString(p.prompt, "\n")
		return "", errInterrupted
	}
}

func (p *pipeSource) Pause() {}
func (p *pipeSource) Close() {}

// rest returns a reader of the lines the prompt has not taken, for the
// interpreter's standard input.
func (p *pipeSource) rest() io.Reader { return &lineReader{lines: p.lines} }

// readLines sends the lines of r, without their newlines, until it ends.
func readLines(r io.Reader) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		br := bufio.NewReader(r)
		for {
			line, err := br.ReadString('\n')
			if line != "" {
				ch <- strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
			}
			if err != nil {
				return
			}
		}
	}()
	return ch
}

// lineReader reads the lines readLines sends, each ending in "\n".
type lineReader struct {
	lines <-chan string
	buf   string
}

func (r *lineReader) Read(p []byte) (int, error) {
	if r.buf == "" {
		line, ok := <-r.lines
		if !ok {
			return 0, io.EOF
		}
		r.buf = line + "\n"
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}
