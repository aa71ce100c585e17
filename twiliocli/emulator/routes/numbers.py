"""Phone numbers: Twilio's inventory (search by country and type) and the account's own numbers.

Buying a number takes it out of the shared inventory; releasing it does not put it back (Twilio
quarantines released numbers). Transfers move a number between accounts of the same owner.
"""

from __future__ import annotations

import math
import re

from .. import auth, catalog, crud, rows, spec_kinds, validate
from ..catalog import COUNTRIES, NUMBER_TYPE_VIEW, NUMBER_TYPES, View
from ..context import Context
from ..errors import ApiError
from ..records import fill, render
from ..store import random_sid

NUMBERS, POOL = catalog.NUMBERS, catalog.AVAILABLE_NUMBERS
PATH = NUMBERS.api.path
AVAILABLE = "/Accounts/{AccountSid}/AvailablePhoneNumbers"
SEARCH_TYPES = {"Local": "local", "TollFree": "toll-free", "Mobile": "mobile", "National": "national",
                "Voip": "voip", "SharedCost": "shared-cost", "MachineToMachine": "machine-to-machine"}
KEYPAD = {c: str(d) for d, letters in enumerate(("", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"))
          for c in letters}
DEFAULT_SEARCH_SIZE = 30
DEFAULT_DISTANCE = 25
ADDRESSES = spec_kinds.kind(spec_kinds.ACCOUNT + "/Addresses")
DEPENDENT = spec_kinds.family(spec_kinds.ACCOUNT + "/Addresses/{AddressSid}/DependentPhoneNumbers")
DEPENDENT_VIEW = View(only=DEPENDENT.view.only)
MAGIC_UNAVAILABLE, MAGIC_BUYABLE, MAGIC_EMPTY_AREA, MAGIC_AREA = "+15005550000", "+15005550006", "533", "500"


# --- the account's numbers ---------------------------------------------------------------------

def list_numbers(ctx: Context, type_: str | None = None) -> dict:
    scope = {"account_sid": ctx.account_sid, **({"type": type_} if type_ else {})}
    return crud.list_response(ctx, NUMBERS, scope, NUMBER_TYPE_VIEW if type_ else None)


def fetch_number(ctx: Context, Sid: str) -> dict:
    return render(NUMBERS, crud.find(ctx, NUMBERS, account_sid=ctx.account_sid, sid=Sid))


def take_from_pool(ctx: Context, type_: str | None) -> dict:
    """The inventory entry a purchase asks for (PhoneNumber or AreaCode), removed from the pool."""
    form = ctx.form
    wanted, area = form.get("PhoneNumber"), form.get("AreaCode")
    if not wanted and not area:
        raise ApiError(400, 21451, "A 'PhoneNumber' or 'AreaCode' is required")
    if wanted:
        number = validate.phone(wanted)
        if number is None or number == validate.MAGIC_INVALID:
            raise ApiError(400, 21421, f"PhoneNumber {wanted} is invalid")
        if number == MAGIC_BUYABLE:
            return magic_entry()
        entry = ctx.store.get(POOL, phone_number=number)
        if entry is None or number == MAGIC_UNAVAILABLE:
            raise ApiError(400, 21422, f"PhoneNumber {number} is not available")
    else:
        if area == MAGIC_AREA:
            return magic_entry()
        found = ctx.store.query(f"SELECT * FROM {POOL.table} WHERE (phone_number LIKE ? OR phone_number LIKE ?) "
                                + ("AND \"type\" = ? " if type_ else "") + "ORDER BY phone_number LIMIT 1",
                                [f"+1{area}%", f"+44{area}%", *([type_] if type_ else [])])
        if not found or area == MAGIC_EMPTY_AREA:
            raise ApiError(400, 21452, f"No phone numbers found in area code {area}")
        entry = found[0]
    if type_ and entry["type"] != type_:
        raise ApiError(400, 21422, f"PhoneNumber {entry['phone_number']} is not a {type_} number")
    ctx.store.delete(POOL, entry)
    return entry


def magic_entry() -> dict:
    return {"phone_number": MAGIC_BUYABLE, "friendly_name": "(500) 555-0006", "type": "local",
            "capabilities": '{"voice": true, "sms": true, "mms": true, "fax": false}', "address_requirements": "none",
            "beta": 0}


def create_number(ctx: Context, type_: str | None = None) -> tuple[dict, int]:
    crud.require_active(ctx)
    settings = {k: v for k, v in crud.settings(ctx, NUMBERS, tuple(catalog.NUMBER_SETTINGS)).items() if v is not None}
    entry = take_from_pool(ctx, type_)
    when = ctx.now()
    row = ctx.store.insert(NUMBERS, {
        **rows.number_settings(when), "account_sid": ctx.account_sid, "sid": random_sid("PN"),
        "phone_number": entry["phone_number"], "friendly_name": entry["friendly_name"],
        "capabilities": entry["capabilities"], "address_requirements": entry["address_requirements"],
        "beta": bool(entry["beta"]), "type": entry["type"], **settings,
    })
    ctx.count("numbers_created")
    return render(NUMBERS, row), 201


def update_number(ctx: Context, Sid: str) -> dict:
    number = crud.find(ctx, NUMBERS, account_sid=ctx.account_sid, sid=Sid)
    changes = crud.settings(ctx, NUMBERS, NUMBERS.updatable)
    if changes.get("account_sid") is None:
        changes.pop("account_sid", None)  # an empty AccountSid moves the number nowhere
    target = changes.get("account_sid")
    if target and target != number["account_sid"]:
        destination = ctx.store.get(catalog.ACCOUNTS, sid=target)
        if destination is None or auth.main_account(destination) != auth.main_account(ctx.account) \
                or not auth.can_reach(ctx.principal, destination):
            raise ApiError(400, 21470, f"AccountSid {target} is not a subaccount of the same main account")
        if destination["status"] != "active":
            raise ApiError(400, 21472, "Account is not active")
        ctx.count("numbers_transferred")
    row = crud.update(ctx, NUMBERS, number, changes)
    ctx.count("numbers_updated")
    return render(NUMBERS, row)


def delete_number(ctx: Context, Sid: str):
    ctx.store.delete(NUMBERS, crud.find(ctx, NUMBERS, account_sid=ctx.account_sid, sid=Sid))
    ctx.count("numbers_deleted")
    return crud.no_content()


def list_dependent_numbers(ctx: Context, AddressSid: str) -> dict:
    """The account's numbers that name the address (`AddressSid`), as Twilio lists them."""
    crud.find(ctx, ADDRESSES, account_sid=ctx.account_sid, sid=AddressSid)
    return crud.list_response(ctx, NUMBERS, {"account_sid": ctx.account_sid, "address_sid": AddressSid},
                              DEPENDENT_VIEW, DEPENDENT.kind.api.list_key)


def typed(handler, type_: str):
    def bound(ctx: Context):
        return handler(ctx, type_)
    return bound


# --- Twilio's inventory --------------------------------------------------------------------------

def country(ctx: Context, code: str) -> dict:
    types = [t for (t,) in ctx.store.conn.execute(
        f"SELECT DISTINCT \"type\" FROM {POOL.table} WHERE iso_country = ?", (code,))] if code in COUNTRIES else []
    base = fill(AVAILABLE, {"account_sid": ctx.account_sid}) + f"/{code}"
    names = {v: k for k, v in SEARCH_TYPES.items()}
    return {"country_code": code, "country": COUNTRIES.get(code), "uri": base + ".json", "beta": False,
            "subresource_uris": {t.replace("-", "_"): f"{base}/{names[t]}.json" for t in sorted(types)}}


def list_countries(ctx: Context) -> dict:
    return {"countries": [country(ctx, code) for code in COUNTRIES],
            "uri": fill(AVAILABLE, {"account_sid": ctx.account_sid}) + ".json"}


def fetch_country(ctx: Context, CountryCode: str) -> dict:
    if CountryCode not in COUNTRIES:
        raise crud.errors.not_found(ctx.path)
    return country(ctx, CountryCode)


def contains_pattern(value: str) -> re.Pattern:
    """Twilio's `Contains`: digits, letters (keypad), `*` for any digit; anywhere in the number."""
    digits = "".join(KEYPAD.get(c.lower(), c) for c in value if c.isalnum() or c == "*")
    if not digits:
        raise crud.errors.invalid("Contains", value)
    return re.compile(digits.replace("*", r"\d"))


def distance_miles(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 3959 * 2 * math.asin(math.sqrt(h))


def search(ctx: Context, CountryCode: str, Type: str) -> dict:
    """AvailablePhoneNumbers/{Country}/{Type}: the inventory filtered by every parameter Twilio takes."""
    type_ = SEARCH_TYPES.get(Type)
    if type_ is None or CountryCode not in COUNTRIES:
        raise crud.errors.not_found(ctx.path)
    args = ctx.args
    size = crud.envelope.page_size(args, DEFAULT_SEARCH_SIZE)
    where, params = ["iso_country = ?", "\"type\" = ?"], [CountryCode, type_]
    for param, column in (("InRegion", "region"), ("InPostalCode", "postal_code"), ("InRateCenter", "rate_center"),
                          ("InLata", "lata"), ("InLocality", "locality")):
        if args.get(param):
            where.append(f"{column} = ?"), params.append(args[param])
    area = validate.integer(args, "AreaCode", 0, 9999)
    if area is not None:
        where.append("phone_number LIKE ?"), params.append(f"+{'1' if CountryCode in ('US', 'CA') else '44'}{area}%")
    for param, requirement in (("ExcludeAllAddressRequired", ("any", "local", "foreign")),
                               ("ExcludeLocalAddressRequired", ("local",)),
                               ("ExcludeForeignAddressRequired", ("foreign",))):
        if validate.boolean(args, param):
            where.append(f"address_requirements NOT IN ({', '.join('?' for _ in requirement)})"), params.extend(requirement)
    if validate.boolean(args, "Beta", True) is False:
        where.append("beta = 0")
    candidates = ctx.store.query(f"SELECT * FROM {POOL.table} WHERE {' AND '.join(where)} ORDER BY phone_number", params)
    pattern = contains_pattern(args["Contains"]) if args.get("Contains") else None
    wanted = {cap: validate.boolean(args, param) for cap, param in (("sms", "SmsEnabled"), ("mms", "MmsEnabled"),
                                                                    ("voice", "VoiceEnabled"), ("fax", "FaxEnabled"))}
    near = near_point(ctx)
    distance = validate.integer(args, "Distance", 0, 500, DEFAULT_DISTANCE)
    found = []
    for row in candidates:
        record = render(POOL, row)
        if pattern and not pattern.search(row["phone_number"][1:]):
            continue
        if any(flag is not None and bool(record["capabilities"].get(cap)) != flag for cap, flag in wanted.items()):
            continue
        if near and (row["latitude"] is None or distance_miles(near, (float(row["latitude"]),
                                                                      float(row["longitude"]))) > distance):
            continue
        record["latitude"] = None if record["latitude"] is None else f"{record['latitude']:.6f}"
        record["longitude"] = None if record["longitude"] is None else f"{record['longitude']:.6f}"
        found.append(record)
        if len(found) == size:
            break
    base = fill(AVAILABLE, {"account_sid": ctx.account_sid})
    return {"uri": f"{base}/{CountryCode}/{Type}.json" + (f"?{ctx.request.query_string.decode()}"
                                                           if ctx.request.query_string else ""),
            "available_phone_numbers": found}


def near_point(ctx: Context) -> tuple[float, float] | None:
    """The point of `NearLatLong`, or of the inventory number `NearNumber` is close to."""
    lat_long, number = ctx.args.get("NearLatLong"), ctx.args.get("NearNumber")
    if lat_long:
        try:
            lat, lon = (float(x) for x in lat_long.split(","))
        except ValueError:
            lat = lon = math.nan
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):  # also refuses nan and inf (`1e400`)
            raise crud.errors.invalid("NearLatLong", lat_long)
        return lat, lon
    if number:
        e164 = validate.phone(number) or number
        row = ctx.store.query(f"SELECT latitude, longitude FROM {POOL.table} WHERE phone_number LIKE ? "
                              "AND latitude IS NOT NULL LIMIT 1", (e164[:5] + "%",))
        if row:
            return float(row[0]["latitude"]), float(row[0]["longitude"])
        raise crud.errors.invalid("NearNumber", number)
    return None


ROUTES = (
    ("GET", PATH, list_numbers),
    ("POST", PATH, create_number),
    ("GET", PATH + "/{Sid}", fetch_number),
    ("POST", PATH + "/{Sid}", update_number),
    ("DELETE", PATH + "/{Sid}", delete_number),
    *(route for name, type_ in NUMBER_TYPES.items() for route in (
        ("GET", f"{PATH}/{name}", typed(list_numbers, type_)), ("POST", f"{PATH}/{name}", typed(create_number, type_)))),
    ("GET", DEPENDENT.list_path, list_dependent_numbers),
    ("GET", AVAILABLE, list_countries),
    ("GET", AVAILABLE + "/{CountryCode}", fetch_country),
    ("GET", AVAILABLE + "/{CountryCode}/{Type}", search),
)
