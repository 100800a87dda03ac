package vm

// The time module: clocks, struct_time and its conversions, strftime, and
// the local time zone, following CPython's Modules/timemodule.c on Linux.

import (
	"math"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

var startTime = time.Now()

// structTimeFields are time.struct_time's fields; the first nine are its
// items.
var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
	"tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}

// Linux's clock ids, as the time module names them.
var clockIDs = []struct {
	name string
	id   int32
}{
	{"CLOCK_REALTIME", unix.CLOCK_REALTIME}, {"CLOCK_MONOTONIC", unix.CLOCK_MONOTONIC},
	{"CLOCK_MONOTONIC_RAW", unix.CLOCK_MONOTONIC_RAW}, {"CLOCK_PROCESS_CPUTIME_ID", unix.CLOCK_PROCESS_CPUTIME_ID},
	{"CLOCK_THREAD_CPUTIME_ID", unix.CLOCK_THREAD_CPUTIME_ID}, {"CLOCK_BOOTTIME", unix.CLOCK_BOOTTIME},
	{"CLOCK_TAI", unix.CLOCK_TAI},
}

func makeTimeModule(th *Thread) (*Module, error) {
	structTime := NewStructSeqType("time", "struct_time", structTimeFields, 9)
	nsFunc := func(ns func() int64) BuiltinFunc {
		return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) { return Int(ns()), nil }
	}
	secFunc := func(ns func() int64) BuiltinFunc {
		return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Float(float64(ns()) / 1e9), nil
		}
	}
	wall := func() int64 { return time.Now().UnixNano() }
	mono := func() int64 { return int64(time.Since(startTime)) }
	cpu := func() int64 { return clockNanos(unix.CLOCK_PROCESS_CPUTIME_ID) }
	threadCPU := func() int64 { return clockNanos(unix.CLOCK_THREAD_CPUTIME_ID) }
	// convert turns the optional seconds argument of gmtime, localtime and
	// ctime into a time in loc.
	convert := func(th *Thread, fname string, args []Value, kw []string, loc *time.Location) (time.Time, error) {
		var secs Value
		if err := unpackArgs(fname, args, kw, 0, []string{"seconds"}, &secs); err != nil {
			return time.Time{}, err
		}
		if secs.o == nil || secs.IsNone() {
			return time.Now().In(loc), nil
		}
		s, err := th.timestampArg(secs)
		if err != nil {
			return time.Time{}, err
		}
		return time.Unix(s, 0).In(loc), nil
	}
	m := newNativeModule("time", map[string]BuiltinFunc{
		"time":             secFunc(wall),
		"time_ns":          nsFunc(wall),
		"perf_counter":     secFunc(mono),
		"perf_counter_ns":  nsFunc(mono),
		"monotonic":        secFunc(mono),
		"monotonic_ns":     nsFunc(mono),
		"process_time":     secFunc(cpu),
		"process_time_ns":  nsFunc(cpu),
		"thread_time":      secFunc(threadCPU),
		"thread_time_ns":   nsFunc(threadCPU),
		"sleep":            timeSleep,
		"clock_gettime":    clockGettime(false),
		"clock_gettime_ns": clockGettime(true),
		"get_clock_info":   timeGetClockInfo,
		"gmtime": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			t, err := convert(th, "gmtime", args, kw, time.UTC)
			if err != nil {
				return Null, err
			}
			return structTimeOf(structTime, t, true), nil
		},
		"localtime": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			t, err := convert(th, "localtime", args, kw, th.interp.localLocation())
			if err != nil {
				return Null, err
			}
			return structTimeOf(structTime, t, false), nil
		},
		"ctime": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			t, err := convert(th, "ctime", args, kw, th.interp.localLocation())
			if err != nil {
				return Null, err
			}
			return String(asctime(t)), nil
		},
		"asctime": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var tv Value
			if err := unpackArgs("asctime", args, kw, 0, []string{"t"}, &tv); err != nil {
				return Null, err
			}
			t, err := th.structTimeArg("asctime", tv)
			if err != nil {
				return Null, err
			}
			if tv.o == nil || tv.IsNone() {
				return String(asctime(t.time)), nil
			}
			// The fields as given, checked as CPython's checktm does:
			// the weekday is not worked out from the date.
			if err := t.checkRanges(); err != nil {
				return Null, err
			}
			return String(dayNames[t.wday][:3] + " " + monthNames[t.mon-1][:3] + " " + padInt(t.mday, 2, ' ') + " " +
				padInt(t.hour, 2, '0') + ":" + padInt(t.min, 2, '0') + ":" + padInt(t.sec, 2, '0') + " " +
				strconv.FormatInt(t.year, 10)), nil
		},
		"mktime": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var tv Value
			if err := unpackArgs("mktime", args, kw, 1, []string{"t"}, &tv); err != nil {
				return Null, err
			}
			t, err := th.structTimeArg("mktime", tv)
			if err != nil {
				return Null, err
			}
			return Float(float64(t.time.Unix())), nil
		},
		"strftime": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var fv, tv Value
			if err := unpackArgs("strftime", args, kw, 1, []string{"format", "t"}, &fv, &tv); err != nil {
				return Null, err
			}
			f, ok := unwrap(fv).o.(*Str)
			if !ok {
				return Null, Errorf(TypeErrorType, "strftime() argument 1 must be str, not %s", fv.Type().Name)
			}
			t, err := th.structTimeArg("strftime", tv)
			if err != nil {
				return Null, err
			}
			if err := t.checkRanges(); err != nil {
				return Null, err
			}
			if strings.IndexByte(f.s, 0) >= 0 {
				return Null, Errorf(ValueErrorType, "embedded null character")
			}
			return String(strftime(f.s, t)), nil
		},
		"strptime": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			mod, err := th.importModule("_strptime")
			if err != nil {
				return Null, err
			}
			fn, err := th.GetAttr(mod, intern("_strptime_time"))
			if err != nil {
				return Null, err
			}
			return th.Call(fn, args, kw)
		},
	})
	m.Dict.SetStr("struct_time", Obj(structTime))
	m.Dict.SetStr("_STRUCT_TM_ITEMS", Int(11))
	for _, c := range clockIDs {
		m.Dict.SetStr(c.name, Int(int64(c.id)))
	}
	setZoneAttrs(m, th.interp.localLocation())
	m.Dict.SetStr("tzset", Obj(&Builtin{Name: "tzset", mod: "time", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) > 0 {
			return Null, Errorf(TypeErrorType, "tzset() takes no arguments (%d given)", len(args))
		}
		// The environment is the host's: without it granted, the
		// zone stays the host's.
		if th.osGranted() {
			th.interp.local = zoneFromTZ()
		}
		setZoneAttrs(m, th.interp.localLocation())
		return None, nil
	}}))
	return m, nil
}

