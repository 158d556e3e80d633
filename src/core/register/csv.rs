//! The register as CSV for Excel (issue 13): UTF-8 with a byte-order mark (so Excel reads the
//! Japanese), CRLF line ends, RFC 4180 quoting, and a cell that begins with = + - @ (or a tab or
//! CR) neutralised with a leading apostrophe, so a title typed by anyone cannot run as a formula
//! in the secretariat's Excel.

/// One cell, quoted when it needs to be, a formula's first character neutralised.
pub fn cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// A whole CSV file: the byte-order mark, then each row's cells joined by commas, CRLF after
/// every row.
pub fn file(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}
