//! Python source being written: lines at the current indentation.

#[derive(Default)]
pub struct Code {
    text: String,
    indent: usize,
}

impl Code {
    pub fn line(&mut self, line: impl AsRef<str>) {
        for _ in 0..self.indent {
            self.text.push_str("    ");
        }
        self.text.push_str(line.as_ref());
        self.text.push('\n');
    }

    /// A compound statement's header (`try:`, `async with lock0:`); its body follows, one
    /// level deeper, until [`Code::close`].
    pub fn open(&mut self, header: impl AsRef<str>) {
        self.line(header);
        self.indent += 1;
    }

    pub fn close(&mut self) {
        self.indent -= 1;
    }

    /// `try:` with the lines of `body`, then `except {exception}:` with those of `handler`.
    pub fn try_except(&mut self, body: &[String], exception: &str, handler: &[String]) {
        self.open("try:");
        for line in body {
            self.line(line);
        }
        self.close();
        self.open(format!("except {exception}:"));
        for line in handler {
            self.line(line);
        }
        self.close();
    }

    pub fn blank(&mut self) {
        self.text.push('\n');
    }

    pub fn finish(self) -> String {
        self.text
    }
}
