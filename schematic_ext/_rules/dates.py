"""Date trait values read the way Schematic's engine reads them: chrono's parsers over Go's formats.

Offset-aware readings come first (RFC 3339, then the strftime formats that carry an offset); then the
strftime formats as wall time in UTC, which is how a zone name, or an offset of a day or more, is read.
Go's date-only formats never parse there (chrono wants a time), so they are not tried.

A parsed date is one int, `seconds * 2e9 + nanoseconds`, so instants order as integers and a leap
second (`:60`, kept as second 59 plus a second's worth of nanoseconds) sorts between its neighbours.
Unparseable text is None.
"""

from __future__ import annotations

__all__ = ["SECOND", "civil_from_days", "days_from_civil", "days_in_month", "parse_date", "parse_timestamp"]

SECOND = 2_000_000_000
MIN_YEAR = -262_144
MAX_YEAR = 262_143
_MAX_OFFSET = 86_400
_RFC3339_MAX_OFFSET = (23 * 60 + 59) * 60
_DIGITS = frozenset("0123456789")
# Rust's char::is_whitespace.
_SPACE = frozenset("\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | frozenset(
    chr(c) for c in range(0x2000, 0x200B)
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

# Format items: a field letter (numeric), " " (any whitespace), "a"/"b" (weekday/month name),
# "Z" (zone name, skipped), "z" (offset), "ms" (a dot and exactly three digits), or a literal written
# as ("lit", text). Other fractions of a second are read by the RFC 3339 reader only.
_Y, _M, _D, _H, _MI, _S = "Y", "m", "d", "H", "M", "S"
_ISO_DATE = (_Y, ("lit", "-"), _M, ("lit", "-"), _D)
_CLOCK = (_H, ("lit", ":"), _MI, ("lit", ":"), _S)
_SPACED = (*_ISO_DATE, " ", *_CLOCK, " ", "Z")  # %Y-%m-%d %H:%M:%S %Z
_T_OFFSET = (*_ISO_DATE, ("lit", "T"), *_CLOCK, "z")  # %Y-%m-%dT%H:%M:%S%z
_T_MILLIS_OFFSET = (*_ISO_DATE, ("lit", "T"), *_CLOCK, "ms", "z")  # %Y-%m-%dT%H:%M:%S%.3f%z
_JS_DATE = ("a", " ", "b", " ", _D, " ", _Y, " ", *_CLOCK)
_JS_ZONE = (*_JS_DATE, " ", "Z")  # %a %b %d %Y %H:%M:%S %Z
_JS_GMT = (*_JS_DATE, " ", ("lit", "GMT"), "z")  # %a %b %d %Y %H:%M:%S GMT%z


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date."""
    year -= month <= 2
    era = year // 400
    yoe = year - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146_097 + doe - 719_468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """(year, month, day) of a day count since 1970-01-01."""
    days += 719_468
    era = days // 146_097
    doe = days - era * 146_097
    yoe = (doe - doe // 1460 + doe // 36_524 - doe // 146_096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + (3 if mp < 10 else -9)
    return yoe + era * 400 + (month <= 2), month, day


def _number(s: str, i: int, low: int, high: int) -> tuple[int, int] | None:
    """chrono's scan::number: between `low` and `high` ASCII digits at `i` → (value, next index)."""
    end = i
    limit = min(len(s), i + high)
    while end < limit and s[end] in _DIGITS:
        end += 1
    if end - i < low or end - i > 18:  # no field chrono reads is valid that long
        return None
    return int(s[i:end]), end


def _skip_space(s: str, i: int) -> int:
    while i < len(s) and s[i] in _SPACE:
        i += 1
    return i


def _offset(s: str, i: int, exact_colon: bool) -> tuple[int, int] | None:
    """chrono's timezone offset: sign, two hour digits, separator, two minute digits → (seconds, index)."""
    if i >= len(s) or s[i] not in "+-\u2212":
        return None
    negative = s[i] != "+"
    i += 1
    if i + 2 > len(s) or s[i] not in _DIGITS or s[i + 1] not in _DIGITS:
        return None
    hours = int(s[i : i + 2])
    i += 2
    if exact_colon:
        if i >= len(s) or s[i] != ":":
            return None
        i += 1
    else:
        while i < len(s) and (s[i] == ":" or s[i] in _SPACE):
            i += 1
    if i + 2 > len(s) or s[i] not in "012345" or s[i + 1] not in _DIGITS:
        return None
    seconds = hours * 3600 + int(s[i : i + 2]) * 60
    return (-seconds if negative else seconds), i + 2


def _fraction(s: str, i: int) -> tuple[int, int] | None:
    """Digits after a dot as nanoseconds (the first nine count, the rest are skipped)."""
    scanned = _number(s, i, 1, 9)
    if scanned is None:
        return None
    value, end = scanned
    nanos = value * 10 ** (9 - (end - i))
    while end < len(s) and s[end] in _DIGITS:
        end += 1
    return nanos, end


def _parse_items(s: str, items: tuple[object, ...]) -> dict[str, int] | None:
    """Run chrono's strftime parser over `s`; the fields read, or None on any error."""
    fields: dict[str, int] = {}
    i = 0
    n = len(s)
    for item in items:
        if item == " ":
            i = _skip_space(s, i)
        elif item == "Z":
            while i < n and s[i] not in _SPACE:
                i += 1
        elif item == "z":
            offset = _offset(s, _skip_space(s, i), exact_colon=False)
            if offset is None:
                return None
            fields["offset"], i = offset
        elif item == "ms":
            scanned = _number(s, i + 1, 3, 3) if s.startswith(".", i) else None
            if scanned is None:
                return None
            millis, i = scanned
            fields["nanos"] = millis * 1_000_000
        elif item == "a" or item == "b":
            word = s[i : i + 3]
            names = _WEEKDAYS if item == "a" else _MONTHS
            if len(word) < 3 or not word.isascii() or word.lower() not in names:
                return None
            fields["weekday" if item == "a" else _M] = names.index(word.lower()) + (item == "b")
            i += 3
        elif isinstance(item, tuple):
            text = item[1]
            if not s.startswith(text, i):
                return None
            i += len(text)
        else:
            i = _skip_space(s, i)
            if item == _Y and i < n and s[i] in "+-":
                negative = s[i] == "-"
                scanned = _number(s, i + 1, 1, n)
                if scanned is None:
                    return None
                value, i = scanned
                if negative:
                    value = -value
            else:
                scanned = _number(s, i, 1, 4 if item == _Y else 2)
                if scanned is None:
                    return None
                value, i = scanned
            fields[str(item)] = value
    if i != n:
        return None
    return fields


def _rfc3339(s: str) -> dict[str, int] | None:
    """chrono's RFC 3339 reader: fixed widths, `T` or `t`, `Z`/`z` or a `±hh:mm` offset under a day."""
    fields: dict[str, int] = {}
    i = 0
    for name, width, after in (("Y", 4, "-"), ("m", 2, "-"), ("d", 2, "Tt"), ("H", 2, ":"), ("M", 2, ":")):
        scanned = _number(s, i, width, width)
        if scanned is None:
            return None
        fields[name], i = scanned
        if i >= len(s) or s[i] not in after:
            return None
        i += 1
    scanned = _number(s, i, 2, 2)
    if scanned is None:
        return None
    fields["S"], i = scanned
    if i < len(s) and s[i] == ".":
        fraction = _fraction(s, i + 1)
        if fraction is None:
            return None
        fields["nanos"], i = fraction
    if i < len(s) and s[i] in "Zz":
        fields["offset"], i = 0, i + 1
    else:
        offset = _offset(s, i, exact_colon=True)
        if offset is None or abs(offset[0]) > _RFC3339_MAX_OFFSET:
            return None
        fields["offset"], i = offset
    return fields if i == len(s) else None


def _instant(fields: dict[str, int], with_offset: bool) -> int | None:
    """The key of the fields read, checked as chrono checks them; None where chrono refuses the date."""
    year, month, day = fields["Y"], fields["m"], fields["d"]
    hour, minute, second = fields["H"], fields["M"], fields["S"]
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12 and 1 <= day <= days_in_month(year, month)):
        return None
    if hour > 23 or minute > 59 or second > 60:
        return None
    nanos = fields.get("nanos", 0)
    if second == 60:
        second, nanos = 59, nanos + 1_000_000_000
    days = days_from_civil(year, month, day)
    weekday = fields.get("weekday")
    if weekday is not None and weekday != (days + 3) % 7:
        return None
    offset = 0
    if with_offset:
        offset = fields["offset"]
        if abs(offset) >= _MAX_OFFSET:
            return None
    return (days * 86_400 + hour * 3600 + minute * 60 + second - offset) * SECOND + nanos


