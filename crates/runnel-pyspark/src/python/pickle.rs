//! Python's pickle format, the subset Spark's Python workers exchange with the engine
//! (Spark's side is Pyrolite): [`Pickler`] writes values for `pickle.loads`, [`loads`]
//! reads what `pickle.dumps` wrote of plain values (None, bool, int, float, str, bytes,
//! list, tuple, dict, set) into interpreter [`Value`]s. An object of another class
//! reads as [`Value::None`], except `decimal.Decimal` (its text, as a str) and PySpark's
//! `Row` (a Row).

use std::rc::Rc;

use runnel_core::error::{Result, RunnelError};

use super::value::Value;

/// Writes a pickle (protocol 5) opcode by opcode.
pub struct Pickler {
    out: Vec<u8>,
}

impl Default for Pickler {
    fn default() -> Self {
        Self::new()
    }
}

impl Pickler {
    /// A pickle of protocol 5 (Python 3.8 and later read it).
    pub fn new() -> Self {
        Pickler { out: vec![0x80, 5] }
    }
    /// `None`.
    pub fn none(&mut self) {
        self.out.push(b'N');
    }
    /// `True` / `False`.
    pub fn bool(&mut self, b: bool) {
        self.out.push(if b { 0x88 } else { 0x89 });
    }
    /// An int.
    pub fn int(&mut self, i: i64) {
        match i32::try_from(i) {
            Ok(v) => {
                self.out.push(b'J');
                self.out.extend_from_slice(&v.to_le_bytes());
            }
            Err(_) => {
                self.out.push(0x8a);
                self.out.push(8);
                self.out.extend_from_slice(&i.to_le_bytes());
            }
        }
    }
    /// A float.
    pub fn float(&mut self, f: f64) {
        self.out.push(b'G');
        self.out.extend_from_slice(&f.to_be_bytes());
    }
    /// A str.
    pub fn str(&mut self, s: &str) {
        self.out.push(b'X');
        self.out.extend_from_slice(&(s.len() as u32).to_le_bytes());
        self.out.extend_from_slice(s.as_bytes());
    }
    /// A `bytearray` (what Spark hands Python for a binary value).
    pub fn bytearray(&mut self, b: &[u8]) {
        self.out.push(0x96);
        self.out.extend_from_slice(&(b.len() as u64).to_le_bytes());
        self.out.extend_from_slice(b);
    }
    /// Starts the items of a tuple, list or dict ([`Pickler::tuple`], ...).
    pub fn mark(&mut self) {
        self.out.push(b'(');
    }
    /// The tuple of the items since the mark.
    pub fn tuple(&mut self) {
        self.out.push(b't');
    }
    /// The list of the items since the mark.
    pub fn list(&mut self) {
        self.out.push(b'l');
    }
    /// The one-item tuple of the value on top.
    pub fn tuple1(&mut self) {
        self.out.push(0x85);
    }
    /// Drops the value on top.
    pub fn pop(&mut self) {
        self.out.push(b'0');
    }
    /// The dict of the keys and values (alternating) since the mark.
    pub fn dict(&mut self) {
        self.out.push(b'd');
    }
    /// `module.name` (a class or function).
    pub fn global(&mut self, module: &str, name: &str) {
        self.out.push(b'c');
        self.out.extend_from_slice(module.as_bytes());
        self.out.push(b'\n');
        self.out.extend_from_slice(name.as_bytes());
        self.out.push(b'\n');
    }
    /// Calls the callable below the argument tuple on top with it.
    pub fn reduce(&mut self) {
        self.out.push(b'R');
    }
    /// Keeps the value on top in memo slot `i`.
    pub fn put(&mut self, i: u32) {
        self.out.push(b'r');
        self.out.extend_from_slice(&i.to_le_bytes());
    }
    /// The value of memo slot `i`.
    pub fn get(&mut self, i: u32) {
        self.out.push(b'j');
        self.out.extend_from_slice(&i.to_le_bytes());
    }
    /// Ends the pickle; its bytes.
    pub fn finish(mut self) -> Vec<u8> {
        self.out.push(b'.');
        self.out
    }
}

