// Compiled as a doctest of step08-zapping that must fail with E0277 (see src/send.rs).
use std::rc::Rc;

// ANCHOR: rc_across_await
async fn announce(playlist: Rc<Vec<&'static str>>) -> String {
    tokio::task::yield_now().await; // the Rc is held across this .await
    format!("first up: {}", playlist[0])
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let playlist = Rc::new(vec!["Orbital -> Chime"]);
    // error[E0277]: future cannot be sent between threads safely
    let task = runtime.spawn(announce(playlist));
    println!("{}", runtime.block_on(task).unwrap());
}
// ANCHOR_END: rc_across_await