// setZoneAttrs sets the time module's timezone, altzone, daylight and
// tzname for the zone loc.
func setZoneAttrs(m *Module, loc *time.Location) {
	zone := localZone(time.Now().Year(), loc)
	m.Dict.SetStr("timezone", Int(zone.timezone))
	m.Dict.SetStr("altzone", Int(zone.altzone))
	m.Dict.SetStr("daylight", Int(zone.daylight))
	m.Dict.SetStr("tzname", Obj(NewTuple([]Value{String(zone.names[0]), String(zone.names[1])})))
}

func timeSleep(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var sv Value
	if err := unpackArgs("sleep", args, kw, 1, []string{"secs"}, &sv); err != nil {
		return Null, err
	}
	d, err := th.floatArg("sleep", sv)
	if err != nil {
		return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", sv.Type().Name)
	}
	if math.IsNaN(d) {
		return Null, Errorf(ValueErrorType, "Invalid value NaN (not a number)")
	}
	if d < 0 {
		return Null, Errorf(ValueErrorType, "sleep length must be non-negative")
	}
	if d > math.MaxInt64/1e9 {
		return Null, Errorf(OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	th.interp.stdout.Flush()
	// The thread's interrupts (a deadline, Ctrl-C) wake it to handle
	// them: one that raises ends the sleep.
	end := time.Now().Add(time.Duration(d * float64(time.Second)))
	for {
		left := time.Until(end)
		if left <= 0 {
			return None, nil
		}
		th.sleep(left)
		if err := th.SafePoint(1); err != nil {
			return Null, err
		}
	}
}

// clockNanos reads a clock of clock_gettime in nanoseconds.
func clockNanos(id int32) int64 {
	var ts unix.Timespec
	if unix.ClockGettime(id, &ts) != nil {
		return 0
	}
	return ts.Nano()
}

// clockGettime implements time.clock_gettime and clock_gettime_ns.
func clockGettime(ns bool) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		var idv Value
		name := "clock_gettime"
		if ns {
			name = "clock_gettime_ns"
		}
		if err := unpackArgs(name, args, kw, 1, []string{"clk_id"}, &idv); err != nil {
			return Null, err
		}
		id, err := th.cIntArg(idv)
		if err != nil {
			return Null, err
		}
		var ts unix.Timespec
		if err := unix.ClockGettime(int32(id), &ts); err != nil {
			return Null, newOSError(OSErrorType, int(err.(unix.Errno)), err.Error(), "")
		}
		if ns {
			return Int(ts.Nano()), nil
		}
		return Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9), nil
	}
}

