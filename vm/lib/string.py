"""Common string constants and the Template and Formatter classes."""
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _sub(self, mapping, safe):
        s = self.template
        out = []
        i = 0
        n = len(s)
        while i < n:
            c = s[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            if i + 1 < n and s[i + 1] == '{':
                j = s.find('}', i + 2)
                name = s[i + 2:j] if j >= 0 else ''
                if j < 0 or not _isident(name):
                    if safe:
                        out.append(c)
                        i += 1
                        continue
                    raise ValueError('Invalid placeholder in string: line 1, col %d' % (i + 1))
                end = j + 1
            else:
                j = i + 1
                while j < n and (s[j] == '_' or s[j].isalnum() and s[j].isascii()):
                    j += 1
                name = s[i + 1:j]
                if not name or name[0].isdigit():
                    if safe:
                        out.append(c)
                        i += 1
                        continue
                    raise ValueError('Invalid placeholder in string: line 1, col %d' % (i + 1))
                end = j
            try:
                out.append(str(mapping[name]))
            except KeyError:
                if not safe:
                    raise
                out.append(s[i:end])
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._sub(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._sub(mapping, True)


def _isident(s):
    return s.isidentifier() and s.isascii()


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
