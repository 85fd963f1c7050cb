// This file defines the text forms of the datetime module: strftime (C
// locale, as glibc formats it), strptime (a port of CPython's
// Lib/_strptime.py) and the ISO 8601 parsing of fromisoformat (CPython
// 3.11's accepted formats).

package builtins

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// Day and month names of the C locale; index 0 of the months is unused.
var (
	dtDayAbbr   = [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	dtDayFull   = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	dtMonthAbbr = [13]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	dtMonthFull = [13]string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// dtFields are the values strftime formats: a date (1900-01-01 for a
// time), a time of day (midnight for a date) and an optional zone.
type dtFields struct {
	d                    pyDate
	hour, minute, second int
	us                   int
	tz                   *pyTimezone
}

// dtFieldsOf returns the fields of a date, datetime or time.
func dtFieldsOf(o py.Object) dtFields {
	switch v := o.(type) {
	case *pyDate:
		return dtFields{d: *v}
	case *pyDateTime:
		return dtFields{d: v.pyDate, hour: v.hour, minute: v.minute, second: v.second, us: v.us, tz: v.tz}
	case *pyTime:
		return dtFields{d: pyDate{year: 1900, month: 1, day: 1}, hour: v.hour, minute: v.minute, second: v.second, us: v.us, tz: v.tz}
	}
	return dtFields{d: pyDate{year: 1900, month: 1, day: 1}}
}

// dtStrftime formats f as C's strftime in the C locale does, with
// Python's %f, %z and %Z. An unknown directive is a ValueError (CPython
// passes it to the platform's strftime, whose handling varies). The work
// is metered per character of format and the result's size is checked
// against the memory budget as it grows.
// https://docs.python.org/3.11/library/datetime.html#strftime-and-strptime-format-codes
func dtStrftime(st *run.State, format string, f dtFields) (string, error) {
	if err := st.Charge(int64(len(format))/8 + 1); err != nil {
		return "", err
	}
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if b.Len()&0xfff > 0xf00 || i&0xfff == 0xfff {
			if err := st.CheckAlloc(int64(b.Len()) + 64); err != nil {
				return "", err
			}
		}
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+1 >= len(format) {
			b.WriteByte('%') // a trailing % stays, as glibc leaves it
			break
		}
		i++
		noPad := false
		if format[i] == '-' && i+1 < len(format) {
			noPad = true
			i++
		}
		if (format[i] == 'E' || format[i] == 'O') && i+1 < len(format) {
			i++
		}
		s, ok := dtDirective(format[i], f)
		if !ok {
			r, _ := utf8.DecodeRuneInString(format[i:])
			return "", py.ExceptionNewf(py.ValueError, "strftime directive '%%%c' is not supported", r)
		}
		if noPad && len(s) > 1 && (s[0] == '0' || s[0] == ' ') {
			s = strings.TrimLeft(s[:len(s)-1], "0 ") + s[len(s)-1:]
		}
		b.WriteString(s)
	}
	if err := st.CheckAlloc(int64(b.Len())); err != nil {
		return "", err
	}
	return b.String(), nil
}

// dtDirective returns the expansion of one strftime directive.
func dtDirective(c byte, f dtFields) (string, bool) {
	d := &f.d
	wd := d.weekday() // Monday 0
	yday := d.ordinal() - dtYmd2Ord(d.year, 1, 1)
	p2 := func(n int) string { return dtPad(n, 2) }
	hour12 := f.hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	switch c {
	case 'a':
		return dtDayAbbr[wd], true
	case 'A':
		return dtDayFull[wd], true
	case 'b', 'h':
		return dtMonthAbbr[d.month], true
	case 'B':
		return dtMonthFull[d.month], true
	case 'c':
		return dtCtime(d, f.hour, f.minute, f.second)[:20] + strconv.Itoa(d.year), true
	case 'd':
		return p2(d.day), true
	case 'D', 'x':
		return p2(d.month) + "/" + p2(d.day) + "/" + p2(d.year%100), true
	case 'e':
		return dtSpacePad(d.day), true
	case 'f':
		return dtPad(f.us, 6), true
	case 'F':
		return strconv.Itoa(d.year) + "-" + p2(d.month) + "-" + p2(d.day), true
	case 'G':
		y, _, _ := dtIsoCalendar(d.year, d.ordinal())
		return strconv.Itoa(y), true
	case 'g':
		y, _, _ := dtIsoCalendar(d.year, d.ordinal())
		return p2(y % 100), true
	case 'H':
		return p2(f.hour), true
	case 'I':
		return p2(hour12), true
	case 'j':
		return dtPad(yday+1, 3), true
	case 'k':
		return dtSpacePad(f.hour), true
	case 'l':
		return dtSpacePad(hour12), true
	case 'm':
		return p2(d.month), true
	case 'M':
		return p2(f.minute), true
	case 'n':
		return "\n", true
	case 'p':
		if f.hour < 12 {
			return "AM", true
		}
		return "PM", true
	case 'P':
		if f.hour < 12 {
			return "am", true
		}
		return "pm", true
	case 'r':
		s, _ := dtDirective('p', f)
		return p2(hour12) + ":" + p2(f.minute) + ":" + p2(f.second) + " " + s, true
	case 'R':
		return p2(f.hour) + ":" + p2(f.minute), true
	case 'S':
		return p2(f.second), true
	case 't':
		return "\t", true
	case 'T', 'X':
		return p2(f.hour) + ":" + p2(f.minute) + ":" + p2(f.second), true
	case 'u':
		return strconv.Itoa(wd + 1), true
	case 'U':
		sunday := (wd + 1) % 7
		return p2((yday + 7 - sunday) / 7), true
	case 'V':
		_, w, _ := dtIsoCalendar(d.year, d.ordinal())
		return p2(w), true
	case 'w':
		return strconv.Itoa((wd + 1) % 7), true
	case 'W':
		return p2((yday + 7 - wd) / 7), true
	case 'y':
		return p2(d.year % 100), true
	case 'Y':
		return strconv.Itoa(d.year), true
	case 'z':
		if f.tz == nil {
			return "", true
		}
		return dtFormatOffset(f.tz.offset, ""), true
	case 'Z':
		if f.tz == nil {
			return "", true
		}
		return f.tz.tzname(), true
	case '%':
		return "%", true
	}
	return "", false
}

// dtSpacePad pads n to two characters with a space.
func dtSpacePad(n int) string {
	if n < 10 {
		return " " + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// ---- strptime ----

// dtStrptimeRegex returns the regular expression of one strptime
// directive, as CPython's _strptime.TimeRE in the C locale.
func dtStrptimeRegex(c byte) (string, bool) {
	names := func(group string, list []string) string {
		sorted := append([]string(nil), list...)
		// Longest first, so that a prefix never wins (CPython's __seqToRE).
		for i := range sorted {
			for j := i + 1; j < len(sorted); j++ {
				if len(sorted[j]) > len(sorted[i]) {
					sorted[i], sorted[j] = sorted[j], sorted[i]
				}
			}
		}
		return "(?P<" + group + ">" + strings.Join(sorted, "|") + ")"
	}
	switch c {
	case 'd':
		return `(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])`, true
	case 'f':
		return `(?P<f>[0-9]{1,6})`, true
	case 'H':
		return `(?P<H>2[0-3]|[0-1]\d|\d)`, true
	case 'I':
		return `(?P<I>1[0-2]|0[1-9]|[1-9])`, true
	case 'G':
		return `(?P<G>\d\d\d\d)`, true
	case 'j':
		return `(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])`, true
	case 'm':
		return `(?P<m>1[0-2]|0[1-9]|[1-9])`, true
	case 'M':
		return `(?P<M>[0-5]\d|\d)`, true
	case 'S':
		return `(?P<S>6[0-1]|[0-5]\d|\d)`, true
	case 'U':
		return `(?P<U>5[0-3]|[0-4]\d|\d)`, true
	case 'W':
		return `(?P<W>5[0-3]|[0-4]\d|\d)`, true
	case 'w':
		return `(?P<w>[0-6])`, true
	case 'u':
		return `(?P<u>[1-7])`, true
	case 'V':
		return `(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)`, true
	case 'y':
		return `(?P<y>\d\d)`, true
	case 'Y':
		return `(?P<Y>\d\d\d\d)`, true
	case 'z':
		return `(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))`, true
	case 'A':
		return names("A", dtDayFull[:]), true
	case 'a':
		return names("a", dtDayAbbr[:]), true
	case 'B':
		return names("B", dtMonthFull[1:]), true
	case 'b':
		return names("b", dtMonthAbbr[1:]), true
	case 'p':
		return `(?P<p>am|pm)`, true
	case 'Z':
		return `(?P<Z>utc|gmt)`, true
	case '%':
		return "%", true
	}
	return "", false
}

// dtStrptimePattern converts a strptime format to a regular expression,
// as CPython's TimeRE.pattern does. %c, %x and %X expand to the C
// locale's formats.
func dtStrptimePattern(format string, whole string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		switch {
		case c == '%':
			if i+1 >= len(format) {
				return "", py.ExceptionNewf(py.ValueError, "stray %% in format '%s'", whole)
			}
			i++
			d := format[i]
			var sub string
			switch d {
			case 'c':
				sub = "%a %b %d %H:%M:%S %Y"
			case 'x':
				sub = "%m/%d/%y"
			case 'X':
				sub = "%H:%M:%S"
			}
			if sub != "" {
				p, err := dtStrptimePattern(sub, whole)
				if err != nil {
					return "", err
				}
				b.WriteString(p)
				continue
			}
			re, ok := dtStrptimeRegex(d)
			if !ok {
				r, _ := utf8.DecodeRuneInString(format[i:])
				if r == '\\' {
					r = '%'
				}
				return "", py.ExceptionNewf(py.ValueError, "'%c' is a bad directive in format '%s'", r, whole)
			}
			b.WriteString(re)
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			for i+1 < len(format) && strings.IndexByte(" \t\n\r\f\v", format[i+1]) >= 0 {
				i++
			}
			b.WriteString(`\s+`)
		case strings.IndexByte(`\.^$*+?(){}[]|`, c) >= 0:
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// datetimeStrptime is datetime.strptime(date_string, format).
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.strptime
func datetimeStrptime(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "strptime() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "strptime() takes exactly 2 arguments (%d given)", len(args))
	}
	for i, a := range args {
		if _, ok := a.(py.String); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "strptime() argument %d must be str, not %s", i+1, a.Type().Name)
		}
	}
	data, format := string(args[0].(py.String)), string(args[1].(py.String))
	if err := st.Charge(int64(len(data)+len(format))/4 + 1); err != nil {
		return nil, err
	}
	pattern, err := dtStrptimePattern(format, format)
	if err != nil {
		return nil, err
	}
	if err := st.CheckAlloc(int64(len(pattern)) * 64); err != nil {
		return nil, err
	}
	if err := st.Charge(int64(len(pattern))); err != nil {
		return nil, err
	}
	re, err := regexp.Compile("(?i)^(?:" + pattern + ")")
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "time data %s does not match format %s", pyQuote(data), pyQuote(format))
	}
	m := re.FindStringSubmatchIndex(data)
	if m == nil {
		return nil, py.ExceptionNewf(py.ValueError, "time data %s does not match format %s", pyQuote(data), pyQuote(format))
	}
	if m[1] != len(data) {
		return nil, py.ExceptionNewf(py.ValueError, "unconverted data remains: %s", data[m[1]:])
	}
	found := map[string]string{}
	for i, name := range re.SubexpNames() {
		if name != "" && m[2*i] >= 0 {
			found[name] = data[m[2*i]:m[2*i+1]]
		}
	}
	return dtStrptimeResult(found)
}

