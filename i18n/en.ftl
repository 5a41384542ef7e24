# Corridor Atlas: the interface in English.
#
# Every message the code uses is here, and each other language's file has the same messages
# (tests/translations.rs checks both ways). Sections follow the parts of the app.

## The language itself

# The language's own name, in the View › Language menu.
language-name = English
number-decimal-separator = .
number-group-separator = ,
date-full = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
date-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## Counts

quotes-count = { $count ->
        [one] { $count } quote
       *[other] { $count } quotes
    }
