#!/usr/bin/env python3
"""Brings docs/code-lists.md up to release 1.2: a row for every value a common code list gained in 1.2 (marked *(1.2)*,
with the 1.1 value it falls back to from schemas/conversions/1.2-to-1.1.json) and a section for every code list new in
1.2. Meanings and legal sources come from the definitions' descriptions in schemas/1.2 ("VALUE — meaning (source)"),
C# member names from the enums in src/Mlat.Sdk/Messages. Rows already present are kept. Run from anywhere;
CodeListDocumentationTests checks the result."""
import json, os, re
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

def enums(v):
    out = {}
    for f in ('codes', 'types'):
        d = json.load(open(f'schemas/{v}/common/{f}.schema.json', encoding='utf-8'))
        for n, s in d['definitions'].items():
            if s.get('type') == 'string' and 'enum' in s and n not in ('CountryCode', 'LanguageCode'):
                out[n] = (f, s['enum'], s.get('description', ''))
    return out

members = {}
for name in os.listdir('src/Mlat.Sdk/Messages'):
    src = open(os.path.join('src/Mlat.Sdk/Messages', name), encoding='utf-8').read()
    for m in re.finditer(r'public enum (\w+)\s*\{(.*?)\}', src, re.S):
        members[m.group(1)] = dict(re.findall(r'JsonStringEnumMemberName\("([^"]+)"\)\]\s*(\w+)', m.group(2)))

fallbacks = {k.split('/')[-1]: v for k, v in json.load(open('schemas/conversions/1.2-to-1.1.json', encoding='utf-8'))['enumFallbacks'].items()}
old, new = enums('1.1'), enums('1.2')
doc = open('docs/code-lists.md', encoding='utf-8').read()
# The block of lists new in 1.2 is rewritten whole on every run: drop it first, so that its sections are not mistaken
# for lists of earlier releases (which would leave them out of the rewritten block).
marker = '## Code lists added in 1.2\n'
if marker in doc:
    start = doc.index(marker)
    doc = doc[:start] + doc[doc.index('## Deprecated values', start):]

def meanings(desc, values):
    """VALUE — meaning (source); ... → {VALUE: (meaning, source)}."""
    found = {}
    alternatives = '|'.join(re.escape(v) for v in sorted(values, key=len, reverse=True))
    hits = list(re.finditer(rf'(?<![A-Za-z0-9_])({alternatives}) — ', desc))
    for i, h in enumerate(hits):
        end = hits[i + 1].start() if i + 1 < len(hits) else len(desc)
        text = desc[h.end():end].strip().rstrip(';').rstrip('.').strip()
        text = re.sub(r'\s*\bSince 1\.2$', '', text).rstrip('.').strip()
        source = ''
        if text.endswith(')'):
            depth, i = 0, len(text) - 1
            while i >= 0:
                depth += {')': 1, '(': -1}.get(text[i], 0)
                if depth == 0:
                    break
                i -= 1
            inner = text[i + 1:-1]
            if i > 0 and re.search(r'art\.|arts|annex|OJ |Convention|Directive|Regulation|ITU|IEEE', inner):
                source, text = inner, text[:i].strip()
        found[h.group(1)] = (text[:1].upper() + text[1:] + '.', source)
    return found

def sources_of(desc):
    return '; '.join(re.findall(r'\(([^()]*(?:art\.|arts|annex|Directive|Regulation)[^()]*)\)', desc)[:1]) or '-'

# The instrument a bare "art. n" of a description refers to, and the source of lists whose values carry none.
INSTRUMENT_OF = {'DataSubcategory': 'Regulation (EU) 2023/1543 ', 'DeadlineKind': 'Regulation (EU) 2023/1543 '}
SOURCE_OF = {'AssetKind': 'UNCAC arts 2(d), 31; UNTOC arts 2(d), 12; Regulation (EU) 2018/1805 annex I section D',
             'InterpreterArrangement': 'Directive 2014/41/EU arts 24(5)(e), 25; EU MLA Convention 2000 art. 10(5)(d)',
             'DualCriminalityAssessment': 'Directive 2014/41/EU art. 11(1)(g)',
             'NonConvictionReason': 'UNCAC art. 54(1)(c)', 'ReturnBeneficiary': 'UNCAC art. 57(3)(c); UNTOC art. 14(2)',
             'CostBearer': 'Directive 2014/41/EU arts 21(2)(b), 22(10); ETS 030 art. 20', 'DeductionKind': 'UNCAC art. 57(4)',
             'CostKind': 'UNTOC art. 18(28); ETS 030 art. 20'}
