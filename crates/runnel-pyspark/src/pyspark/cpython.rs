//! Scripts Runnel's own interpreter cannot run because they need CPython's libraries:
//! pandas and Arrow in Python (`pandas_udf`, `applyInPandas*`, `mapInPandas`/`mapInArrow`,
//! `transformWithStateInPandas`, `toPandas`, `import pandas`/`numpy`/`pyarrow`). `runnel
//! submit` runs such a script on a real CPython with PySpark's Spark Connect client,
//! against Runnel's own Spark Connect server (runnel-cli's `cpython` module).

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// Modules that exist only in CPython's world (Runnel's interpreter has none of them).
const MODULES: &[&str] = &["pandas", "numpy", "pyarrow"];

/// PySpark names whose functions take or give pandas/Arrow data.
const NAMES: &[&str] = &[
    "pandas_udf",
    "PandasUDFType",
    "applyInPandas",
    "applyInPandasWithState",
    "applyInArrow",
    "mapInPandas",
    "mapInArrow",
    "transformWithStateInPandas",
    "transformWithState",
    "StatefulProcessor",
    "toPandas",
    "toArrow",
    "pandas_api",
];

/// What in a script needs CPython: the first such import or name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CpythonNeed {
    /// Line (from 1).
    pub line: usize,
    /// Column (from 1).
    pub column: usize,
    /// What was found (`import pandas`, `applyInPandasWithState`).
    pub what: String,
}

/// The first import or PySpark name of `source` that needs CPython's pandas or Arrow,
/// or `None` (also for a script that does not parse: running it reports that).
pub fn needs_cpython(source: &str) -> Option<CpythonNeed> {
    // A script nested past what the interpreter accepts is refused by it, at its place.
    if crate::python::interp::nesting_refused(source) {
        return None;
    }
    let module = ruff_python_parser::parse_module(source).ok()?.into_syntax();
    if crate::python::interp::too_deep(&module.body).is_some() {
        // Dropping the tree would recurse as deep as it nests (as the interpreter does).
        std::mem::forget(module);
        return None;
    }
    let mut finder = Finder { found: None };
    for stmt in &module.body {
        finder.visit_stmt(stmt);
        if finder.found.is_some() {
            break;
        }
    }
    let (range, what) = finder.found?;
    let (line, column) = crate::python::interp::line_col(source, usize::from(range.start()));
    Some(CpythonNeed { line, column, what })
}

struct Finder {
    found: Option<(TextRange, String)>,
}

fn top(module: &str) -> &str {
    module.split('.').next().unwrap_or(module)
}

impl<'a> Visitor<'a> for Finder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.found.is_some() {
            return;
        }
        match stmt {
            Stmt::Import(i) => {
                if let Some(a) = i
                    .names
                    .iter()
                    .find(|a| MODULES.contains(&top(a.name.as_str())))
                {
                    self.found = Some((a.range(), format!("import {}", a.name.as_str())));
                    return;
                }
            }
            Stmt::ImportFrom(i) => {
                let m = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                if MODULES.contains(&top(m)) {
                    self.found = Some((i.range(), format!("from {m} import ...")));
                    return;
                }
                if let Some(a) = i.names.iter().find(|a| NAMES.contains(&a.name.as_str())) {
                    self.found = Some((a.range(), a.name.as_str().to_string()));
                    return;
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.found.is_some() {
            return;
        }
        match expr {
            Expr::Attribute(a) if NAMES.contains(&a.attr.as_str()) => {
                self.found = Some((a.attr.range(), a.attr.as_str().to_string()));
                return;
            }
            Expr::Name(n) if NAMES.contains(&n.id.as_str()) => {
                self.found = Some((n.range(), n.id.as_str().to_string()));
                return;
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_pandas_imports_and_names() {
        let n = needs_cpython("import sys\nimport pandas as pd\n").unwrap();
        assert_eq!((n.line, n.column, n.what.as_str()), (2, 8, "import pandas"));
        let n = needs_cpython("from pyspark.sql.functions import pandas_udf\n").unwrap();
        assert_eq!(n.what, "pandas_udf");
        let n = needs_cpython("x = 1\nif x:\n    df.groupBy('a').applyInPandasWithState(f, s, s, 'append', 'NoTimeout')\n")
            .unwrap();
        assert_eq!((n.line, n.what.as_str()), (3, "applyInPandasWithState"));
        let n = needs_cpython("from pyarrow import compute\n").unwrap();
        assert_eq!(n.what, "from pyarrow import ...");
        let n = needs_cpython("def f(df):\n    return [r for r in df.toPandas()]\n").unwrap();
        assert_eq!(n.what, "toPandas");
    }

    #[test]
    fn plain_scripts_and_broken_ones_need_nothing() {
        assert_eq!(
            needs_cpython("from pyspark.sql import SparkSession\nimport json\nx = {'pandas': 1}\n"),
            None
        );
        assert_eq!(needs_cpython("import (\n"), None);
        assert_eq!(needs_cpython(&"(".repeat(10_000)), None);
    }
}
