# pyexpat: the events, their positions and arguments, and the errors
# (code, message, line and column) of expat 2.5.0, on well-formed and
# malformed documents.
import pyexpat
docs = [b"<a></b>", b"<a>", b"", b"  ", b"<a/><b/>", b"<a>&foo;</a>", b"<a b='1' b='2'/>", b"<a><b></a>", b"<a>\n  <b>\n</c></a>",
 b"<a", b"<a b=1/>", b"<a b='<'/>", b"<1a/>", b"<a>&#0;</a>", b"<a>&#x110000;</a>", b"<a>]]></a>", b"<?xml version='1.0'?><?xml version='1.0'?><a/>",
 b" <?xml version='1.0'?><a/>", b"<a><!-- x -- y --></a>", b"<x:a/>", b"<a xmlns:x=''/>", b"<a>\x01</a>", b"<a>\xff</a>", b"<?xml version='1.0' encoding='foo'?><a/>",
 b"<!DOCTYPE a [<!ENTITY e 'v'>]><a>&e;</a>", b"<!DOCTYPE a [<!ENTITY e '<b>'>]><a>&e;</a>", b"<a>text", b"<a><![CDATA[x</a>", b"<a b='&lt;'></a>x", b"<a>&amp</a>",
 b"<a b='1'c='2'/>", b"<a\n b='1'\n\n c></a>", b"<!DOCTYPE a><a/><!DOCTYPE a>", b"<a>&#xZZ;</a>", b"<?pi?><a/>", b"<?xml?><a/>", b"<a></a >", b"< a/>", b"<a:b:c/>",
 "<é>\n  <b>x</c></é>".encode(), b"<a x='\x00'/>", b"<!-- c --><a/><!-- d -->trailing"]
for d in docs:
    p = pyexpat.ParserCreate(namespace_separator=" " if b"x:a" in d or b"a:b" in d else None)
    try:
        p.Parse(d, True); print(d, "ok")
    except pyexpat.ExpatError as e:
        print(d, "|", e, "|", e.code, e.lineno, e.offset, p.ErrorByteIndex, p.ErrorLineNumber, p.ErrorColumnNumber)
    except Exception as e:
        print(d, "!", type(e).__name__, e)
    if 0:
        print(d, "|", e, "|", e.code, e.lineno, e.offset, p.ErrorByteIndex, p.ErrorLineNumber, p.ErrorColumnNumber)
print(pyexpat.EXPAT_VERSION, pyexpat.version_info, pyexpat.native_encoding, pyexpat.features)
def run(doc, ns=None, final=True, chunks=None, **flags):
    p = pyexpat.ParserCreate(namespace_separator=ns)
    for k, v in flags.items(): setattr(p, k, v)
    ev = []
    def h(name):
        def f(*a):
            ev.append((name, p.CurrentLineNumber, p.CurrentColumnNumber) + a)
        return f
    for n in ['StartElementHandler','EndElementHandler','CharacterDataHandler','StartNamespaceDeclHandler','EndNamespaceDeclHandler','CommentHandler','ProcessingInstructionHandler','XmlDeclHandler','StartDoctypeDeclHandler','EndDoctypeDeclHandler','DefaultHandlerExpand','StartCdataSectionHandler','EndCdataSectionHandler','EntityDeclHandler','SkippedEntityHandler','NotationDeclHandler','ElementDeclHandler','AttlistDeclHandler','UnparsedEntityDeclHandler']:
        setattr(p, n, h(n.replace('Handler','')))
    try:
        for c in (chunks or [doc]):
            p.Parse(c, final if chunks is None else False)
        if chunks: p.Parse(b'', True)
    except Exception as e:
        ev.append((type(e).__name__, str(e)))
    print(doc if chunks is None else chunks)
    for e in ev: print('   ', e)
