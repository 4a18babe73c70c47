# Makes S_RES_2198_2015-XX.html from S_RES_2198_2015-XX.txt, for
#   soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export S_RES_2198_2015-*.html
# (LibreOffice 7.4, Debian fonts: Liberation Serif, Noto Serif CJK SC, DejaVu Sans for Arabic).
import html
for l in ['EN', 'FR', 'ES', 'RU', 'AR', 'ZH']:
    lines = [x for x in open('S_RES_2198_2015-%s.txt' % l, encoding='utf-8').read().split('\n') if x.strip()]
    d = ' dir="rtl"' if l == 'AR' else ''
    font = {'AR': 'Noto Naskh Arabic, DejaVu Sans', 'ZH': 'Noto Serif CJK SC'}.get(l, 'Liberation Serif')
    align = 'p{text-align:right} ' if l == 'AR' else ''
    out = '<!DOCTYPE html><html lang="%s"%s><head><meta charset="utf-8"><style>%sbody{font-family:%s;font-size:11pt}</style></head><body>' % (l.lower(), d, align, font)
    out += ''.join('<p%s>%s</p>' % (d, html.escape(x)) for x in lines) + '</body></html>'
    open('S_RES_2198_2015-%s.html' % l, 'w', encoding='utf-8').write(out)
