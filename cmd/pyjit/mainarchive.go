package main

// Directories and zip files named as the program: python3 runs the
// __main__.py in them, with the directory or the archive first on
// sys.path so that the modules beside __main__.py import.

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// archiveProgram returns the program python3 runs for arg when it names
// a directory or a zip archive (whatever its name), with its arguments
// rest; ok is false for anything else, which runs as a script.
func archiveProgram(arg string, rest []string, stderr io.Writer) (prog program, status int, ok bool) {
	info, err := os.Stat(arg)
	if err != nil {
		return program{}, 0, false
	}
	root := rawAbs(arg)
	file := strings.TrimRight(root, "/") + "/__main__.py"
	var src []byte
	switch {
	case info.IsDir():
		src, err = os.ReadFile(file)
	case info.Mode().IsRegular():
		z, zerr := zip.OpenReader(arg)
		if zerr != nil {
			return program{}, 0, false
		}
		defer z.Close()
		src, err = readZipFile(z, "__main__.py")
	default:
		return program{}, 0, false
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: can't find '__main__' module in %s\n", progName, quoteName(arg))
		return program{}, 1, true
	}
	argv := append([]string{arg}, rest...)
	return program{filename: file, src: src, argv: argv, path: []string{root}, module: true}, 0, true
}

// readZipFile reads the member name of an archive.
func readZipFile(z *zip.ReadCloser, name string) ([]byte, error) {
	f, err := z.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// rawAbs is path made absolute as python3 makes the directory or archive
// it puts on sys.path: joined to the working directory, not cleaned
// ("./app/" gives "/cwd/./app/").
func rawAbs(path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	return strings.TrimSuffix(wd, "/") + "/" + path
}