def parse_date(value: str) -> int | None:
    """The instant a date trait value names, or None: offset-aware readings first, then wall-clock ones."""
    fields = _rfc3339(value)
    if fields is not None:
        return _instant(fields, with_offset=True)
    offset_formats = [_parse_items(value, items) for items in (_T_OFFSET, _T_MILLIS_OFFSET, _JS_GMT)]
    for fields_read in offset_formats:
        if fields_read is not None:
            instant = _instant(fields_read, with_offset=True)
            if instant is not None:
                return instant
    wall_clock = (_parse_items(value, _SPACED), *offset_formats, _parse_items(value, _JS_ZONE))
    for fields_read in wall_clock:
        if fields_read is not None:
            instant = _instant(fields_read, with_offset=False)
            if instant is not None:
                return instant
    return None


def parse_timestamp(value: str) -> int | None:
    """An RFC 3339 timestamp (`T`, `t` or a space between date and time) as nanoseconds since the epoch."""
    fields = _rfc3339(value)
    if fields is None and len(value) > 10 and value[10] == " ":
        fields = _rfc3339(f"{value[:10]}T{value[11:]}")
    if fields is None:
        return None
    key = _instant(fields, with_offset=True)
    if key is None:
        return None
    seconds, nanos = divmod(key, SECOND)
    return seconds * 1_000_000_000 + nanos
