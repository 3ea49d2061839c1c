//! The script's own modules: `import helpers`, `from jobs.parse import event`, `from .util
//! import f` of `.py` files and package folders beside the script (CPython's `sys.path[0]`,
//! the script's folder), read through the session's file system and run on their first
//! import, as CPython runs them: their top-level code once, with `__name__` the module's
//! name (so `if __name__ == "__main__":` blocks stay out), their names then the module's
//! attributes. An error inside one names the module's file and line: its functions keep
//! the file they come from (`PyFunction::origin`), and the interpreter reads that file's
//! text while they run.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use runnel_core::error::{Result, RunnelError};

use super::interp::Interpreter;
use super::value::Value;

/// The file a piece of code comes from: its path and text.
pub struct Origin {
    /// The path errors name.
    pub file: String,
    /// Its text (errors' lines and columns are counted in it).
    pub source: Rc<String>,
    /// Its global names (the script's, or the module's namespace).
    pub globals: Rc<RefCell<HashMap<String, Value>>>,
}

/// Restores the interpreter's current origin when dropped (see [`Interpreter::enter_origin`]).
pub(crate) struct OriginGuard<'a> {
    it: &'a Interpreter,
    previous: Option<Rc<Origin>>,
}

impl Drop for OriginGuard<'_> {
    fn drop(&mut self) {
        if let Some(p) = self.previous.take() {
            *self.it.globals.borrow_mut() = p.globals.clone();
            *self.it.origin.borrow_mut() = p;
        }
    }
}

fn import_error(name: &str, message: String) -> RunnelError {
    RunnelError::execution_plain(format!("{name}: {message}"))
        .with_exception(super::builtins::intern(name))
}

impl Interpreter {
    /// Makes `origin` the code being run until the guard goes (nothing when it already
    /// is): its file places errors, its names are the global ones.
    pub(crate) fn enter_origin(&self, origin: &Option<Rc<Origin>>) -> OriginGuard<'_> {
        let previous = match origin {
            Some(o) if !Rc::ptr_eq(o, &self.origin.borrow()) => {
                *self.globals.borrow_mut() = o.globals.clone();
                Some(std::mem::replace(&mut *self.origin.borrow_mut(), o.clone()))
            }
            _ => None,
        };
        OriginGuard { it: self, previous }
    }

    /// The absolute name of `from .x import y` (level dots) inside the module running.
    pub(crate) fn relative_module(&self, level: u32, module: &str) -> Result<String> {
        let Some(package) = self.packages.borrow().last().cloned() else {
            return Err(import_error(
                "ImportError",
                "attempted relative import with no known parent package".into(),
            ));
        };
        let mut parts: Vec<&str> = package.split('.').collect();
        for _ in 1..level {
            if parts.pop().is_none() || parts.is_empty() {
                return Err(import_error(
                    "ImportError",
                    "attempted relative import beyond top-level package".into(),
                ));
            }
        }
        let base = parts.join(".");
        Ok(match module {
            "" => base,
            m => format!("{base}.{m}"),
        })
    }

    /// The script's own module `name` (loaded and run on its first import, its parent
    /// packages first), or `None` when there is no such file.
    pub(crate) fn user_module(&self, name: &str) -> Result<Option<Rc<Origin>>> {
        if let Some(m) = self.user_modules.borrow().get(name) {
            return Ok(Some(m.clone()));
        }
        if name.is_empty() || name.split('.').any(|p| p.is_empty() || p.contains('/')) {
            return Ok(None);
        }
        if let Some((parent, _)) = name.rsplit_once('.')
            && self.user_module(parent)?.is_none()
        {
            return Ok(None);
        }
        let dir = self.script_dir.borrow().clone();
        let rel = name.replace('.', "/");
        let fs = self.session.file_system();
        let candidates = [
            (format!("{dir}{rel}/__init__.py"), true),
            (format!("{dir}{rel}.py"), false),
        ];
        let Some((path, bytes, package)) = candidates
            .into_iter()
            .find_map(|(p, pkg)| fs.read(&p).ok().map(|b| (p, b, pkg)))
        else {
            return Ok(None);
        };
        let source = String::from_utf8(bytes).map_err(|_| {
            RunnelError::parse(format!(
                "SyntaxError: {path} is not UTF-8 text (Python reads source files as UTF-8)"
            ))
            .with_exception("SyntaxError")
        })?;
        let module = super::interp::parse_file(&source, &path)?;
        let mut names = HashMap::new();
        names.insert("__name__".to_string(), Value::Str(name.to_string()));
        names.insert("__file__".to_string(), Value::Str(path.clone()));
        let origin = Rc::new(Origin {
            file: path,
            source: Rc::new(source),
            globals: Rc::new(RefCell::new(names)),
        });
        // It is importable (its names as they come) while it runs, as in CPython.
        self.user_modules
            .borrow_mut()
            .insert(name.to_string(), origin.clone());
        let package = if package {
            name.to_string()
        } else {
            name.rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default()
        };
        self.packages.borrow_mut().push(package);
        let r = {
            let _guard = self.enter_origin(&Some(origin.clone()));
            self.exec_block(&module.body, &None).map(|_| ())
        };
        self.packages.borrow_mut().pop();
        if let Err(e) = r {
            self.user_modules.borrow_mut().remove(name);
            return Err(e);
        }
        Ok(Some(origin))
    }

    /// `module.name` of one of the script's own modules: its attribute, or its submodule.
    pub(crate) fn user_module_attr(&self, module: &str, name: &str) -> Result<Value> {
        let m = self.user_module(module)?.ok_or_else(|| {
            import_error("ModuleNotFoundError", format!("No module named '{module}'"))
        })?;
        if let Some(v) = m.globals.borrow().get(name) {
            return Ok(v.clone());
        }
        let sub = format!("{module}.{name}");
        if self.user_module(&sub)?.is_some() {
            return Ok(Value::Module(sub));
        }
        Err(import_error(
            "AttributeError",
            format!("module '{module}' has no attribute '{name}'"),
        ))
    }

    /// Whether `name` is one of the script's own modules already imported.
    pub(crate) fn is_user_module(&self, name: &str) -> bool {
        self.user_modules.borrow().contains_key(name)
    }
}
