//! The statement grammar: a coroutine body is a random tree of statements, each drawn with a
//! weight from the kinds its scope allows (a kind needs its primitive to exist, a call needs
//! a coroutine defined earlier, a compound statement needs depth to spare).
//!
//! The kinds live in three modules: control flow and data here, the synchronisation
//! primitives in `primitives`, tasks and the loop's machinery in `concurrency`.

use crate::code::Code;
use crate::rng::Rng;
use crate::world::{DELAYS, World};

/// Compound statements nest at most this deep inside a function.
const MAX_DEPTH: usize = 3;

/// The generator's state across one program.
pub struct Gen {
    pub rng: Rng,
    pub world: World,
    next_id: usize,
    /// Calls to other coroutines left in the function being written: bounds the fan-out,
    /// since `c3` calling `c2` twice calling `c1` twice multiplies.
    calls_left: usize,
    /// Statements left in the function being written: bounds the program's size.
    statements_left: usize,
}

/// Where a statement is being written.
#[derive(Clone)]
pub struct Scope {
    /// Coroutines `c0` up to (not including) this one may be called: no recursion.
    pub callable: usize,
    pub depth: usize,
    /// Primitives held here (`lock0`, `sem0`, `cond0`): taking one again would deadlock.
    pub held: Vec<String>,
    /// Inside a `for`: no calls, which the loop would multiply.
    pub in_loop: bool,
}

impl Scope {
    pub fn top(callable: usize) -> Scope {
        Scope {
            callable,
            depth: 0,
            held: Vec::new(),
            in_loop: false,
        }
    }

    pub fn deeper(&self) -> Scope {
        Scope {
            depth: self.depth + 1,
            ..self.clone()
        }
    }

    pub fn holding(&self, primitive: &str) -> Scope {
        let mut scope = self.deeper();
        scope.held.push(primitive.to_string());
        scope
    }

    /// The first of `kind0`, `kind1`, ... (up to `count`) not held here, if any.
    pub fn free(&self, rng: &mut Rng, kind: &str, count: usize) -> Option<String> {
        let free: Vec<String> = (0..count)
            .map(|n| format!("{kind}{n}"))
            .filter(|name| !self.held.contains(name))
            .collect();
        (!free.is_empty()).then(|| free[rng.below(free.len())].clone())
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Log,
    Sleep,
    State,
    Call,
    Raise,
    Return,
    If,
    For,
    Try,
    Primitive,
    Concurrency,
    Loop,
    Hostile,
}

impl Gen {
    pub fn new(seed: u64) -> Gen {
        let mut rng = Rng::new(seed);
        let world = World::choose(&mut rng);
        Gen {
            rng,
            world,
            next_id: 0,
            calls_left: 0,
            statements_left: 0,
        }
    }

    /// A number no other statement of the program uses: names its variables and labels.
    pub fn fresh(&mut self) -> usize {
        self.next_id += 1;
        self.next_id
    }

    /// Starts a function body with these budgets.
    pub fn begin_function(&mut self, statements: usize, calls: usize) {
        self.statements_left = statements;
        self.calls_left = calls;
    }

    pub fn can_call(&self, scope: &Scope) -> bool {
        scope.callable > 0 && self.calls_left > 0 && !scope.in_loop
    }

    /// `cN(f"{name}.ID")` for a coroutine the scope may call (check [`Gen::can_call`]).
    pub fn call(&mut self, scope: &Scope) -> String {
        self.calls_left = self.calls_left.saturating_sub(1);
        let callee = self.rng.below(scope.callable);
        let id = self.fresh();
        format!("c{callee}(f\"{{name}}.{id}\")")
    }

    pub fn delay(&mut self) -> &'static str {
        self.rng.pick(DELAYS)
    }

    /// `count` statements (at least one, so the block is never empty).
    pub fn block(&mut self, code: &mut Code, scope: &Scope, count: usize) {
        for _ in 0..count.max(1) {
            self.statement(code, scope);
        }
    }

    /// A block of one to three statements.
    pub fn small_block(&mut self, code: &mut Code, scope: &Scope) {
        let count = self.rng.between(1, 3);
        self.block(code, scope, count);
    }