// dtStrptimeResult turns the fields strptime matched into a datetime, as
// CPython's _strptime._strptime and datetime._strptime_datetime do.
func dtStrptimeResult(found map[string]string) (py.Object, error) {
	atoi := func(s string) int {
		n, _ := strconv.Atoi(strings.TrimSpace(s))
		return n
	}
	year, month, day := -1, 1, 1
	hour, minute, second, fraction := 0, 0, 0, 0
	isoYear, isoWeek, weekOfYear, weekday, julian := -1, -1, -1, -1, -1
	weekStartsMon := false
	var gmtoff, gmtoffFrac int
	hasOff := false
	for _, k := range []string{"y", "Y", "G", "m", "B", "b", "d", "H", "I", "M", "S", "f", "A", "a", "w", "u", "j", "U", "W", "V", "z"} {
		v, ok := found[k]
		if !ok {
			continue
		}
		lower := strings.ToLower(v)
		switch k {
		case "y":
			year = atoi(v)
			if year <= 68 {
				year += 2000
			} else {
				year += 1900
			}
		case "Y":
			year = atoi(v)
		case "G":
			isoYear = atoi(v)
		case "m":
			month = atoi(v)
		case "B":
			for i, n := range dtMonthFull {
				if i > 0 && strings.ToLower(n) == lower {
					month = i
				}
			}
		case "b":
			for i, n := range dtMonthAbbr {
				if i > 0 && strings.ToLower(n) == lower {
					month = i
				}
			}
		case "d":
			day = atoi(v)
		case "H":
			hour = atoi(v)
		case "I":
			hour = atoi(v)
			switch strings.ToLower(found["p"]) {
			case "", "am":
				if hour == 12 {
					hour = 0
				}
			case "pm":
				if hour != 12 {
					hour += 12
				}
			}
		case "M":
			minute = atoi(v)
		case "S":
			second = atoi(v)
		case "f":
			fraction = atoi(v + strings.Repeat("0", 6-len(v)))
		case "A":
			for i, n := range dtDayFull {
				if strings.ToLower(n) == lower {
					weekday = i
				}
			}
		case "a":
			for i, n := range dtDayAbbr {
				if strings.ToLower(n) == lower {
					weekday = i
				}
			}
		case "w":
			weekday = atoi(v)
			if weekday == 0 {
				weekday = 6
			} else {
				weekday--
			}
		case "u":
			weekday = atoi(v) - 1
		case "j":
			julian = atoi(v)
		case "U", "W":
			weekOfYear = atoi(v)
			weekStartsMon = k == "W"
		case "V":
			isoWeek = atoi(v)
		case "z":
			off, frac, err := dtStrptimeOffset(v)
			if err != nil {
				return nil, err
			}
			gmtoff, gmtoffFrac, hasOff = off, frac, true
		}
	}
	if year < 0 && isoYear >= 0 {
		if isoWeek < 0 || weekday < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "ISO year directive '%%G' must be used with the ISO week directive '%%V' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
		if julian >= 0 {
			return nil, py.ExceptionNewf(py.ValueError, "Day of the year directive '%%j' is not compatible with ISO year directive '%%G'. Use '%%Y' instead.")
		}
	} else if weekOfYear < 0 && isoWeek >= 0 {
		if weekday < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "ISO week directive '%%V' must be used with the ISO year directive '%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
		return nil, py.ExceptionNewf(py.ValueError, "ISO week directive '%%V' is incompatible with the year directive '%%Y'. Use the ISO year '%%G' instead.")
	}
	leapFix := false
	if year < 0 && month == 2 && day == 29 {
		year, leapFix = 1904, true
	} else if year < 0 {
		year = 1900
	}
	if julian < 0 && weekday >= 0 {
		if weekOfYear >= 0 {
			julian = dtJulianFromWeek(year, weekOfYear, weekday, weekStartsMon)
		} else if isoYear >= 0 && isoWeek >= 0 {
			y, m, d, err := dtIsoToGregorian(int64(isoYear), int64(isoWeek), int64(weekday+1))
			if err != nil {
				return nil, err
			}
			year, month, day = y, m, d
		}
		if julian >= 0 && julian <= 0 {
			year--
			julian += 365
			if dtIsLeap(year) {
				julian++
			}
		}
	}
	if julian >= 0 {
		if err := dtCheckDate(int64(year), 1, 1); err != nil {
			return nil, err
		}
		d, err := dateFromOrdinal(int64(julian - 1 + dtYmd2Ord(year, 1, 1)))
		if err != nil {
			return nil, err
		}
		year, month, day = d.year, d.month, d.day
	}
	if leapFix {
		year = 1900
	}
	if err := dtCheckDate(int64(year), int64(month), int64(day)); err != nil {
		return nil, err
	}
	if err := dtCheckTime(int64(hour), int64(minute), int64(second), int64(fraction), 0); err != nil {
		return nil, err
	}
	dt := &pyDateTime{pyDate: pyDate{year: year, month: month, day: day}, hour: hour, minute: minute, second: second, us: fraction}
	if hasOff {
		us := int64(gmtoff)*dtUsPerSec + int64(gmtoffFrac)
		if us <= -dtUsPerDay || us >= dtUsPerDay {
			td, _ := timedeltaFromUs(us)
			r, _ := td.M__repr__()
			return nil, py.ExceptionNewf(py.ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.", r)
		}
		tz := &pyTimezone{offset: us}
		if name, ok := found["Z"]; ok && name != "" {
			tz.name, tz.named = name, true
		} else if us == 0 {
			tz = dtUTC
		}
		dt.tz = tz
	}
	return dt, nil
}

// dtStrptimeOffset parses the %z field: Z, ±HHMM[SS[.ffffff]] or with
// colons.
func dtStrptimeOffset(z string) (int, int, error) {
	orig := z
	if z == "Z" || z == "z" {
		return 0, 0, nil
	}
	if len(z) > 3 && z[3] == ':' {
		z = z[:3] + z[4:]
		if len(z) > 5 {
			if z[5] != ':' {
				return 0, 0, py.ExceptionNewf(py.ValueError, "Inconsistent use of : in %s", orig)
			}
			z = z[:5] + z[6:]
		}
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	hours, minutes := atoi(z[1:3]), atoi(z[3:5])
	seconds := 0
	if len(z) >= 7 {
		seconds = atoi(z[5:7])
	}
	off := hours*3600 + minutes*60 + seconds
	frac := 0
	if len(z) > 8 {
		r := z[8:]
		frac = atoi(r + strings.Repeat("0", 6-len(r)))
	}
	if z[0] == '-' {
		off, frac = -off, -frac
	}
	return off, frac, nil
}

// dtJulianFromWeek is CPython's _calc_julian_from_U_or_W.
func dtJulianFromWeek(year, week, dayOfWeek int, startsMon bool) int {
	first := (dtYmd2Ord(year, 1, 1) + 6) % 7
	if !startsMon {
		first = (first + 1) % 7
		dayOfWeek = (dayOfWeek + 1) % 7
	}
	week0 := (7 - first) % 7
	if week == 0 {
		return 1 + dayOfWeek - first
	}
	return 1 + week0 + 7*(week-1) + dayOfWeek
}

// ---- fromisoformat ----

// dtIsoArg reads the one str argument of the fromisoformat methods.
func dtIsoArg(args py.Tuple, kw py.StringDict) (string, error) {
	if len(kw) != 0 {
		return "", py.ExceptionNewf(py.TypeError, "fromisoformat() takes no keyword arguments")
	}
	if len(args) != 1 {
		return "", py.ExceptionNewf(py.TypeError, "fromisoformat() takes exactly one argument (%d given)", len(args))
	}
	s, ok := args[0].(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "fromisoformat: argument must be str")
	}
	return string(s), nil
}

// dtInvalidIso is the ValueError of an unparsable ISO string.
func dtInvalidIso(s string) error {
	return py.ExceptionNewf(py.ValueError, "Invalid isoformat string: %s", pyQuote(s))
}

// dtIsoErr marks a parse failure inside the ISO parsers; callers turn it
// into dtInvalidIso of the whole string.
type dtIsoErr struct{}

// Error implements error; the text never reaches scripts.
func (dtIsoErr) Error() string { return "invalid isoformat" }

// dtIsRangeError reports whether err is a range error of a constructor
// rather than a parse failure.
func dtIsRangeError(err error) bool {
	_, isParse := err.(dtIsoErr)
	return !isParse
}

// dtDigits parses s as a non-empty run of ASCII digits.
func dtDigits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// dtParseIsoDate parses YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] and YYYYWww[D]
// (s has length 7, 8 or 10), validating the result.
func dtParseIsoDate(s string) (int, int, int, error) {
	y, m, d, err := dtParseIsoDateFields(s)
	if err != nil {
		return 0, 0, 0, dtInvalidIso(s)
	}
	return y, m, d, dtCheckDate(int64(y), int64(m), int64(d))
}

// dtParseIsoDateFields parses the fields of an ISO date; ISO week dates
// are converted (an invalid week is a parse failure).
func dtParseIsoDateFields(s string) (int, int, int, error) {
	if len(s) < 7 {
		return 0, 0, 0, dtIsoErr{}
	}
	year, ok := dtDigits(s[:4])
	if !ok {
		return 0, 0, 0, dtIsoErr{}
	}
	hasSep := s[4] == '-'
	pos := 4
	if hasSep {
		pos++
	}
	if pos < len(s) && s[pos] == 'W' {
		pos++
		if pos+2 > len(s) {
			return 0, 0, 0, dtIsoErr{}
		}
		week, ok := dtDigits(s[pos : pos+2])
		if !ok {
			return 0, 0, 0, dtIsoErr{}
		}
		pos += 2
		day := 1
		if len(s) > pos {
			if (s[pos] == '-') != hasSep {
				return 0, 0, 0, dtIsoErr{}
			}
			if hasSep {
				pos++
			}
			if len(s) != pos+1 {
				return 0, 0, 0, dtIsoErr{}
			}
			if day, ok = dtDigits(s[pos:]); !ok {
				return 0, 0, 0, dtIsoErr{}
			}
		}
		y, m, d, err := dtIsoToGregorian(int64(year), int64(week), int64(day))
		if err != nil {
			return 0, 0, 0, dtIsoErr{}
		}
		return y, m, d, nil
	}
	if pos+2 > len(s) {
		return 0, 0, 0, dtIsoErr{}
	}
	month, ok := dtDigits(s[pos : pos+2])
	if !ok {
		return 0, 0, 0, dtIsoErr{}
	}
	pos += 2
	if pos >= len(s) || (s[pos] == '-') != hasSep {
		return 0, 0, 0, dtIsoErr{}
	}
	if hasSep {
		pos++
	}
	if len(s) != pos+2 {
		return 0, 0, 0, dtIsoErr{}
	}
	day, ok := dtDigits(s[pos:])
	if !ok {
		return 0, 0, 0, dtIsoErr{}
	}
	return year, month, day, nil
}

// dtParseHMS parses HH[:?MM[:?SS[{.,}fff[fff]]]] as CPython 3.11's C
// parse_hh_mm_ss_ff does.
func dtParseHMS(s string) ([4]int, error) {
	var comps [4]int
	pos := 0
	hasSep := false
	i := 0
	for ; i < 3; i++ {
		if len(s)-pos < 2 {
			return comps, dtIsoErr{}
		}
		v, ok := dtDigits(s[pos : pos+2])
		if !ok {
			return comps, dtIsoErr{}
		}
		comps[i] = v
		pos += 2
		if pos >= len(s) {
			return comps, nil
		}
		c := s[pos]
		if i == 0 {
			hasSep = c == ':'
		}
		if hasSep && c == ':' && i < 2 {
			pos++
			continue
		}
		if c == '.' || c == ',' {
			break
		}
		if !hasSep && i < 2 {
			continue
		}
		return comps, dtIsoErr{}
	}
	if pos >= len(s) || (s[pos] != '.' && s[pos] != ',') {
		return comps, dtIsoErr{}
	}
	pos++
	rest := s[pos:]
	if rest == "" {
		return comps, dtIsoErr{}
	}
	n := min(len(rest), 6)
	v, ok := dtDigits(rest[:n])
	if !ok {
		return comps, dtIsoErr{}
	}
	for k := n; k < 6; k++ {
		v *= 10
	}
	comps[3] = v
	if _, ok := dtDigits(rest[n:]); !ok && len(rest) > n {
		return comps, dtIsoErr{}
	}
	return comps, nil
}

// dtParseIsoTime parses an ISO time with an optional UTC offset and
// returns the time, validated.
func dtParseIsoTime(s string) (*pyTime, error) {
	if len(s) < 2 {
		return nil, dtIsoErr{}
	}
	tzPos := strings.IndexAny(s, "+-Z")
	timeStr := s
	if tzPos >= 0 {
		timeStr = s[:tzPos]
	}
	comps, err := dtParseHMS(timeStr)
	if err != nil {
		return nil, err
	}
	var tz *pyTimezone
	if tzPos >= 0 {
		tzStr := s[tzPos+1:]
		if s[tzPos] == 'Z' {
			if tzStr != "" {
				return nil, dtIsoErr{}
			}
			tz = dtUTC
		} else {
			if n := len(tzStr); n == 0 || n == 1 || n == 3 {
				return nil, dtIsoErr{}
			}
			tc, err := dtParseHMS(tzStr)
			if err != nil {
				return nil, err
			}
			secs := int64(tc[0]*3600 + tc[1]*60 + tc[2])
			off := secs*dtUsPerSec + int64(tc[3])
			if s[tzPos] == '-' {
				off = -off
			}
			// CPython 3.11 picks timezone.utc when the whole seconds
			// are zero, whatever the microseconds.
			if secs == 0 {
				tz = dtUTC
			} else {
				if off <= -dtUsPerDay || off >= dtUsPerDay {
					td, _ := timedeltaFromUs(off)
					r, _ := td.M__repr__()
					return nil, py.ExceptionNewf(py.ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.", r)
				}
				tz = &pyTimezone{offset: off}
			}
		}
	}
	if err := dtCheckTime(int64(comps[0]), int64(comps[1]), int64(comps[2]), int64(comps[3]), 0); err != nil {
		return nil, err
	}
	return &pyTime{hour: comps[0], minute: comps[1], second: comps[2], us: comps[3], tz: tz}, nil
}

// dtIsoSeparator is CPython's _find_isoformat_datetime_separator: the
// length of the date part of an ISO datetime string.
func dtIsoSeparator(s string) int {
	n := len(s)
	if n == 7 {
		return 7
	}
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	if s[4] == '-' {
		if s[5] == 'W' {
			if n > 8 && s[8] == '-' {
				if n > 10 && isDigit(s[10]) {
					return 8
				}
				return 10
			}
			return 8
		}
		return 10
	}
	if s[4] == 'W' {
		idx := 7
		for idx < n && isDigit(s[idx]) {
			idx++
		}
		if idx < 9 {
			return idx
		}
		if idx%2 == 0 {
			return 7
		}
		return 8
	}
	return 8
}

// dtParseIsoDatetime is datetime.fromisoformat's parser.
func dtParseIsoDatetime(s string) (py.Object, error) {
	if len(s) < 7 || !dtIsASCII(s[:7]) {
		return nil, dtInvalidIso(s)
	}
	sep := dtIsoSeparator(s)
	if sep > len(s) {
		return nil, dtInvalidIso(s)
	}
	y, m, d, err := dtParseIsoDateFields(s[:sep])
	if err != nil {
		return nil, dtInvalidIso(s)
	}
	if err := dtCheckDate(int64(y), int64(m), int64(d)); err != nil {
		return nil, err
	}
	dt := &pyDateTime{pyDate: pyDate{year: y, month: m, day: d}}
	if sep < len(s) {
		// The separator is any one character.
		rest := s[sep:]
		r := []rune(rest)
		tstr := string(r[1:])
		if tstr == "" {
			return nil, dtInvalidIso(s)
		}
		t, err := dtParseIsoTime(tstr)
		if err != nil {
			if !dtIsRangeError(err) {
				return nil, dtInvalidIso(s)
			}
			return nil, err
		}
		dt.hour, dt.minute, dt.second, dt.us, dt.tz = t.hour, t.minute, t.second, t.us, t.tz
	}
	return dt, nil
}

// dtIsASCII reports whether s is ASCII.
func dtIsASCII(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII {
			return false
		}
	}
	return true
}
