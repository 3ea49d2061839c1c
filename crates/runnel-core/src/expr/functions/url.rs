//! URL functions: `parse_url` / `try_parse_url`, with `java.net.URI`'s reading of a
//! URL (the parts Spark's ParseUrl takes from it).

use std::sync::Arc;

use arrow_array::builder::StringBuilder;
use arrow_array::*;
use arrow_schema::DataType as T;

use super::{Builder, strings};
use crate::error::RunnelError;

pub(super) fn register(r: &mut Builder) {
    for (name, strict) in [("parse_url", true), ("try_parse_url", false)] {
        let bind: super::BindFn = if strict {
            |c| bind(c, true)
        } else {
            |c| bind(c, false)
        };
        r.scalar(name, bind).py("url, partToExtract, key=");
    }
}

fn bind(c: &mut super::Call, strict: bool) -> crate::error::Result<crate::expr::phys::PhysExpr> {
    c.arity(2, 3)?;
    for i in 0..c.args.len() {
        c.string_arg(i)?;
    }
    c.props.nulls = super::Nulls::Always;
    c.kernel(T::Utf8, move |a, _, n| {
        let url = strings(&a[0])?;
        let part = strings(&a[1])?;
        let key = a.get(2).map(strings).transpose()?;
        let mut b = StringBuilder::new();
        for i in 0..n {
            if url.is_null(i) || part.is_null(i) || key.is_some_and(|k| k.is_null(i)) {
                b.append_null();
                continue;
            }
            let u = url.value(i);
            let Some(uri) = Uri::parse(u) else {
                if strict {
                    return Err(RunnelError::execution(
                        "INVALID_URL",
                        format!(
                            "The url is invalid: {u}. Use `try_parse_url` to tolerate invalid URL and return NULL instead."
                        ),
                    ));
                }
                b.append_null();
                continue;
            };
            b.append_option(uri.part(part.value(i), key.map(|k| k.value(i))));
        }
        Ok(Arc::new(b.finish()) as ArrayRef)
    })
}

/// A URI's components as `java.net.URI` gives them (raw, not decoded).
struct Uri<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: Option<&'a str>,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

impl<'a> Uri<'a> {
    /// RFC 2396's reading; None where `java.net.URI` throws URISyntaxException.
    fn parse(s: &'a str) -> Option<Uri<'a>> {
        if s.is_empty() || !valid_chars(s) {
            return None;
        }
        let (rest, fragment) = match s.split_once('#') {
            Some((r, f)) => (r, Some(f)),
            None => (s, None),
        };
        let (scheme, rest) = match rest.find(':') {
            Some(i)
                if rest[..i].starts_with(|c: char| c.is_ascii_alphabetic())
                    && rest[..i]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) =>
            {
                (Some(&rest[..i]), &rest[i + 1..])
            }
            Some(0) => return None,
            _ => (None, rest),
        };
        if scheme.is_some() && !rest.starts_with('/') {
            // Opaque (`mailto:a@b`): no path, query or authority.
            if rest.is_empty() {
                return None;
            }
            return Some(Uri {
                scheme,
                authority: None,
                path: None,
                query: None,
                fragment,
            });
        }
        let (rest, query) = match rest.split_once('?') {
            Some((r, q)) => (r, Some(q)),
            None => (rest, None),
        };
        let (authority, path) = match rest.strip_prefix("//") {
            Some(r) => {
                let end = r.find('/').unwrap_or(r.len());
                let auth = &r[..end];
                (if auth.is_empty() { None } else { Some(auth) }, &r[end..])
            }
            None => (None, rest),
        };
        Some(Uri {
            scheme,
            authority,
            path: Some(path),
            query,
            fragment,
        })
    }

    fn user_info(&self) -> Option<&'a str> {
        let a = self.authority?;
        a.rfind('@').map(|i| &a[..i])
    }

    fn host(&self) -> Option<&'a str> {
        let a = self.authority?;
        let hp = a.rfind('@').map_or(a, |i| &a[i + 1..]);
        let host = if hp.starts_with('[') {
            &hp[..hp.find(']')? + 1]
        } else {
            match hp.rfind(':') {
                Some(i) if hp[i + 1..].chars().all(|c| c.is_ascii_digit()) => &hp[..i],
                Some(_) => return None,
                None => hp,
            }
        };
        // A server-based authority needs a host name (letters, digits, '-', '.').
        let ok = host.starts_with('[')
            || (!host.is_empty()
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
                && !host.starts_with('-')
                && !host.starts_with('.'));
        ok.then_some(host)
    }

    /// Spark's ParseUrl parts.
    fn part(&self, part: &str, key: Option<&str>) -> Option<String> {
        if let Some(key) = key {
            if part != "QUERY" {
                return None;
            }
            return self.query.and_then(|q| {
                q.split('&')
                    .find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
                    .map(str::to_string)
            });
        }
        match part {
            "HOST" => self.host().map(str::to_string),
            "PATH" => self.path.map(str::to_string),
            "QUERY" => self.query.map(str::to_string),
            "REF" => self.fragment.map(str::to_string),
            "PROTOCOL" => self.scheme.map(str::to_string),
            "FILE" => self.path.map(|p| match self.query {
                Some(q) => format!("{p}?{q}"),
                None => p.to_string(),
            }),
            "AUTHORITY" => self.authority.map(str::to_string),
            "USERINFO" => self.user_info().map(str::to_string),
            _ => None,
        }
    }
}

/// Characters `java.net.URI` refuses unquoted, and `%` not followed by two hex digits.
fn valid_chars(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'%' {
            if i + 2 >= b.len() || !b[i + 1].is_ascii_hexdigit() || !b[i + 2].is_ascii_hexdigit() {
                return false;
            }
            i += 3;
            continue;
        }
        if c < 0x20 || c == 0x7f || b" \"<>\\^`{|}".contains(&c) {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::Uri;

    #[test]
    fn parse_url_parts_as_java_uri_reads_them() {
        let u = Uri::parse("http://user:pw@spark.apache.org:8080/path/x?query=1&k=v#Ref").unwrap();
        assert_eq!(u.part("HOST", None).as_deref(), Some("spark.apache.org"));
        assert_eq!(u.part("PATH", None).as_deref(), Some("/path/x"));
        assert_eq!(u.part("QUERY", None).as_deref(), Some("query=1&k=v"));
        assert_eq!(u.part("QUERY", Some("k")).as_deref(), Some("v"));
        assert_eq!(u.part("QUERY", Some("nope")), None);
        assert_eq!(u.part("REF", None).as_deref(), Some("Ref"));
        assert_eq!(u.part("PROTOCOL", None).as_deref(), Some("http"));
        assert_eq!(u.part("FILE", None).as_deref(), Some("/path/x?query=1&k=v"));
        assert_eq!(
            u.part("AUTHORITY", None).as_deref(),
            Some("user:pw@spark.apache.org:8080")
        );
        assert_eq!(u.part("USERINFO", None).as_deref(), Some("user:pw"));
        assert!(Uri::parse("inva lid://x").is_none());
        assert!(Uri::parse("http://x/%zz").is_none());
    }
}