    pub fn statement(&mut self, code: &mut Code, scope: &Scope) {
        self.statements_left = self.statements_left.saturating_sub(1);
        let compound = scope.depth < MAX_DEPTH && self.statements_left > 0;
        let mut kinds = vec![
            (4, Kind::Log),
            (6, Kind::Sleep),
            (3, Kind::State),
            (2, Kind::Raise),
            (1, Kind::Return),
        ];
        if self.can_call(scope) {
            kinds.push((4, Kind::Call));
        }
        if compound {
            kinds.extend([
                (2, Kind::If),
                (2, Kind::For),
                (4, Kind::Try),
                (7, Kind::Primitive),
                (12, Kind::Concurrency),
                (5, Kind::Loop),
            ]);
            if self.world.hostile {
                kinds.push((2, Kind::Hostile));
            }
        }
        match self.rng.weighted(&kinds) {
            Kind::Log => self.log(code),
            Kind::Sleep => self.sleep(code),
            Kind::State => {
                let step = self.rng.between(1, 3);
                code.line(format!("state[\"n\"] += {step}"));
            }
            Kind::Call => {
                let id = self.fresh();
                let call = self.call(scope);
                code.line(format!("r{id} = await {call}"));
                code.line(format!("log(name, \"got\", r{id})"));
            }
            Kind::Raise => self.raise(code),
            Kind::Return => {
                self.condition(code);
                code.line("return f\"{name} early\"");
                code.close();
            }
            Kind::If => self.if_else(code, scope),
            Kind::For => self.for_loop(code, scope),
            Kind::Try => self.try_except(code, scope),
            Kind::Primitive => self.primitive(code, scope),
            Kind::Concurrency => self.concurrency(code, scope),
            Kind::Loop => self.loop_machinery(code),
            Kind::Hostile => self.hostile(code, scope),
        }
    }

    fn log(&mut self, code: &mut Code) {
        let id = self.fresh();
        code.line(format!("log(name, \"s{id}\", state[\"n\"])"));
    }

    fn sleep(&mut self, code: &mut Code) {
        let delay = self.delay();
        if self.rng.chance(20) {
            let id = self.fresh();
            code.line(format!(
                "r{id} = await asyncio.sleep({delay}, result=\"slept {id}\")"
            ));
            code.line(format!("log(name, r{id})"));
        } else {
            code.line(format!("await asyncio.sleep({delay})"));
        }
    }

    /// Opens `if state["n"] % M == K:`, true about one time in M.
    pub fn condition(&mut self, code: &mut Code) {
        let modulus = self.rng.between(2, 4);
        let remainder = self.rng.below(modulus);
        code.open(format!("if state[\"n\"] % {modulus} == {remainder}:"));
    }

    fn raise(&mut self, code: &mut Code) {
        let id = self.fresh();
        let exception = self
            .rng
            .pick(&["ValueError", "ValueError", "KeyError", "RuntimeError"]);
        self.condition(code);
        code.line(format!("raise {exception}(f\"{{name}}-{id}\")"));
        code.close();
    }

    fn if_else(&mut self, code: &mut Code, scope: &Scope) {
        let parity = self.rng.below(2);
        code.open(format!("if state[\"n\"] % 2 == {parity}:"));
        self.small_block(code, &scope.deeper());
        code.close();
        if self.rng.chance(50) {
            code.open("else:");
            self.small_block(code, &scope.deeper());
            code.close();
        }
    }

    fn for_loop(&mut self, code: &mut Code, scope: &Scope) {
        let id = self.fresh();
        let times = self.rng.between(1, 3);
        code.open(format!("for i{id} in range({times}):"));
        code.line(format!("log(name, \"loop\", i{id})"));
        let mut inner = scope.deeper();
        inner.in_loop = true;
        self.small_block(code, &inner);
        code.close();
    }

    fn try_except(&mut self, code: &mut Code, scope: &Scope) {
        let id = self.fresh();
        code.open("try:");
        self.small_block(code, &scope.deeper());
        code.close();
        let handles = self.rng.chance(80);
        if handles {
            let caught = self.rng.pick(&[
                "ValueError",
                "(ValueError, KeyError)",
                "RuntimeError",
                "Exception",
                "TimeoutError",
            ]);
            code.open(format!("except {caught} as e{id}:"));
            code.line(format!(
                "log(name, \"caught\", type(e{id}).__name__, e{id})"
            ));
            code.close();
        }
        if self.rng.chance(25) {
            code.open("except asyncio.CancelledError:");
            code.line("log(name, \"cancelled\")");
            // Swallowing a cancellation is legal and a classic source of surprises.
            if !(self.world.hostile && self.rng.chance(40)) {
                code.line("raise");
            }
            code.close();
        }
        if !handles || self.rng.chance(30) {
            code.open("finally:");
            code.line(format!("log(name, \"finally {id}\")"));
            code.close();
        }
    }
}
