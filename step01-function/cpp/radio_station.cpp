// Step 1 in C++: the radio station as a plain function.
// Build: g++ -std=c++20 -O2 -Wall -Werror radio_station.cpp -o radio_station
// Run:   ./radio_station [style [songs]] [--trace]   (style 0 is rap, anything else electronic;
//        the defaults 0 and 7 are the talk's radioStation(0, 7))
#include <cstdlib>
#include <iostream>
#include <random>

#include "songs.hpp"
#include "../../support/cpp/trace.hpp"

// ANCHOR: radio_station
// Everything the show needs lives in this call's stack frame, so the whole show has to
// happen before the function returns.
void radioStation(int style, int songs)
{
    trace::event("caller call radio");
    std::default_random_engine engine;                  // libstdc++: minstd_rand0, seed 1
    std::uniform_int_distribution<int> track(0, Songs - 1);
    const auto& playlist = style ? electronic : rap;    // one draw per song either way

    for (int i = 0; i < songs; ++i)
    {
        std::cout << playlist[track(engine)] << '\n';
    }
    trace::event("radio return");
}
// ANCHOR_END: radio_station

// ANCHOR: main
int main(int argc, char* argv[])
{
    trace::parse(argc, argv);
    const int style = argc > 1 ? std::atoi(argv[1]) : 0;
    const int songs = argc > 2 ? std::atoi(argv[2]) : 7;
    radioStation(style, songs);
}
// ANCHOR_END: main