/// What the unpickler's stack holds: a value, a mark, or a global not called yet.
enum Item {
    V(Value),
    Mark,
    Global(String),
}

fn bad(what: impl std::fmt::Display) -> RunnelError {
    RunnelError::execution_plain(format!(
        "a pickle from the Python worker could not be read: {what}"
    ))
}

/// Reads one pickled value.
pub fn loads(data: &[u8]) -> Result<Value> {
    let mut stack: Vec<Item> = Vec::new();
    let mut memo: std::collections::HashMap<u32, Value> = std::collections::HashMap::new();
    let mut pos = 0usize;
    let take = |pos: &mut usize, n: usize| -> Result<&[u8]> {
        let end = pos
            .checked_add(n)
            .filter(|e| *e <= data.len())
            .ok_or_else(|| bad("it ends early"))?;
        let s = &data[*pos..end];
        *pos = end;
        Ok(s)
    };
    let line = |pos: &mut usize| -> Result<String> {
        let rest = &data[*pos..];
        let n = rest
            .iter()
            .position(|b| *b == b'\n')
            .ok_or_else(|| bad("a line without its end"))?;
        *pos += n + 1;
        Ok(String::from_utf8_lossy(&rest[..n]).into_owned())
    };
    fn u32_at(b: &[u8]) -> u32 {
        u32::from_le_bytes([b[0], b[1], b[2], b[3]])
    }
    fn u64_at(b: &[u8]) -> u64 {
        let mut a = [0u8; 8];
        a.copy_from_slice(&b[..8]);
        u64::from_le_bytes(a)
    }
    fn value(it: Item) -> Value {
        match it {
            Item::V(v) => v,
            _ => Value::None,
        }
    }
    fn pop(stack: &mut Vec<Item>) -> Result<Item> {
        stack.pop().ok_or_else(|| bad("its stack is empty"))
    }
    fn since_mark(stack: &mut Vec<Item>) -> Result<Vec<Value>> {
        let m = stack
            .iter()
            .rposition(|i| matches!(i, Item::Mark))
            .ok_or_else(|| bad("no mark"))?;
        let items = stack.split_off(m + 1);
        stack.pop();
        Ok(items.into_iter().map(value).collect())
    }
    fn pairs(items: Vec<Value>) -> Vec<(Value, Value)> {
        let mut out = Vec::with_capacity(items.len() / 2);
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            out.push((k, v));
        }
        out
    }
    fn long(b: &[u8]) -> Value {
        if b.is_empty() {
            return Value::Int(0);
        }
        if b.len() <= 8 {
            let neg = b[b.len() - 1] & 0x80 != 0;
            let mut a = [if neg { 0xff } else { 0 }; 8];
            a[..b.len()].copy_from_slice(b);
            return Value::Int(i64::from_le_bytes(a));
        }
        let big = num_bigint::BigInt::from_signed_bytes_le(b);
        match i64::try_from(&big) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(big)),
        }
    }
    /// A global called with `args`.
    fn call(name: &str, args: Vec<Value>) -> Value {
        match (name, args.as_slice()) {
            ("decimal.Decimal", [Value::Str(s)]) => Value::Str(s.clone()),
            ("pyspark.sql.types._create_row", [fields, values]) => {
                match (fields.items(), values.items()) {
                    (Some(f), Some(v)) => Value::Row(Rc::new(
                        f.into_iter()
                            .map(|n| match n {
                                Value::Str(s) => s,
                                other => other.to_py_str(),
                            })
                            .zip(v)
                            .collect(),
                    )),
                    _ => Value::None,
                }
            }
            _ => Value::None,
        }
    }
    loop {
        let op = *take(&mut pos, 1)?.first().ok_or_else(|| bad("empty"))?;
        match op {
            0x80 => {
                take(&mut pos, 1)?;
            }
            0x95 => {
                take(&mut pos, 8)?;
            }
            b'.' => return Ok(value(pop(&mut stack)?)),
            b'(' => stack.push(Item::Mark),
            b'N' => stack.push(Item::V(Value::None)),
            0x88 => stack.push(Item::V(Value::Bool(true))),
            0x89 => stack.push(Item::V(Value::Bool(false))),
            b'J' => {
                let b = take(&mut pos, 4)?;
                stack.push(Item::V(Value::Int(
                    i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64,
                )));
            }
            b'K' => stack.push(Item::V(Value::Int(take(&mut pos, 1)?[0] as i64))),
            b'M' => {
                let b = take(&mut pos, 2)?;
                stack.push(Item::V(Value::Int(u16::from_le_bytes([b[0], b[1]]) as i64)));
            }
            0x8a => {
                let n = take(&mut pos, 1)?[0] as usize;
                stack.push(Item::V(long(take(&mut pos, n)?)));
            }
            0x8b => {
                let n = u32_at(take(&mut pos, 4)?) as usize;
                stack.push(Item::V(long(take(&mut pos, n)?)));
            }
            b'I' | b'L' => {
                let t = line(&mut pos)?;
                let t = t.trim_end_matches('L');
                stack.push(Item::V(match t {
                    "01" => Value::Bool(true),
                    "00" => Value::Bool(false),
                    _ => Value::Int(t.parse().map_err(|_| bad(format!("the int {t:?}")))?),
                }));
            }
            b'G' => {
                let b = take(&mut pos, 8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(b);
                stack.push(Item::V(Value::Float(f64::from_be_bytes(a))));
            }
            b'F' => {
                let t = line(&mut pos)?;
                stack.push(Item::V(Value::Float(
                    t.parse().map_err(|_| bad(format!("the float {t:?}")))?,
                )));
            }
            b'X' | 0x8c | 0x8d => {
                let n = match op {
                    b'X' => u32_at(take(&mut pos, 4)?) as usize,
                    0x8c => take(&mut pos, 1)?[0] as usize,
                    _ => u64_at(take(&mut pos, 8)?) as usize,
                };
                let s = take(&mut pos, n)?;
                stack.push(Item::V(Value::Str(String::from_utf8_lossy(s).into_owned())));
            }
            // bytes and bytearray: no value of the interpreter holds them.
            b'C' | b'B' | 0x8e | 0x96 => {
                let n = match op {
                    b'C' => take(&mut pos, 1)?[0] as usize,
                    b'B' => u32_at(take(&mut pos, 4)?) as usize,
                    _ => u64_at(take(&mut pos, 8)?) as usize,
                };
                take(&mut pos, n)?;
                stack.push(Item::V(Value::None));
            }
            b']' => stack.push(Item::V(Value::list(vec![]))),
            b')' => stack.push(Item::V(Value::Tuple(vec![]))),
            b'}' => stack.push(Item::V(Value::dict(vec![]))),
            0x8f => stack.push(Item::V(Value::set(vec![]))),
            b'l' => {
                let items = since_mark(&mut stack)?;
                stack.push(Item::V(Value::list(items)));
            }
            b't' => {
                let items = since_mark(&mut stack)?;
                stack.push(Item::V(Value::Tuple(items)));
            }
            0x85..=0x87 => {
                let n = (op - 0x84) as usize;
                if stack.len() < n {
                    return Err(bad("a tuple of missing items"));
                }
                let items = stack
                    .split_off(stack.len() - n)
                    .into_iter()
                    .map(value)
                    .collect();
                stack.push(Item::V(Value::Tuple(items)));
            }
            b'd' => {
                let items = since_mark(&mut stack)?;
                stack.push(Item::V(Value::dict(pairs(items))));
            }
            0x91 => {
                let items = since_mark(&mut stack)?;
                stack.push(Item::V(Value::set(items)));
            }
            b'a' | b'e' | b's' | b'u' | 0x90 => {
                let items = match op {
                    b'a' => vec![value(pop(&mut stack)?)],
                    b's' => {
                        let v = value(pop(&mut stack)?);
                        let k = value(pop(&mut stack)?);
                        vec![k, v]
                    }
                    _ => since_mark(&mut stack)?,
                };
                match stack.last() {
                    Some(Item::V(Value::List(l))) => l.borrow_mut().extend(items),
                    Some(Item::V(Value::Set(l))) => l.borrow_mut().extend(items)?,
                    Some(Item::V(Value::Dict(d))) => {
                        for (k, v) in pairs(items) {
                            d.borrow_mut().insert(k, v)?;
                        }
                    }
                    _ => return Err(bad("items added to what is not a list, set or dict")),
                }
            }
            b'p' => {
                let i: u32 = line(&mut pos)?.parse().map_err(|_| bad("a memo index"))?;
                memo.insert(i, top(&stack)?);
            }
            b'q' => {
                let i = take(&mut pos, 1)?[0] as u32;
                memo.insert(i, top(&stack)?);
            }
            b'r' => {
                let i = u32_at(take(&mut pos, 4)?);
                memo.insert(i, top(&stack)?);
            }
            0x94 => {
                let i = memo.len() as u32;
                memo.insert(i, top(&stack)?);
            }
            b'g' | b'h' | b'j' => {
                let i: u32 = match op {
                    b'g' => line(&mut pos)?.parse().map_err(|_| bad("a memo index"))?,
                    b'h' => take(&mut pos, 1)?[0] as u32,
                    _ => u32_at(take(&mut pos, 4)?),
                };
                let v = memo
                    .get(&i)
                    .cloned()
                    .ok_or_else(|| bad("an unknown memo index"))?;
                stack.push(Item::V(v));
            }
            b'c' => {
                let m = line(&mut pos)?;
                let n = line(&mut pos)?;
                stack.push(Item::Global(format!("{m}.{n}")));
            }
            0x93 => {
                let n = value(pop(&mut stack)?);
                let m = value(pop(&mut stack)?);
                stack.push(Item::Global(format!("{}.{}", m.to_py_str(), n.to_py_str())));
            }
            b'R' | 0x81 => {
                let args = value(pop(&mut stack)?).items().unwrap_or_default();
                let v = match pop(&mut stack)? {
                    Item::Global(name) if op == b'R' => call(&name, args),
                    _ => Value::None,
                };
                stack.push(Item::V(v));
            }
            0x92 => {
                pop(&mut stack)?;
                pop(&mut stack)?;
                pop(&mut stack)?;
                stack.push(Item::V(Value::None));
            }
            b'b' | b'0' => {
                pop(&mut stack)?;
            }
            b'1' => {
                since_mark(&mut stack)?;
            }
            0x97 | 0x98 => {}
            other => return Err(bad(format!("the opcode 0x{other:02x}"))),
        }
    }
}

