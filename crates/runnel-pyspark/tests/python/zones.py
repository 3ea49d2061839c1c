# zoneinfo.ZoneInfo as CPython's: aware datetimes in a region's rules (DST), astimezone,
# %Z / tzname, utcoffset across DST, arithmetic in wall-clock time.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
import zoneinfo

ny = ZoneInfo("America/New_York")
print(ny, repr(ny), ny.key, str(ZoneInfo("UTC")))
a = datetime(2024, 3, 10, 1, 30, tzinfo=ny)
print(a, repr(a))
print(a.utcoffset(), a.tzname(), a.dst(), summer_dst := datetime(2024, 7, 1, tzinfo=ny).dst(), datetime(2024, 7, 1).dst())
b = a + timedelta(hours=1)
print(b, b.tzname(), b.utcoffset())
c = a + timedelta(hours=2)
print(c, c.tzname(), c.utcoffset(), c - a)
summer = datetime(2024, 7, 4, 12, 0, tzinfo=ny)
winter = datetime(2024, 12, 25, 12, 0, tzinfo=ny)
for d in (summer, winter):
    print(d.isoformat(), d.strftime("%Y-%m-%d %H:%M %Z %z"), f"{d:%H:%M %Z}", d.timestamp())
u = datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc)
for h in range(4):
    x = (u + timedelta(hours=h)).astimezone(ny)
    print(x, x.tzname(), x.hour)
print(summer.astimezone(timezone.utc), summer.astimezone(ZoneInfo("Asia/Kolkata")))
print(summer.astimezone(ZoneInfo("Europe/London")).strftime("%H:%M %Z"))
tokyo = ZoneInfo("Asia/Tokyo")
t = datetime.fromtimestamp(0, tz=tokyo)
print(t, t.tzinfo, t.tzinfo is tokyo, type(t.tzinfo).__name__)
print(summer == summer.astimezone(tokyo), summer < winter, winter - summer)
r = summer.replace(tzinfo=ZoneInfo("Europe/Paris"))
print(r, r.utcoffset())
print(winter.replace(tzinfo=None), summer.replace(hour=23))
n = datetime.now(ny)
print(n.tzinfo, n.utcoffset() in (timedelta(hours=-4), timedelta(hours=-5)))
try:
    ZoneInfo("Mars/Olympus")
except zoneinfo.ZoneInfoNotFoundError as e:
    print("ZoneInfoNotFoundError", e)
try:
    ZoneInfo("Nowhere/Else")
except KeyError as e:
    print("KeyError", type(e).__name__)
print({datetime(2024, 1, 1, tzinfo=ny): 1}[datetime(2024, 1, 1, 5, tzinfo=timezone.utc)])
print(ny.utcoffset(datetime(2024, 7, 1)), ny.tzname(datetime(2024, 1, 1)), ny.dst(datetime(2024, 7, 1)))
print(isinstance(ny, zoneinfo.ZoneInfo), ZoneInfo("America/New_York") is ny, ZoneInfo("Europe/Berlin") == ZoneInfo("Europe/Berlin"))
print(b.dst(), b.strftime("%Z"), (b + timedelta(minutes=30)).strftime("%H:%M %Z"))
