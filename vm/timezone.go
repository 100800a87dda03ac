package vm

// The local time zone of the time module: the host's, or the one the TZ
// environment variable names when time.tzset() runs: a zone of the tz
// database (":Europe/Paris" or "Europe/Paris") or a POSIX rule such as
// "EST+05EDT,M3.2.0,M11.1.0", which Go's time package applies when it is
// the footer of a zone file: tzset builds a file of one zone around it.

import (
	"encoding/binary"
	"os"
	"strings"
	"time"
)

// localLocation is the interpreter's local time zone.
func (in *Interpreter) localLocation() *time.Location {
	if in.local != nil {
		return in.local
	}
	return time.Local
}

// zoneFromTZ is the time zone TZ names; nil when TZ is unset.
func zoneFromTZ() *time.Location {
	tz, ok := os.LookupEnv("TZ")
	if !ok {
		return nil
	}
	tz = strings.TrimPrefix(tz, ":")
	if tz == "" {
		return time.UTC
	}
	if loc, err := time.LoadLocation(tz); err == nil {
		return loc
	}
	name, offset, rest, ok := posixZone(tz)
	if !ok {
		// glibc takes a TZ it cannot read as UTC.
		return time.UTC
	}
	if rest != "" && !strings.Contains(rest, ",") {
		// A daylight zone without rules: glibc's default, the US rules.
		tz += ",M3.2.0,M11.1.0"
	}
	loc, err := time.LoadLocationFromTZData(tz, ruleZoneFile(name, offset, tz))
	if err != nil {
		return time.UTC
	}
	return loc
}

// posixZone reads the standard zone of a POSIX TZ rule: its name, its
// offset east of UTC in seconds, and what follows.
func posixZone(s string) (name string, offset int, rest string, ok bool) {
	if strings.HasPrefix(s, "<") {
		end := strings.IndexByte(s, '>')
		if end < 0 {
			return "", 0, "", false
		}
		name, s = s[1:end], s[end+1:]
	} else {
		i := 0
		for i < len(s) && (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z') {
			i++
		}
		name, s = s[:i], s[i:]
	}
	if len(name) < 3 {
		return "", 0, "", false
	}
	sign := -1 // POSIX offsets are west of UTC
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = 1
		}
		s = s[1:]
	}
	secs, unit, digits := 0, 3600, false
	for part := 0; part < 3 && s != ""; part++ {
		n, i := 0, 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			n = n*10 + int(s[i]-'0')
			i++
		}
		if i == 0 {
			break
		}
		digits = true
		secs += n * unit
		unit /= 60
		s = s[i:]
		if !strings.HasPrefix(s, ":") {
			break
		}
		s = s[1:]
	}
	if !digits {
		return "", 0, "", false
	}
	return name, sign * secs, s, true
}

// ruleZoneFile is a zone file (TZif version 2) with no transitions, one
// zone (name, offset) and the POSIX rule as its footer, which then rules
// every time.
func ruleZoneFile(name string, offset int, rule string) []byte {
	var data []byte
	section := func() {
		counts := [6]uint32{0, 0, 0, 0, 1, uint32(len(name) + 1)} // isut, isstd, leap, time, type, char
		data = append(data, "TZif2"...)
		data = append(data, make([]byte, 15)...)
		for _, c := range counts {
			data = binary.BigEndian.AppendUint32(data, c)
		}
		data = binary.BigEndian.AppendUint32(data, uint32(int32(offset)))
		data = append(data, 0, 0) // not daylight time; name at 0
		data = append(data, name...)
		data = append(data, 0)
	}
	section() // the 32-bit data, which readers of version 2 skip
	section()
	data = append(data, '\n')
	data = append(data, rule...)
	return append(data, '\n')
}