run(b"<?xml version='1.0' encoding='utf-8' standalone='yes'?>\n<!-- c -->\n<a x='1' y=\"a&amp;b&#10;c\tz\">t1\nt2\r\nt3&lt;<![CDATA[cd\nx]]><?pi data ?><b/></a>\n")
run(b"<r xmlns='u1' xmlns:p='u2'><p:x p:a='1' b='2'/></r>", ns=' ')
run(b"abc<a/>")
run(b"&x;<a/>")
run(b"<!DOCTYPE a PUBLIC 'pub' 'sys' [\n<!ENTITY e 'v&#60;'>\n<!ENTITY % pe 'x'>\n<!ENTITY u SYSTEM 'u.gif' NDATA gif>\n<!NOTATION gif SYSTEM 'g'>\n<!ELEMENT a (b|c)*>\n<!ELEMENT b (#PCDATA)>\n<!ELEMENT c (x,y?)+>\n<!ATTLIST a x CDATA 'def' y (p|q) #REQUIRED z ID #IMPLIED>\n]>\n<a>&e;&undefined;</a>")
run(b"<!DOCTYPE a SYSTEM 'x.dtd'><a>&nbsp;</a>")
run(b"<a>x</a>", chunks=[b"<a>abc", b"def</a", b">"])
run(b"<a>x</a>", chunks=[b"<a>", b"a\r", b"\nb]", b"]", b"></a>"])
run(b"<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'x.dtd'><html>&nbsp;</html>")
run("<r>\u00e9\u4e2d<!--\u00e9--></r>".encode("utf-16"))
run("<?xml version='1.0' encoding='iso-8859-1'?><r a='\xe9'>\xe9</r>".encode("latin-1"))
run("<?xml version='1.0' encoding='cp1252'?><r>\u20ac</r>".encode("cp1252"))
run("<r xmlns:p='u'><p:x/><q:y/></r>", ns="}")
p = pyexpat.ParserCreate()
p.buffer_text = True
got = []
p.CharacterDataHandler = got.append
p.Parse(b"<a>1\n2&amp;3<![CDATA[4]]>5</a>", True)
print(got, p.buffer_size, p.buffer_used, p.intern)
try:
    p.Parse(b"", True)
except pyexpat.ExpatError as e:
    print(e, e.code)
p = pyexpat.ParserCreate()
p.ordered_attributes = True
p.StartElementHandler = lambda n, a: print(n, a)
p.Parse(b"<!DOCTYPE r [<!ATTLIST r d CDATA 'dv' t NMTOKENS ' x  y '>]><r a='1' t=' p  q '/>", True)
p = pyexpat.ParserCreate()
p.specified_attributes = True
p.StartElementHandler = lambda n, a: print(n, a)
p.Parse(b"<!DOCTYPE r [<!ATTLIST r d CDATA 'dv'>]><r a='1'/>", True)
print(pyexpat.ErrorString(7), pyexpat.ErrorString(100), pyexpat.errors.XML_ERROR_SYNTAX, pyexpat.errors.codes["mismatched tag"], pyexpat.errors.messages[3])
print(pyexpat.model.XML_CTYPE_SEQ, pyexpat.ExpatError.__module__, pyexpat.error is pyexpat.ExpatError)
for bad in [dict(namespace_separator="ab"), dict(encoding=1), dict(intern=5)]:
    try:
        pyexpat.ParserCreate(**bad)
    except Exception as e:
        print(type(e).__name__, e)

import xml.etree.ElementTree as ET
doc = """<?xml version="1.0"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<root xmlns="urn:a" xmlns:b="urn:b" b:at="1"><!-- c --><?pi x?>
  <b:child id="2">text &amp; more<![CDATA[<raw>]]></b:child>tail
</root>"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, [(c.tag, c.attrib, c.text, c.tail) for c in root])
print(ET.tostring(root))
for bad in ["<a></b>", "<a>", "<a>&foo;</a>", "", "<a/><b/>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), e, e.code, e.position)
pp = ET.XMLPullParser(["start", "end", "start-ns"])
for chunk in ["<r xmlns='u'><a>", "x</a", "><b/></r>"]:
    pp.feed(chunk)
    print([(ev, getattr(el, "tag", el)) for ev, el in pp.read_events()])
import io
print([(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b"<a><b/><c>t</c></a>"), ("start", "end"))])

from xml.dom import minidom
d = minidom.parseString('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "ent">]><r a="1"><!--c--><x>&e;</x><![CDATA[cd]]><?p d?></r>')
print(d.toxml())
print(d.doctype.name, [d.doctype.entities.item(i).nodeName for i in range(d.doctype.entities.length)])
try:
    minidom.parseString("<r><x></r>")
except Exception as e:
    print(type(e).__name__, e)

import plistlib
data = plistlib.dumps({"a": 1, "b": [True, 2.5, "s"], "c": {"d": b"\x00\x01"}})
print(plistlib.loads(data))