// timestampArg converts seconds since the epoch as CPython's
// _PyTime_ObjectToTime_t does, rounding a float down.
func (th *Thread) timestampArg(v Value) (int64, error) {
	if u := unwrap(v); u.IsFloat() {
		x := u.UncheckedFloat()
		if math.IsNaN(x) {
			return 0, Errorf(ValueErrorType, "Invalid value NaN (not a number)")
		}
		x = math.Floor(x)
		if x < -(1<<63) || x >= 1<<63 {
			return 0, Errorf(OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return int64(x), nil
	}
	i, err := th.indexArg(v, "")
	if err != nil {
		if isTypeError(err) {
			return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		if e, ok := err.(*Exception); ok && (e.typ == OverflowErrorType || e.typ == IndexErrorType) {
			return 0, Errorf(OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return 0, err
	}
	return i, nil
}

// structTimeOf makes a struct_time of t.
func structTimeOf(st *Type, t time.Time, utc bool) Value {
	zone, off := t.Zone()
	isdst := int64(0)
	if !utc && t.IsDST() {
		isdst = 1
	}
	if utc {
		zone = "GMT"
	}
	return NewStructSeq(st, []Value{Int(int64(t.Year())), Int(int64(t.Month())), Int(int64(t.Day())),
		Int(int64(t.Hour())), Int(int64(t.Minute())), Int(int64(t.Second())),
		Int(int64((t.Weekday() + 6) % 7)), Int(int64(t.YearDay())), Int(isdst), String(zone), Int(int64(off))})
}

// tmFields are the nine fields of a struct_time argument, as C's struct tm
// holds them before normalization.
type tmFields struct {
	year, mon, mday, hour, min, sec, wday, yday, isdst int64
	zone                                               string
	time                                               time.Time // the local time they name
}

// structTimeArg reads the struct_time or 9-tuple argument of asctime,
// mktime and strftime; an absent argument is the local time now.
func (th *Thread) structTimeArg(fname string, v Value) (*tmFields, error) {
	if v.o == nil || v.IsNone() {
		now := time.Now()
		zone, _ := now.Zone()
		isdst := int64(0)
		if now.IsDST() {
			isdst = 1
		}
		return &tmFields{int64(now.Year()), int64(now.Month()), int64(now.Day()), int64(now.Hour()),
			int64(now.Minute()), int64(now.Second()), int64((now.Weekday() + 6) % 7), int64(now.YearDay()), isdst, zone, now}, nil
	}
	tup, ok := unwrap(v).o.(*Tuple)
	if !ok {
		return nil, Errorf(TypeErrorType, "Tuple or struct_time argument required")
	}
	if len(tup.items) != 9 {
		return nil, Errorf(TypeErrorType, "%s(): illegal time tuple argument", fname)
	}
	var f [9]int64
	for i, it := range tup.items {
		n, err := th.cIntArg(it)
		if err != nil {
			if isTypeError(err) {
				return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", it.Type().Name)
			}
			// PyArg_ParseTuple's "i" words its overflows so.
			if b, ok := asBig(unwrap(it)); ok && b.Sign() > 0 {
				return nil, Errorf(OverflowErrorType, "signed integer is greater than maximum")
			} else if ok {
				return nil, Errorf(OverflowErrorType, "signed integer is less than minimum")
			}
			return nil, err
		}
		f[i] = n
	}
	if f[0] < math.MinInt32+1900 {
		return nil, Errorf(OverflowErrorType, "year out of range")
	}
	t := &tmFields{year: f[0], mon: f[1], mday: f[2], hour: f[3], min: f[4], sec: f[5], wday: f[6], yday: f[7], isdst: f[8]}
	if o, ok := v.o.(*Instance); ok && len(o.vals) > 0 {
		if z, ok := o.vals[0].o.(*Str); ok {
			t.zone = z.s
		}
	}
	t.time = time.Date(int(t.year), time.Month(t.mon), int(t.mday), int(t.hour), int(t.min), int(t.sec), 0, th.interp.localLocation())
	return t, nil
}

// checkRanges is CPython's checktm plus the adjustments strftime makes
// (gettmarg's zero month and day of month become 1).
func (t *tmFields) checkRanges() error {
	if t.mon == 0 {
		t.mon = 1
	}
	if t.mday == 0 {
		t.mday = 1
	}
	if t.yday == 0 {
		t.yday = 1
	}
	switch {
	case t.mon < 1 || t.mon > 12:
		return Errorf(ValueErrorType, "month out of range")
	case t.mday < 1 || t.mday > 31:
		return Errorf(ValueErrorType, "day of month out of range")
	case t.hour < 0 || t.hour > 23:
		return Errorf(ValueErrorType, "hour out of range")
	case t.min < 0 || t.min > 59:
		return Errorf(ValueErrorType, "minute out of range")
	case t.sec < 0 || t.sec > 61:
		return Errorf(ValueErrorType, "seconds out of range")
	case (t.wday+1)%7 < 0:
		// gettmarg makes C's weekday (wday+1)%7, C's remainder: -1
		// (Sunday) passes, below that fails.
		return Errorf(ValueErrorType, "day of week out of range")
	case t.yday < 1 || t.yday > 366:
		return Errorf(ValueErrorType, "day of year out of range")
	}
	t.wday = ((t.wday+1)%7 + 6) % 7
	if t.isdst < -1 {
		t.isdst = -1
	} else if t.isdst > 1 {
		t.isdst = 1
	}
	return nil
}

var (
	dayNames   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
)

// asctime formats t as C's asctime does, without the newline.
func asctime(t time.Time) string {
	return t.Format("Mon Jan ") + padInt(int64(t.Day()), 2, ' ') + t.Format(" 15:04:05 ") + strconv.Itoa(t.Year())
}

func padInt(n int64, width int, pad byte) string {
	s := strconv.FormatInt(n, 10)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	for len(s) < width {
		s = string(pad) + s
	}
	if neg {
		s = "-" + s
	}
	return s
}

// strftime formats the fields of t as glibc's strftime does in the C
// locale. Directives it does not know are copied as they are.
func strftime(format string, t *tmFields) string {
	var b strings.Builder
	wday := (t.wday + 1) % 7 // C's: Sunday is 0
	hour12 := t.hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'a':
			b.WriteString(dayNames[(wday+6)%7][:3])
		case 'A':
			b.WriteString(dayNames[(wday+6)%7])
		case 'b', 'h':
			b.WriteString(monthNames[t.mon-1][:3])
		case 'B':
			b.WriteString(monthNames[t.mon-1])
		case 'c':
			b.WriteString(strftime("%a %b %e %H:%M:%S %Y", t))
		case 'C':
			b.WriteString(padInt(floorDiv(t.year, 100), 2, '0'))
		case 'd':
			b.WriteString(padInt(t.mday, 2, '0'))
		case 'D':
			b.WriteString(strftime("%m/%d/%y", t))
		case 'e':
			b.WriteString(padInt(t.mday, 2, ' '))
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", t))
		case 'G', 'g', 'V':
			year, week := t.time.ISOWeek()
			switch format[i] {
			case 'G':
				b.WriteString(strconv.Itoa(year))
			case 'g':
				b.WriteString(padInt(int64(year%100), 2, '0'))
			default:
				b.WriteString(padInt(int64(week), 2, '0'))
			}
		case 'H':
			b.WriteString(padInt(t.hour, 2, '0'))
		case 'I':
			b.WriteString(padInt(hour12, 2, '0'))
		case 'j':
			b.WriteString(padInt(t.yday, 3, '0'))
		case 'k':
			b.WriteString(padInt(t.hour, 2, ' '))
		case 'l':
			b.WriteString(padInt(hour12, 2, ' '))
		case 'm':
			b.WriteString(padInt(t.mon, 2, '0'))
		case 'M':
			b.WriteString(padInt(t.min, 2, '0'))
		case 'n':
			b.WriteByte('\n')
		case 'p':
			b.WriteString(map[bool]string{true: "PM", false: "AM"}[t.hour >= 12])
		case 'P':
			b.WriteString(map[bool]string{true: "pm", false: "am"}[t.hour >= 12])
		case 'r':
			b.WriteString(strftime("%I:%M:%S %p", t))
		case 'R':
			b.WriteString(strftime("%H:%M", t))
		case 's':
			b.WriteString(strconv.FormatInt(t.time.Unix(), 10))
		case 'S':
			b.WriteString(padInt(t.sec, 2, '0'))
		case 't':
			b.WriteByte('\t')
		case 'T':
			b.WriteString(strftime("%H:%M:%S", t))
		case 'u':
			b.WriteString(strconv.FormatInt(t.wday+1, 10))
		case 'U':
			b.WriteString(padInt((t.yday-1+7-wday)/7, 2, '0'))
		case 'w':
			b.WriteString(strconv.FormatInt(wday, 10))
		case 'W':
			b.WriteString(padInt((t.yday-1+7-t.wday)/7, 2, '0'))
		case 'x':
			b.WriteString(strftime("%m/%d/%y", t))
		case 'X':
			b.WriteString(strftime("%H:%M:%S", t))
		case 'y':
			b.WriteString(padInt(((t.year%100)+100)%100, 2, '0'))
		case 'Y':
			b.WriteString(strconv.FormatInt(t.year, 10))
		case 'z':
			_, off := t.time.Zone()
			sign := byte('+')
			if off < 0 {
				sign, off = '-', -off
			}
			b.WriteByte(sign)
			b.WriteString(padInt(int64(off/3600), 2, '0') + padInt(int64(off/60%60), 2, '0'))
		case 'Z':
			zone := t.zone
			if zone == "" {
				zone, _ = t.time.Zone()
			}
			b.WriteString(zone)
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// zoneInfo is the time module's description of the local time zone.
type zoneInfo struct {
	timezone, altzone, daylight int64
	names                       [2]string
}

// localZone computes timezone, altzone, daylight and tzname as CPython's
// init_timezone does: from the local time of January 1 and July 1.
func localZone(year int, loc *time.Location) zoneInfo {
	jan := time.Date(year, 1, 1, 0, 0, 0, 0, loc)
	jul := time.Date(year, 7, 1, 0, 0, 0, 0, loc)
	janName, janOff := jan.Zone()
	julName, julOff := jul.Zone()
	janZone, julZone := -int64(janOff), -int64(julOff)
	daylight := int64(0)
	if janZone != julZone {
		daylight = 1
	}
	if janZone < julZone {
		// The southern hemisphere: daylight saving time in January.
		return zoneInfo{julZone, janZone, daylight, [2]string{julName, janName}}
	}
	return zoneInfo{janZone, julZone, daylight, [2]string{janName, julName}}
}

// clockInfos are get_clock_info's answers: each clock's implementation
// and whether it is monotonic and adjustable (Linux's clocks, with
// nanosecond resolution).
var clockInfos = map[string]struct {
	impl                  string
	monotonic, adjustable bool
}{
	"time":         {"clock_gettime(CLOCK_REALTIME)", false, true},
	"monotonic":    {"clock_gettime(CLOCK_MONOTONIC)", true, false},
	"perf_counter": {"clock_gettime(CLOCK_MONOTONIC)", true, false},
	"process_time": {"clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false},
	"thread_time":  {"clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false},
}

// timeGetClockInfo is time.get_clock_info(name): a namespace describing
// the clock.
func timeGetClockInfo(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var name Value
	if err := unpackArgs("get_clock_info", args, kw, 1, []string{"name"}, &name); err != nil {
		return Null, err
	}
	s, ok := unwrap(name).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "get_clock_info() argument 1 must be str, not %s", name.Type().Name)
	}
	info, ok := clockInfos[s.s]
	if !ok {
		return Null, Errorf(ValueErrorType, "unknown clock")
	}
	return Obj(newNamespace([]string{"implementation", "monotonic", "adjustable", "resolution"},
		[]Value{String(info.impl), Bool(info.monotonic), Bool(info.adjustable), Float(1e-09)})), nil
}
