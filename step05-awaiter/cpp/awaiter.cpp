// Step 5 in C++: the listener scores each song, and the coroutine receives the score as
// the value of its co_yield, through an awaiter of our own.
// Build: g++ -std=c++20 -O2 -Wall -Werror awaiter.cpp -o awaiter
// Run:   ./awaiter [style [songs [score]]]   (defaults 0 7 10: the talk's show, every
//        song scored 10; style 0 is rap, anything else electronic)
//        ./awaiter style songs -             (ask for each score on standard input, as
//        the Rust binary's --interactive does: same questions, same answers)
//        ./awaiter --frame-size  (the size of the coroutine's frame, instead of the show)
#include <charconv>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <random>
#include <string>
#include <string_view>

#include "../../step01-function/cpp/songs.hpp"
#include "radio_station.hpp"

// ANCHOR: coroutine
RadioStation radioStation(int style, int songs)
{
    std::default_random_engine engine;
    std::uniform_int_distribution<int> track(0, Songs - 1);
    const auto& playlist = style ? electronic : rap;

    for (int i = 0; i < songs; ++i)
    {
        trace::event([&] {
            const auto song = std::to_string(i + 1) + " of " + std::to_string(songs);
            const auto holds = "song " + song + ", waiting for its score";
            return "radio holds " + trace::quoted(holds);
        });
        const std::optional<int> score = co_yield playlist[track(engine)];
        if (score)
        {
            std::cout << "The previous track scored " << *score << '\n';
        }
        else
        {
            std::cout << "The previous track was not scored\n";
        }
    }
}
// ANCHOR_END: coroutine

// ANCHOR: parse
// A whole number from 0 to 10 and nothing else, spaces, tabs and a '\r' around it aside;
// written with no sign and no leading zero, as every number the Rust programs read.
std::optional<int> parseScore(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
    {
        return std::nullopt;
    }
    text = text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
    if (text.size() > 1 && text.front() == '0')
    {
        return std::nullopt;
    }
    unsigned score{}; // unsigned: from_chars then takes digits only, no sign
    const auto [rest, error] = std::from_chars(text.data(), text.data() + text.size(), score);
    if (error != std::errc{} || rest != text.data() + text.size() || score > 10)
    {
        return std::nullopt;
    }
    return static_cast<int>(score);
}
// ANCHOR_END: parse

// ANCHOR: interactive
// Asks on standard error until a line holds a score; empty at the end of the input.
std::optional<int> askScore()
{
    std::string line;
    while (true)
    {
        std::cout << std::flush; // the song first, then the question
        std::cerr << "Your score for this song, from 0 to 10: " << std::flush;
        if (!std::getline(std::cin, line))
        {
            std::cerr << '\n';
            return std::nullopt;
        }
        if (const auto score = parseScore(line))
        {
            return score;
        }
        std::cerr << "That is not a score: a whole number from 0 to 10, please.\n";
    }
}

// Every song until the listener stops answering, then the average of the scores given.
void listenInteractively(RadioStation& radio)
{
    int sum{};
    int scored{};
    while (radio.nextSong())
    {
        std::cout << *radio.value() << '\n';
        const auto score = askScore();
        if (!score)
        {
            break; // end of input: the show ends here, the body is not resumed again
        }
        radio.score(*score);
        sum += *score;
        ++scored;
    }
    if (scored == 0)
    {
        std::cout << "No song was scored.\n";
        return;
    }
    // Rounded to one decimal, half up, in whole numbers: the same digits as Rust's.
    const long long tenths = (20LL * sum + scored) / (2LL * scored);
    std::cout << "Average score: " << tenths / 10 << '.' << tenths % 10 << " over "
              << scored << (scored == 1 ? " song\n" : " songs\n");
}
// ANCHOR_END: interactive

// ANCHOR: frame_size
// Calling the coroutine allocates its frame through promise_type::operator new;
// initial_suspend stops it before the first song, and the handle frees it again.
void printFrameSize()
{
    auto radio = radioStation(0, 7);
    std::cout << "frame: " << RadioStation::promise_type::lastFrameSize << " bytes\n";
}
// ANCHOR_END: frame_size

int main(int argc, char* argv[])
{
    trace::parse(argc, argv);
    if (argc > 1 && std::string_view{argv[1]} == "--frame-size")
    {
        printFrameSize();
        return 0;
    }
    const int style = argc > 1 ? std::atoi(argv[1]) : 0;
    const int songs = argc > 2 ? std::atoi(argv[2]) : 7;
    const std::string_view scoring = argc > 3 ? argv[3] : "10";
    const bool interactive = scoring == "-";
    const auto points = interactive ? std::optional<int>{} : parseScore(scoring);
    if (!interactive && !points)
    {
        std::cerr << "error: not a score from 0 to 10: '" << scoring << "'\n";
        return 2;
    }

    auto radio = radioStation(style, songs);
    if (interactive)
    {
        listenInteractively(radio);
        return 0;
    }
    // ANCHOR: main
    while (radio.nextSong())
    {
        std::cout << *radio.value() << '\n';
        radio.score(*points);
    }
    // ANCHOR_END: main
}
