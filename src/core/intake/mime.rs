//! Reading a received mail (.eml, as a mail program saves it) well enough to find the report in it
//! (issue 13): the parts of any MIME layout (nested multiparts, a forwarded message inside), their
//! bodies decoded (base64, quoted-printable, or as they are), their file names (RFC 2231 or
//! RFC 2047), CRLF or bare LF line ends. Not a mail library: no charsets but UTF-8, no address
//! parsing, nothing is written. A damaged or hostile mail gives fewer parts or an error, never a
//! panic; depth and part count are bounded.

/// One leaf part of a mail (not a multipart, not a forwarded message), its body decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// `type/subtype`, lower case (`text/plain` when the part says nothing).
    pub mime_type: String,
    /// The file name it is attached under, if any.
    pub filename: Option<String>,
    /// The body, its transfer encoding undone.
    pub body: Vec<u8>,
}

/// Why a mail could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MimeError {
    /// No header block: not a saved mail.
    NotAMail,
    /// Multiparts nested deeper than [`MAX_DEPTH`], or more than [`MAX_PARTS`] parts.
    TooComplex,
}

/// How deep multiparts and forwarded messages may nest.
pub const MAX_DEPTH: usize = 8;
/// How many leaf parts a mail may have.
pub const MAX_PARTS: usize = 200;
/// How many parameters of one header are read (a real one has a few, a long file name split
/// by RFC 2231 some dozens). Found by fuzzing (issue 24): a header of a hundred thousand
/// parameters took minutes to read (each was compared with every other); the rest are ignored.
pub const MAX_PARAMETERS: usize = 256;

/// A header block and the body after it.
struct Entity<'a> {
    headers: Vec<(String, String)>,
    body: &'a [u8],
}

/// Splits lines on LF, each without its line end (a CR before the LF is dropped too).
fn lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    bytes
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
}

/// The header block (unfolded, names in lower case) and the body of an entity.
fn entity(bytes: &[u8]) -> Entity<'_> {
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut offset = 0;
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        offset += line.len();
        let text = String::from_utf8_lossy(line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            return Entity {
                headers,
                body: &bytes[offset..],
            };
        }
        if text.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(text.trim());
            }
        } else if let Some((name, value)) = text.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    Entity { headers, body: &[] }
}

impl Entity<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A header value's main part and its parameters (`type/subtype; name="x"; filename*=…`), the
/// parameters' names in lower case and their values decoded: quotes, and RFC 2231's
/// continuations (`name*0`, `name*1`…) and `charset'lang'%XX` encoding (`name*`, `name*0*`),
/// which wins over a plain `name` given beside it (Outlook sends both).
fn parameters(value: &str) -> (String, Vec<(String, String)>) {
    let mut pieces = split_unquoted(value).into_iter();
    let main = pieces
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    // (name, continuation index, whether %-encoded, value) of the RFC 2231 forms.
    let mut extended: Vec<(String, u32, bool, String)> = Vec::new();
    let mut plain: Vec<(String, String)> = Vec::new();
    for piece in pieces.take(MAX_PARAMETERS) {
        let Some((name, value)) = piece.split_once('=') else {
            continue;
        };
        let name = name.trim().to_ascii_lowercase();
        let value = value.trim();
        let value = match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
            Some(quoted) => quoted.replace("\\\"", "\""),
            None => value.to_owned(),
        };
        match name.split_once('*') {
            None => plain.push((name, value)),
            Some((base, rest)) => {
                let encoded = rest.ends_with('*') || rest.is_empty();
                let index = rest.trim_end_matches('*').parse().unwrap_or(0);
                extended.push((base.to_owned(), index, encoded, value));
            }
        }
    }
    crate::core::sorted::sort_stable_by(&mut extended, |a, b| a.1.cmp(&b.1));
    let mut joined: Vec<(String, Vec<u8>)> = Vec::new();
    for (base, index, encoded, value) in extended {
        let bytes = match (encoded, index) {
            // The first encoded piece starts with charset'language'.
            (true, 0) => percent_decode(value.splitn(3, '\'').nth(2).unwrap_or(&value)),
            (true, _) => percent_decode(&value),
            (false, _) => value.into_bytes(),
        };
        match joined.iter_mut().find(|(n, _)| *n == base) {
            Some((_, v)) => v.extend_from_slice(&bytes),
            None => joined.push((base, bytes)),
        }
    }
    let mut params: Vec<(String, String)> = joined
        .into_iter()
        .map(|(n, v)| (n, String::from_utf8_lossy(&v).into_owned()))
        .collect();
    for (name, value) in plain {
        if !params.iter().any(|(n, _)| *n == name) {
            params.push((name, value));
        }
    }
    (main, params)
}

