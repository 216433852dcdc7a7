#!/usr/bin/env python3
"""Independent schema peer (python-jsonschema, Debian's python3-jsonschema) for capabilities documents, the twin of
capabilities.mjs: validates each file against the schema named by --schema with Draft7Validator and format checking,
and prints [{file, valid, errors: [{keyword, instancePath}]}] as JSON.
Usage: python3 capabilities.py --schema <capabilities.schema.json> file..."""
import json, sys

import jsonschema

args = sys.argv[1:]
if "--schema" not in args or args.index("--schema") + 1 >= len(args):
    print("usage: capabilities.py --schema <capabilities.schema.json> file...", file=sys.stderr)
    sys.exit(2)
at = args.index("--schema")
schema = json.load(open(args[at + 1], encoding="utf-8"))
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
results = []
for file in [a for i, a in enumerate(args) if i not in (at, at + 1)]:
    errors = [{"keyword": e.validator, "instancePath": "".join("/" + str(p) for p in e.absolute_path)} for e in validator.iter_errors(json.load(open(file, encoding="utf-8")))]
    results.append({"file": file, "valid": not errors, "errors": errors})
json.dump(results, sys.stdout)
