#!/usr/bin/env python3
"""Independent schema peer (python-jsonschema, Debian's python3-jsonschema) for the SDK's interop tests, the twin of
validate.mjs: validates message files against one schema release with Draft7Validator and format checking, every
schema of the release in a local $ref store (no network), each file's schema chosen by header.messageType through the
release's index.json. Prints {"formats": [...], "results": [{file, valid, errors: [{keyword, pointer}]}]} as JSON.
Pointers are normalised like the SDK's findings and validate.mjs: required -> the missing member, additionalProperties
-> the extra member, RFC 6901 escaped; errors inside anyOf/oneOf are listed too, as ajv's allErrors does.
Formats: the library's own checkers (date, email; uri with python3-rfc3987). python-jsonschema checks date-time only
with the rfc3339-validator module, which Debian does not package: then this script registers an RFC 3339 section 5.6
check of its own (marked "date-time (script)" in "formats"), so the test knows which checks are the library's.
Usage: python3 validate.py --release <schemas/1.0> [file...]   (no files: a JSON array of paths on stdin)"""
import datetime, json, os, re, sys, warnings

import jsonschema

warnings.simplefilter("ignore", DeprecationWarning)  # RefResolver: deprecated in newer releases, the API of Debian's 4.10

args = sys.argv[1:]
if "--release" not in args or args.index("--release") + 1 >= len(args):
    print("usage: validate.py --release <release folder> [file...]", file=sys.stderr)
    sys.exit(2)
at = args.index("--release")
release = args[at + 1]
files = [a for i, a in enumerate(args) if i not in (at, at + 1)] or json.load(sys.stdin)

index = json.load(open(os.path.join(release, "index.json"), encoding="utf-8"))
base = f"https://w3id.org/mlat/schemas/{index['version']}/"
store = {}
for folder, _, names in os.walk(release):
    for name in names:
        if name.endswith(".schema.json"):
            path = os.path.join(folder, name)
            schema = json.load(open(path, encoding="utf-8"))
            expected = base + os.path.relpath(path, release).replace(os.sep, "/")
            if schema.get("$id") != expected:
                raise SystemExit(f"{path}: $id {schema.get('$id')} is not {expected}")
            store[expected] = schema

checker = jsonschema.Draft7Validator.FORMAT_CHECKER
formats = sorted(checker.checkers)
if "date-time" not in checker.checkers:
    RFC3339 = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$")

    @checker.checks("date-time")
    def _date_time(value):
        if not isinstance(value, str):
            return True
        m = RFC3339.match(value)
        if not m:
            return False
        year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
        try:
            datetime.date(year, month, day)
        except ValueError:
            return False
        offset_ok = m.group(9) is None or (int(m.group(9)) <= 23 and int(m.group(10)) <= 59)
        return hour <= 23 and minute <= 59 and second <= 60 and offset_ok  # second 60: a leap second (RFC 3339 5.6)

    formats = sorted(formats + ["date-time (script)"])


def escape(name):
    return str(name).replace("~", "~0").replace("/", "~1")


def pointer(parts):
    return "".join("/" + escape(p) for p in parts)


def flatten(errors):
    for e in errors:
        yield e
        yield from flatten(e.context or [])


def normalise(error):
    path = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        return [("required", pointer(path + [m])) for m in error.validator_value if m not in error.instance]
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = set(error.schema.get("properties", {}))
        patterns = [re.compile(p) for p in error.schema.get("patternProperties", {})]
        extra = [k for k in error.instance if k not in known and not any(p.search(k) for p in patterns)]
        return [("additionalProperties", pointer(path + [k])) for k in extra]
    return [(error.validator, pointer(path))]


results = []
for file in files:
    try:
        document = json.load(open(file, encoding="utf-8"))
    except ValueError:
        results.append({"file": file, "valid": False, "errors": [{"keyword": "parse", "pointer": ""}]})
        continue
    message_type = (document.get("header") or {}).get("messageType") if isinstance(document, dict) else None
    schema_file = index["messageTypes"].get(message_type) if isinstance(message_type, str) else None
    if schema_file is None:
        results.append({"file": file, "valid": False, "errors": [{"keyword": "messageType", "pointer": "/header/messageType"}]})
        continue
    schema = store[base + schema_file]
    resolver = jsonschema.RefResolver(base_uri=base + schema_file, referrer=schema, store=store)
    validator = jsonschema.Draft7Validator(schema, resolver=resolver, format_checker=checker)
    errors = [{"keyword": k, "pointer": p} for e in flatten(validator.iter_errors(document)) for k, p in normalise(e)]
    results.append({"file": file, "valid": not errors, "errors": errors})

json.dump({"formats": formats, "results": results}, sys.stdout)
