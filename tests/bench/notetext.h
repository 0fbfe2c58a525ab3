#pragma once

// Realistic note text for the benchmarks: Swedish words in random order, about the length
// of a short session note.

#include <random>
#include <string>
#include <vector>

namespace lykta::bench {

inline std::string noteText(std::mt19937_64 &random, std::size_t bytes = 450)
{
    static const std::vector<std::string> kWords = {
        "barnet",   "berättade", "om",          "skolan",      "mamma",      "pappa",
        "oro",      "samtal",    "familjen",    "stödgrupp",   "känslor",    "rädsla",
        "ilska",    "skam",      "vänner",      "fotboll",     "sömn",       "läxor",
        "kuratorn", "föräldern", "sjukdom",     "beroende",    "behandling", "träffas",
        "nästa",    "vecka",     "tillsammans", "lugn",        "glad",       "ledsen",
        "frågade",  "varför",    "hemma",       "trygg",       "hjälp",      "prata",
        "ritade",   "bild",      "syster",      "bror",        "mormor",     "åka",
        "hämtar",   "överens",   "uppföljning", "information", "öppet",      "ärftligt",
        "kompis"};
    std::uniform_int_distribution<std::size_t> pick(0, kWords.size() - 1);
    std::string text;
    while (text.size() < bytes) {
        if (!text.empty())
            text += ' ';
        text += kWords[pick(random)];
    }
    return text;
}

} // namespace lykta::bench
