//! `sentences(text[, language, country])`: the text split into sentences, each a list of
//! its words, as Spark's Sentences does with Java's `BreakIterator`s. The JDK's rules are
//! the same for every locale Spark can name here (Thai aside), so the language and
//! country are checked for type only.
//!
//! Sentences (the JDK's sentence rules): one ends after `!`, `?` or an ideographic full
//! stop (and any closing punctuation and spaces after it); after a `.` only when spaces
//! follow and then (past opening quotes or brackets) a letter that is not lowercase, so
//! `Mr. Smith` breaks and `p.m. today`, `3.30` or `now. #1` do not. Words (the JDK's word rules): letters joined by apostrophes, dashes, quotes and
//! periods between them (`don't`, `e.g`), numbers joined by `,` `.` `'` between digits
//! (`3,000.5`), a word and a number run together (`42x`), and runs of kanji, hiragana
//! and katakana each one word. Spark keeps the words that start with a letter or digit.

use std::sync::Arc;

use arrow_array::builder::{ListBuilder, StringBuilder};
use arrow_schema::{DataType as T, Field};

use super::{Builder, strings};

pub(super) fn register(r: &mut Builder) {
    r.scalar("sentences", |c| {
        c.arity(1, 3)?;
        for i in 0..c.args.len() {
            c.string_arg(i)?;
        }
        c.args.truncate(1);
        // Spark's Sentences: `array<array<string NOT NULL> NOT NULL>`, nullable whatever
        // its arguments.
        c.props.nulls = super::Nulls::Always;
        let words = Field::new("item", T::Utf8, false);
        let sentence = Field::new("item", T::List(Arc::new(words.clone())), false);
        c.kernel(T::List(Arc::new(sentence.clone())), move |a, _, _| {
            let s = strings(&a[0])?;
            let inner = ListBuilder::new(StringBuilder::new()).with_field(words.clone());
            let mut b = ListBuilder::new(inner).with_field(sentence.clone());
            for v in s.iter() {
                let Some(v) = v else {
                    b.append(false);
                    continue;
                };
                for sent in sentences(v) {
                    for w in words_of(sent) {
                        b.values().values().append_value(w);
                    }
                    b.values().append(true);
                }
                b.append(true);
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("string, language=, country=")
    // Spark fills in '' for a language and country left out, and prints them.
    .named(|c| {
        let mut a = c.args.clone();
        while a.len() < 3 {
            a.push(String::new());
        }
        format!("sentences({})", a.join(", "))
    });
}

fn is_space(c: char) -> bool {
    matches!(c, '\t' | '\r' | '\x0c' | '\n' | '\u{2028}') || c.is_whitespace() && c != '\u{2029}'
}
fn is_term(c: char) -> bool {
    matches!(c, '!' | '?' | '\u{3002}' | '\u{ff01}' | '\u{ff1f}')
}
fn is_period(c: char) -> bool {
    matches!(c, '.' | '\u{ff0e}')
}
/// Opening punctuation and quotes (`[:Ps:]`, `[:Pi:]`, `"`, `'`).
fn is_start(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '"'
            | '\''
            | '\u{ab}'
            | '\u{2018}'
            | '\u{201c}'
            | '\u{2039}'
            | '\u{3008}'
            | '\u{300a}'
            | '\u{300c}'
            | '\u{300e}'
            | '\u{3010}'
            | '\u{ff08}'
    )
}
/// Closing punctuation and quotes (`[:Pe:]`, `[:Pf:]`, `"`, `'`).
fn is_end(c: char) -> bool {
    matches!(
        c,
        ')' | ']'
            | '}'
            | '"'
            | '\''
            | '\u{bb}'
            | '\u{2019}'
            | '\u{201d}'
            | '\u{203a}'
            | '\u{3009}'
            | '\u{300b}'
            | '\u{300d}'
            | '\u{300f}'
            | '\u{3011}'
            | '\u{ff09}'
    )
}

/// The sentences of `text`, as slices (the JDK's sentence BreakIterator).
fn sentences(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|x| x.1);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |x| x.0);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        let mut end = None;
        if c == '\u{2029}' {
            end = Some(i + 1);
        } else if is_term(c) {
            let mut j = i + 1;
            while at(j).is_some_and(|d| is_term(d) || is_period(d) || is_end(d)) {
                j += 1;
            }
            while at(j).is_some_and(is_space) {
                j += 1;
            }
            end = Some(j);
        } else if is_period(c) {
            let mut j = i + 1;
            while at(j).is_some_and(|d| is_period(d) || is_end(d)) {
                j += 1;
            }
            let spaces = j;
            while at(j).is_some_and(is_space) {
                j += 1;
            }
            if j > spaces {
                let mut k = j;
                while at(k).is_some_and(is_start) {
                    k += 1;
                }
                // What follows must begin a sentence: a letter that is not lowercase
                // (`#1` or `(a)` after `. ` do not break).
                let begins = at(k).is_some_and(|d| d.is_alphabetic() && !d.is_lowercase());
                if begins {
                    end = Some(j);
                }
            }
        }
        match end {
            Some(e) if e < n => {
                out.push(&text[offset(start)..offset(e)]);
                start = e;
                i = e;
            }
            Some(_) => break,
            None => i += 1,
        }
    }
    if start < n {
        out.push(&text[offset(start)..]);
    }
    out
}

fn is_kanji(c: char) -> bool {
    matches!(c, '\u{3005}' | '\u{4e00}'..='\u{9fa5}' | '\u{f900}'..='\u{fa2d}')
}
fn is_kata(c: char) -> bool {
    matches!(c, '\u{30a1}'..='\u{30fa}' | '\u{30fd}' | '\u{30fe}')
}
fn is_hira(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3094}' | '\u{309d}' | '\u{309e}')
}
fn is_cjk_diacritic(c: char) -> bool {
    matches!(c, '\u{3099}'..='\u{309c}' | '\u{30fb}' | '\u{30fc}')
}
/// A letter of a word: letters (and `_`) that are not kanji or kana.
fn is_let(c: char) -> bool {
    (c.is_alphabetic() || c == '_')
        && !is_kanji(c)
        && !is_kata(c)
        && !is_hira(c)
        && !is_cjk_diacritic(c)
}
fn is_mid_word(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{ad}' | '\u{2010}'..='\u{2015}' | '\u{2027}' | '"' | '\'' | '.'
    )
}
fn is_mid_num(c: char) -> bool {
    matches!(c, '"' | '\'' | ',' | '\u{66b}' | '.')
}
fn is_pre_num(c: char) -> bool {
    matches!(
        c,
        '$' | '#' | '.' | '^' | '\u{a2}' | '\u{a3}' | '\u{a5}' | '\u{20ac}'
    )
}
fn is_post_num(c: char) -> bool {
    matches!(
        c,
        '%' | '&' | '\u{a2}' | '\u{66a}' | '\u{2030}' | '\u{2031}'
    )
}

