# Wraps a JPEG in a one-page PDF with no text layer, as a scanner makes.
import struct, sys
jpg = open(sys.argv[1], 'rb').read()
i = 2
while True:
    marker, length = struct.unpack('>HH', jpg[i:i+4])
    if marker in (0xFFC0, 0xFFC2):
        h, w = struct.unpack('>HH', jpg[i+5:i+9]); break
    i += 2 + length
content = b'q 612 0 0 792 0 0 cm /Im1 Do Q'
objs = [
    b'<< /Type /Catalog /Pages 2 0 R >>',
    b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream',
    b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n' % (w, h, len(jpg)) + jpg + b'\nendstream',
]
out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
offs = []
for n, o in enumerate(objs, 1):
    offs.append(len(out))
    out += b'%d 0 obj\n' % n + o + b'\nendobj\n'
xref = len(out)
out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs)+1)
for o in offs:
    out += b'%010d 00000 n \n' % o
out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs)+1, xref)
open(sys.argv[2], 'wb').write(out)
