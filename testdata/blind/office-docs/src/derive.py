#!/usr/bin/env python3
"""Write NAME.EXT.truth.json beside every shipped file: the person's master truth (src/truth/NAME.json),
or a trimmed copy where that rendering does not print something (src/truth/NAME.EXT.json, written
here from TRIM so that the reason is recorded)."""
import copy, glob, json, os
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC); T = os.path.join(SRC, 'truth')

# file -> list of (path, reason).  path: 'basics.phone', 'skills' ...
TRIM = {
    # LibreOffice "save as plain text" drops the content of floating text boxes (the DrawingML sidebar)
    'en_tom_becker.txt': [('basics.phone', 'sidebar text box'), ('basics.email', 'sidebar text box'),
                          ('basics.location', 'sidebar text box'), ('skills', 'sidebar text box'),
                          ('certificates', 'sidebar text box'), ('languages', 'sidebar text box')],
}


def drop(doc, path):
    keys = path.split('.')
    o = doc
    for k in keys[:-1]:
        o = o[k]
    o.pop(keys[-1], None)


def main():
    files = sorted(f for f in os.listdir(OUT) if f.rsplit('.', 1)[-1] in ('docx', 'pdf', 'txt') and not f.endswith('.truth.json'))
    for f in files:
        person = f.rsplit('.', 1)[0]
        master = json.load(open(os.path.join(T, person + '.json'), encoding='utf-8'))
        t = master
        if f in TRIM:
            t = copy.deepcopy(master)
            for path, why in TRIM[f]:
                drop(t['resume'], path)
            with open(os.path.join(T, f + '.json'), 'w', encoding='utf-8') as fh:
                json.dump(t, fh, ensure_ascii=False, indent=2); fh.write('\n')
        with open(os.path.join(OUT, f + '.truth.json'), 'w', encoding='utf-8') as fh:
            json.dump(t, fh, ensure_ascii=False, indent=2); fh.write('\n')
    print('truths:', len(files))


if __name__ == '__main__':
    main()