/// The words of a sentence Spark keeps (the JDK's word BreakIterator's segments that
/// start with a letter or digit).
fn words_of(s: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|x| x.1);
    let offset = |i: usize| chars.get(i).map_or(s.len(), |x| x.0);
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        let mut j = i + 1;
        if is_kanji(c) {
            while at(j).is_some_and(is_kanji) {
                j += 1;
            }
        } else if is_hira(c) || is_kata(c) || is_cjk_diacritic(c) {
            let same = |d: char| {
                is_cjk_diacritic(d) || (is_hira(c) && is_hira(d)) || (is_kata(c) && is_kata(d))
            };
            while at(j).is_some_and(same) {
                j += 1;
            }
        } else if is_let(c)
            || c.is_numeric()
            || (is_pre_num(c) && at(i + 1).is_some_and(char::is_numeric))
        {
            // Words and numbers run together; a joiner only between two of the same kind.
            j = i;
            if is_pre_num(c) && !is_let(c) && !c.is_numeric() {
                j += 1;
            }
            let mut last_number = false;
            while let Some(d) = at(j) {
                if is_let(d) {
                    last_number = false;
                    j += 1;
                } else if d.is_numeric() {
                    last_number = true;
                    j += 1;
                } else if j > i
                    && at(j + 1).is_some_and(|e| {
                        let prev = at(j - 1).unwrap_or(' ');
                        (is_mid_word(d) && is_let(prev) && is_let(e))
                            || (is_mid_num(d) && prev.is_numeric() && e.is_numeric())
                    })
                {
                    j += 2;
                } else {
                    break;
                }
            }
            if last_number && at(j).is_some_and(is_post_num) {
                j += 1;
            }
        }
        let w = &s[offset(i)..offset(j)];
        if c.is_alphanumeric() {
            out.push(w);
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{sentences, words_of};

    fn split(t: &str) -> Vec<Vec<&str>> {
        sentences(t).into_iter().map(words_of).collect()
    }

    #[test]
    fn sentences_and_words_as_the_jdk_breaks_them() {
        // Spark 4.3's sentences() on these (fn18_sentences).
        assert_eq!(
            split("Mr. Smith went to Washington. He arrived at 3.30 p.m. today!"),
            vec![
                vec!["Mr"],
                vec!["Smith", "went", "to", "Washington"],
                vec!["He", "arrived", "at", "3.30", "p.m", "today"]
            ]
        );
        assert_eq!(
            split("Ça va? Très bien. Don't-stop_me now 42x 3,000.5"),
            vec![
                vec!["Ça", "va"],
                vec!["Très", "bien"],
                vec!["Don't-stop_me", "now", "42x", "3,000.5"]
            ]
        );
        assert_eq!(split("  ...  !!"), vec![Vec::<&str>::new()]);
        assert_eq!(split(""), Vec::<Vec<&str>>::new());
        assert_eq!(
            split("日本語の文です。次の文。"),
            vec![vec!["日本語", "の", "文", "です"], vec!["次", "の", "文"]]
        );
    }
}
