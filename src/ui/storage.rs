//! What the app keeps in the browser's localStorage: the learner's programs and progress.
//! Natively (tests, server-side rendering) nothing is kept.

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
        // A full or disabled storage only means nothing is kept across visits.
        let _ = storage.set_item(key, value);
    }
}

#[cfg(target_arch = "wasm32")]
pub fn remove(key: &str) {
    if let Some(storage) = local() {
        let _ = storage.remove_item(key);
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn load(_key: &str) -> Option<String> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub fn save(_key: &str, _value: &str) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn remove(_key: &str) {}
