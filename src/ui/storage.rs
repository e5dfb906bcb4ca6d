//! The browser's localStorage, where pages keep what the learner typed; natively (server-side
//! rendering, tests) there is no storage and nothing is kept.

#[cfg(target_arch = "wasm32")]
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

#[cfg(target_arch = "wasm32")]
pub fn load(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

#[cfg(target_arch = "wasm32")]
pub fn save(key: &str, value: &str) {
    if let Some(storage) = local() {
        // A full or disabled storage only means the text is not kept across visits.
        let _ = storage.set_item(key, value);
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn load(_key: &str) -> Option<String> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub fn save(_key: &str, _value: &str) {}
