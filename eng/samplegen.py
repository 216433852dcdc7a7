"""Helpers shared by the sample generators (eng/generate-1.2-samples.py, eng/generate-world-samples.py,
eng/generate-mla-rule-samples.py): writing a sample file, deriving stable message ids, and recording each sample as a
case of samples/manifest.json (valid, invalid or a single-defect rule case). Paths are relative to the repository root;
the scripts change to it before they import this module."""
import copy, json, os, uuid


def T(text, lang='en'):
    """A MultilingualText with one original entry."""
    return {"entries": [{"lang": lang, "text": text, "original": True}]}


def load(p):
    """A sample, by its path under samples/."""
    return json.load(open('samples/' + p, encoding='utf-8'))


def dump(p, d):
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, 'w', encoding='utf-8').write(json.dumps(d, indent=2, ensure_ascii=False) + '\n')


class SampleSet:
    """The cases one generator writes for one release; message ids are UUIDv5 in the generator's own namespace, so a
    rerun writes the same bytes."""

    def __init__(self, version, namespace):
        self.version = version
        self.namespace = uuid.UUID(namespace)
        self.cases = []

    def mid(self, name):
        return str(uuid.uuid5(self.namespace, name))

    def case(self, kind, mt, name, doc, desc, findings=(), rule=None, severity="ERROR", profile=None):
        f = f"{self.version}/{kind}/{mt if kind != 'rules' else rule}/{name}.json"
        dump('samples/' + f, doc)
        c = {"id": f[:-5], "file": f, "version": self.version, "messageType": mt}
        if rule:
            c.update({"kind": "rule", "rule": rule})
        c.update({"expectValid": (not findings) or severity == "WARNING",
                  "expectedFindings": [{"code": code, "pointer": p} for code, p in findings], "description": desc})
        if profile:
            c["profile"] = profile
        self.cases.append(c)

    def valid(self, mt, name, doc, desc):
        self.case('valid', mt, name, doc, desc)

    def rule_case(self, rule, name, base, change, pointers, desc, severity="ERROR", profile=None):
        """A copy of base changed by change(d): 'violates-<name>' with the rule's finding at each pointer, or
        'satisfies-<name>' with none; the copy gets its own message id (and conversation, if it opened one)."""
        d = copy.deepcopy(base)
        if change:
            change(d)
        cid = f"{'violates' if pointers else 'satisfies'}-{name}"
        old = d["header"]["messageId"]
        d["header"]["messageId"] = self.mid(f"{self.version}/rules/{rule}/{cid}")
        if d["header"]["conversationId"] == old:
            d["header"]["conversationId"] = d["header"]["messageId"]
        self.case('rules', d["header"]["messageType"], cid, d, desc, [(rule, p) for p in pointers], rule=rule, severity=severity, profile=profile)

    def write_manifest(self, drop=None):
        """Adds the cases to samples/manifest.json, replacing those with the same ids and those drop(case) selects."""
        m = json.load(open('samples/manifest.json', encoding='utf-8'))
        ids = {c['id'] for c in self.cases}
        m['cases'] = [c for c in m['cases'] if c['id'] not in ids and not (drop and drop(c))] + self.cases
        open('samples/manifest.json', 'w', encoding='utf-8').write(json.dumps(m, indent=2, ensure_ascii=False) + '\n')
        print(self.version, len(self.cases), 'cases')
