import re, html, sys
src, sym, out = sys.argv[1], sys.argv[2], sys.argv[3]
lines = open(src, encoding='utf-8').read().split('\n')
body, notes = [], {}
for l in lines:
    m = re.match(r'^\[\^(\d+)\]:\s*(.*)$', l)
    if m:
        notes[m.group(1)] = m.group(2); continue
    if l.strip() in ('', '---'):
        continue
    body.append(l)
def anchors(t):
    t = html.escape(t, quote=False)
    return re.sub(r'\[\^(\d+)\]', lambda m: '<a class="sdfootnoteanc" name="sdfootnote%sanc" href="#sdfootnote%ssym"><sup>%s</sup></a>' % (m.group(1), m.group(1), m.group(1)), t)
h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body>' % sym]
# The UN's Word template sets the header in a table.
first = body[0]; second = body[1]
h.append('<table><tr><td><p>%s</p></td><td><p>%s</p></td></tr><tr><td><p>%s</p></td><td><p>%s</p></td></tr></table>' % (
    html.escape(first), sym, html.escape(second.split(' Distr.')[0]), html.escape('Distr.' + second.split(' Distr.')[1]) if ' Distr.' in second else ''))
for l in body[2:]:
    h.append('<p>%s</p>' % anchors(l))
for n, t in notes.items():
    h.append('<div id="sdfootnote%s"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote%ssym" href="#sdfootnote%sanc">%s</a>%s</p></div>' % (n, n, n, n, html.escape(t, quote=False)))
h.append('</body></html>')
open(out, 'w', encoding='utf-8').write('\n'.join(h))
