// The radio's song list, shared by every C++ radio in the workspace (steps 1, 2 and 5),
// as step01-function/src/lib.rs shares it on the Rust side.
#pragma once

#include <array>
#include <string>

// ANCHOR: songs
constexpr int Songs = 4;

const std::array<std::string, Songs> electronic{
    "Front 242 -> No Shuffle",
    "The Neon Judgement -> Tomorrow in the papers",
    "Orbital -> Chime",
    "Underworld -> Born Slippy",
};

const std::array<std::string, Songs> rap{
    "Public Enemy -> Fight The Power",
    "Ice Cube -> It was a good day",
    "Run DMC -> Walk Thiw Way",
    "Beastie Boys -> Sabotage",
};
// ANCHOR_END: songs