/// The value on top of the stack (for the memo: a global not called yet is kept as None).
fn top(stack: &[Item]) -> Result<Value> {
    match stack.last() {
        Some(Item::V(v)) => Ok(v.clone()),
        Some(_) => Ok(Value::None),
        None => Err(bad("its stack is empty")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pickled_list_of_plain_values_reads_back() {
        let mut p = Pickler::new();
        p.mark();
        p.none();
        p.bool(true);
        p.int(7);
        p.int(1 << 40);
        p.float(1.5);
        p.str("héllo");
        p.mark();
        p.str("k");
        p.int(-3);
        p.dict();
        p.list();
        let v = loads(&p.finish()).unwrap();
        let items = v.items().unwrap();
        assert!(matches!(items[0], Value::None));
        assert!(matches!(items[1], Value::Bool(true)));
        assert!(matches!(items[2], Value::Int(7)));
        assert!(matches!(items[3], Value::Int(i) if i == 1 << 40));
        assert!(matches!(items[4], Value::Float(f) if f == 1.5));
        assert!(matches!(&items[5], Value::Str(s) if s == "héllo"));
        match &items[6] {
            Value::Dict(d) => {
                let d = d.borrow();
                assert!(
                    matches!(d.iter().next().unwrap(), (Value::Str(k), Value::Int(-3)) if k == "k")
                );
            }
            other => panic!("not a dict: {}", other.to_py_str()),
        }
    }

    #[test]
    fn a_truncated_pickle_is_an_error_not_a_panic() {
        let mut p = Pickler::new();
        p.str("abc");
        let b = p.finish();
        match loads(&b[..b.len() - 3]) {
            Err(e) => assert!(e.message.contains("could not be read"), "{}", e.message),
            Ok(v) => panic!("read {}", v.to_py_str()),
        }
    }
}
