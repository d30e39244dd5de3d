#!/usr/bin/env python3
"""Look up names in the gold files of the earlier evaluation sets (names only, never texts).

A helper writing a new blind set uses this to check that its scene places and invented people are
new, without opening any earlier article. The set being written is skipped with --skip.

  names.py [--skip SET] place NAME...     places whose aliases match (accents and case folded)
  names.py [--skip SET] person NAME...    people and officials whose aliases match
  names.py [--skip SET] org NAME...       organisations whose aliases match
  names.py [--skip SET] official NAME...  the full gold entries of a real official
  names.py [--skip SET] words NAME...     does any word of NAME occur in an earlier person alias?
"""
import argparse
import glob
import json
import os
import re
import unicodedata

EVAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {'place': ['places'], 'person': ['people', 'officials'], 'org': ['organizations']}


def fold(text):
    text = unicodedata.normalize('NFKD', text)
    text = ''.join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r'[^a-z0-9 ]+', ' ', text).split()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--skip', default='', help='set directory to leave out (the one being written)')
    parser.add_argument('kind', choices=[*KINDS, 'official', 'words'])
    parser.add_argument('names', nargs='+')
    args = parser.parse_args()
    files = sorted(f for f in glob.glob(EVAL + '/*/*.gold.json')
                   if not args.skip or f'/{args.skip}/' not in f)
    golds = [(os.path.relpath(f, EVAL), json.load(open(f, encoding='utf-8'))) for f in files]

    def entries(keys):
        for path, gold in golds:
            for key in keys:
                for entry in gold.get(key, []):
                    yield path, key, entry

    for name in args.names:
        folded = ' '.join(fold(name))
        matching = [(p, k, e) for p, k, e in entries(KINDS.get(args.kind, KINDS['person']))
                    if any(' '.join(fold(a)) == folded for a in e['name'])]
        if args.kind in KINDS:
            print(f'{name}: {len(matching)} hits' if matching else f'{name}: NEW')
            for path, _, entry in matching[:4]:
                print('   ', path, json.dumps(entry, ensure_ascii=False)[:160])
        elif args.kind == 'official':
            for path, key, entry in matching:
                print(path, key, json.dumps(entry, ensure_ascii=False))
        else:
            words = set(fold(name))
            shared = sorted({a for _, _, e in entries(KINDS['person']) for a in e['name']
                             if words & set(fold(a))})
            print(f'{name}: ' + ('shares with ' + ', '.join(shared[:6]) if shared else 'no shared word'))


if __name__ == '__main__':
    main()