/// Splits on ';' outside double quotes.
fn split_unquoted(value: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut escaped = false;
    for c in value.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ';' if !quoted => {
                out.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(last) = out.last_mut() {
            last.push(c);
        }
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

fn percent_decode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    unescape(text.as_bytes(), b'%', &mut out);
    out
}

/// Appends `bytes` to `out` with each `escape` + two hex digits turned into its byte (`%41`,
/// `=41`); an escape not followed by two hex digits is kept as it is.
fn unescape(bytes: &[u8], escape: u8, out: &mut Vec<u8>) {
    let mut i = 0;
    while i < bytes.len() {
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b, Some(h), Some(l)) if b == escape => {
                out.push(h << 4 | l);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
}

/// Base64 (RFC 2045): anything outside the alphabet (line ends, spaces) is skipped; decoding stops
/// at padding.
pub fn base64_decode(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in text {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            _ => continue,
        };
        acc = acc << 6 | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

/// Quoted-printable (RFC 2045): `=XX` escapes, soft line breaks (`=` at a line's end) joined,
/// hard line ends kept as CRLF.
pub fn quoted_printable_decode(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let all: Vec<&[u8]> = lines(text).collect();
    for (n, line) in all.iter().enumerate() {
        let soft = line.ends_with(b"=");
        let line = if soft { &line[..line.len() - 1] } else { line };
        unescape(line, b'=', &mut out);
        if !soft && n + 1 < all.len() {
            out.extend_from_slice(b"\r\n");
        }
    }
    out
}

/// A header value with its RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?utf-8?q?…?=`) decoded;
/// white space between two encoded words is dropped, as the RFC says. Words in other charsets
/// are left as they are.
pub fn decode_words(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    let mut after_word = false;
    while let Some(start) = rest.find("=?") {
        let (before, word) = rest.split_at(start);
        let decoded = (|| {
            let (charset, after) = word[2..].split_once('?')?;
            let (encoding, after) = after.split_once('?')?;
            let (text, tail) = after.split_once("?=")?;
            let (charset, encoding) = (charset.to_ascii_lowercase(), encoding.to_ascii_lowercase());
            if !matches!(charset.split('*').next(), Some("utf-8" | "us-ascii")) {
                return None;
            }
            let bytes = match encoding.as_str() {
                "b" => base64_decode(text.as_bytes()),
                "q" => quoted_printable_decode(text.replace('_', " ").as_bytes()),
                _ => return None,
            };
            Some((String::from_utf8_lossy(&bytes).into_owned(), tail))
        })();
        match decoded {
            Some((text, tail)) => {
                if !(after_word && before.trim().is_empty()) {
                    out.push_str(before);
                }
                out.push_str(&text);
                rest = tail;
                after_word = true;
            }
            None => {
                out.push_str(before);
                out.push_str("=?");
                rest = &word[2..];
                after_word = false;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A top-level header of a saved mail, unfolded and decoded (`subject`, `from`, `date`).
pub fn header(mail: &[u8], name: &str) -> Option<String> {
    entity(mail)
        .header(&name.to_ascii_lowercase())
        .map(decode_words)
}

/// Every leaf part of a saved mail, depth first, in the order the mail holds them.
pub fn leaf_parts(mail: &[u8]) -> Result<Vec<Part>, MimeError> {
    let top = entity(mail);
    if top.headers.is_empty() {
        return Err(MimeError::NotAMail);
    }
    let mut parts = Vec::new();
    collect(top, 0, &mut parts)?;
    Ok(parts)
}

fn collect(e: Entity<'_>, depth: usize, parts: &mut Vec<Part>) -> Result<(), MimeError> {
    if depth > MAX_DEPTH || parts.len() >= MAX_PARTS {
        return Err(MimeError::TooComplex);
    }
    let (mime_type, params) = parameters(e.header("content-type").unwrap_or("text/plain"));
    let param = |name: &str| {
        params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    if mime_type.starts_with("multipart/") {
        let Some(boundary) = param("boundary").filter(|b| !b.is_empty()) else {
            return Ok(());
        };
        for body in multipart_bodies(e.body, &boundary) {
            collect(entity(body), depth + 1, parts)?;
        }
        return Ok(());
    }
    let body = match e
        .header("content-transfer-encoding")
        .map(str::to_ascii_lowercase)
    {
        Some(enc) if enc == "base64" => base64_decode(e.body),
        Some(enc) if enc == "quoted-printable" => quoted_printable_decode(e.body),
        _ => e.body.to_vec(),
    };
    if mime_type == "message/rfc822" {
        return collect(entity(&body), depth + 1, parts);
    }
    let disposition = e.header("content-disposition").map(parameters);
    let filename = disposition
        .and_then(|(_, p)| p.into_iter().find(|(n, _)| n == "filename").map(|(_, v)| v))
        .or_else(|| param("name"))
        .map(|f| decode_words(&f));
    let mime_type = if mime_type.is_empty() {
        "text/plain".into()
    } else {
        mime_type
    };
    parts.push(Part {
        mime_type,
        filename,
        body,
    });
    Ok(())
}

/// The bodies between the delimiter lines of a multipart (preamble and epilogue left out). The
/// line end before a delimiter belongs to the delimiter.
fn multipart_bodies<'a>(body: &'a [u8], boundary: &str) -> Vec<&'a [u8]> {
    let delimiter = format!("--{boundary}");
    let mut bodies = Vec::new();
    let mut start: Option<usize> = None;
    let mut offset = 0;
    for line in body.split_inclusive(|&b| b == b'\n') {
        let text = line.strip_suffix(b"\n").unwrap_or(line);
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        if let Some(rest) = text.strip_prefix(delimiter.as_bytes()) {
            let closing = rest.starts_with(b"--");
            if closing || rest.iter().all(u8::is_ascii_whitespace) {
                if let Some(s) = start {
                    let end = trim_line_end(&body[s..offset]);
                    bodies.push(end);
                }
                if closing {
                    return bodies;
                }
                start = Some(offset + line.len());
            }
        }
        offset += line.len();
    }
    // No closing delimiter (a truncated mail): keep what came after the last one.
    if let Some(s) = start {
        bodies.push(&body[s.min(body.len())..]);
    }
    bodies
}

fn trim_line_end(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    bytes.strip_suffix(b"\r").unwrap_or(bytes)
}