VALUE_SOURCE = {'CISA': 'CISA arts 48–53', 'ETS_099': 'CETS No. 099', 'VIENNA_1988': 'Vienna Convention 1988 art. 7',
                'EU_UK_TCA': 'EU–UK TCA part three title VIII', 'RECIPROCITY': 'national law',
                'ACOUSTIC_SURVEILLANCE': 'EIO art. 28(1); annex A section H7',
                # Instruments are their own source: the treaty and where it is registered or published.
                'INTER_AMERICAN_MLA_1992': 'OAS Treaty A-55', 'HARARE_SCHEME': 'Commonwealth Harare Scheme (1986, as amended)',
                'ECOWAS_MLA_1992': 'ECOWAS Convention A/P.1/7/92', 'SADC_MLA_2002': 'SADC Protocol on MLA in Criminal Matters (2002)',
                'ASEAN_MLAT_2004': 'ASEAN Treaty on MLA in Criminal Matters (2004)',
                'MLA_REGIONAL': 'the regional instrument named in legalBasis (rule MLAT-R-0056)',
                'MLA_RECIPROCITY': 'national law of the requested State', 'ICCID': 'ITU-T E.118',
                ('PenaltyType', 'DEATH_PENALTY'): 'the law of the requesting State; rule MLAT-R-0111',
                ('RefusalGroundCode', 'DEATH_PENALTY'): "national law or treaty, e.g. Australia's Mutual Assistance in Criminal Matters Act 1987 s 8(1A)"}


def row(name, value, desc, since):
    meaning, source = meanings(desc, new[name][1]).get(value, (None, None))
    if meaning is None:
        meaning, source = value.replace('_', ' ').capitalize() + '.', sources_of(desc)
    if name == 'Iso6393Code':
        source = 'ISO 639-3'
    elif source and source.startswith('art.'):
        source = INSTRUMENT_OF.get(name, '') + source  # the description names the instrument once, before the values
    elif not source or source == '-':
        source = VALUE_SOURCE.get((name, value)) or VALUE_SOURCE.get(value) or SOURCE_OF.get(name, '-')
    fb = fallbacks.get(name, {}).get(value)
    note = f'*({since})* ' if since else ''
    tail = f' Falls back to {fb} in 1.1.' if fb else ''
    return f'| `{value}` | `{members.get(name, {}).get(value, "?")}` | {note}{meaning}{tail} | {source or "-"} |'

added_sections = []
for name, (f, values, desc) in new.items():
    before = old.get(name, (None, [], ''))[1]
    missing = [v for v in values if v not in before]
    section = re.search(rf'^(##+) {name}\n', doc, re.M)
    if section:
        body_end = re.compile(r'^##+ ', re.M).search(doc, section.end())
        end = body_end.start() if body_end else len(doc)
        body = doc[section.end():end]
        documented = set(re.findall(r'^\| `([^`]+)` \|', body, re.M))
        rows = [row(name, v, desc, '1.2') for v in missing if v not in documented]
        if rows:
            last = max(m.end() for m in re.finditer(r'^\|.*\|$', body, re.M))
            body = body[:last] + '\n' + '\n'.join(rows) + body[last:]
            doc = doc[:section.end()] + body + doc[end:]
    elif missing:
        first = min([desc.find(f'{v} — ') for v in values if f'{v} — ' in desc] + [desc.find(f': {values[0]}, ') if f': {values[0]}, ' in desc else len(desc)])
        intro = desc[:first].rstrip(' :;.') + '.'
        intro = re.sub(r'\s*Since 1\.2\.?$', '', intro)
        lines = [f'### {name}', '', f'*(1.2)* {intro} Defined in `schemas/1.2/common/{f}.schema.json`.', '',
                 '| value | C# member | meaning | legal source |', '|---|---|---|---|']
        lines += [row(name, v, desc, None) for v in values]
        added_sections.append('\n'.join(lines) + '\n')

if added_sections:
    block = marker + '\nNew in release 1.2 (a MINOR release: a 1.1 message never carries them; down-conversion parks the member that holds one).\n\n' + '\n'.join(added_sections) + '\n'
    doc = doc.replace('## Deprecated values', block + '## Deprecated values', 1)
open('docs/code-lists.md', 'w', encoding='utf-8').write(doc)
print(len(added_sections), 'sections added')
