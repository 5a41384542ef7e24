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

date-before = before { $date }
date-around = around { $date }
# Where a source prints no date, or does not say when words were said.
date-not-given = date not given

## Counts

quotes-count = { $count ->
        [one] { $count } quote
       *[other] { $count } quotes
    }

## Commands: the label in menus and on buttons, and the tooltip

command-open-file = Open route…
    .tooltip = Open a route file, GeoJSON, KML, KMZ, GPX, or a locations and a flows CSV together
command-reload = Reload from disk
    .tooltip = Read the open file again, as it is on disk now
command-open-builtin = Open the Middle Corridor
    .tooltip = Go back to the built-in Middle Corridor route
command-quit = Quit
    .tooltip = Close the app; with unsaved edits it asks first
command-undo = Undo
    .tooltip = Take back the last change to the story: a slide added, deleted, moved or edited
command-redo = Redo
    .tooltip = Make again the change Undo took back
command-fit-route = Fit route
    .tooltip = Show the whole route
command-zoom-in = Zoom in
    .tooltip = Zoom in on the middle of the map
command-zoom-out = Zoom out
    .tooltip = Zoom out from the middle of the map
command-pan-left = Pan left
    .tooltip = Move the view west
command-pan-right = Pan right
    .tooltip = Move the view east
command-pan-up = Pan up
    .tooltip = Move the view north
command-pan-down = Pan down
    .tooltip = Move the view south
command-clear-selection = Clear selection
    .tooltip = Deselect the node or link and show the corridor overview; with nothing selected, close the panel lying over the map
command-show-overview = Corridor overview
    .tooltip = What the sources say about the corridor as a whole
command-show-sources = Sources
    .tooltip = The articles every quote and figure comes from
command-toggle-translation = Show translations
    .tooltip = Show English translations made for this dataset instead of the original words
command-toggle-legend = Layers and legend
    .tooltip = Show or hide the flow layers and the map legend
command-play-pause = Play or pause the years
    .tooltip = Step through the years of the data, looping
command-next-year = Next year
    .tooltip = Show the next year's flows
command-previous-year = Previous year
    .tooltip = Show the previous year's flows
command-toggle-motion = Moving flows
    .tooltip = Dashes that move along the flows in their direction; off keeps the map still
command-save = Save
    .tooltip = Save the route, with its story, to its file
command-save-as = Save as…
    .tooltip = Save the route, with its story, to a new file
command-export = Export map…
    .tooltip = Save the map as it is now: a PNG picture up to 8K wide, or an SVG for print
command-start-presentation = Present
    .tooltip = Full screen, one slide per place, driven by keys or a clicker
command-add-slide = Add slide from current view
    .tooltip = A new slide at the end of the story with this view, layers, year and selected quote
command-next-slide = Next slide
    .tooltip = Fly to the next slide
command-previous-slide = Previous slide
    .tooltip = Fly back to the previous slide
command-first-slide = First slide
    .tooltip = Back to the title slide
command-last-slide = Last slide
    .tooltip = On to the closing slide
command-go-to-typed-slide = Go to slide (type its number, then Enter)
    .tooltip = Jump to the slide whose number was typed
command-black-screen = Black screen
    .tooltip = Black the screen, or bring the slide back
command-toggle-autoplay = Play the talk by itself
    .tooltip = Step through the slides by themselves, looping, for a kiosk; any key or click stops
command-toggle-presenter-view = Presenter view
    .tooltip = This slide, the next, the notes and the time: on the other screen, or around the slide
command-toggle-reduce-motion = Reduce motion
    .tooltip = Cut between slides instead of flying, and keep flows still
command-stop-presentation = Stop presenting
    .tooltip = Leave the talk and go back to the map as it was
command-show-controls = Controls
    .tooltip = Mouse and keyboard controls
command-show-about = About Corridor Atlas
    .tooltip = Version, data sources and attribution
command-toggle-side-panel = Side panel
    .tooltip = Show or hide the side panel: the overview, the selection's figures and quotes, the sources and the story
command-show-table = Table
    .tooltip = Places, links and flow values as tables, to sort, read aloud and copy
command-larger-text = Larger text
    .tooltip = Make the whole interface larger
command-smaller-text = Smaller text
    .tooltip = Make the whole interface smaller
command-normal-text-size = Normal text size
    .tooltip = Draw the interface at its normal size
command-light-theme = Light
    .tooltip = Dark text on light panels
command-dark-theme = Dark
    .tooltip = Light text on dark panels, for dim rooms; the map keeps its colours
command-high-contrast-theme = High contrast
    .tooltip = Black on white with strong frames and a thick focus ring, for low vision and washed-out projectors

## Menus and the bar above the map

menu-file = File
menu-open-recent = Open recent
menu-open-recent-none = No files opened yet
menu-open-recent-clear = Clear the list
menu-file-edited = { $file } (edited)
menu-edit = Edit
menu-view = View
menu-theme = Theme
    .tooltip = How the panels and menus look: light, dark or high contrast; remembered
menu-language = Language
    .tooltip = The language of menus, panels, the map and slides; remembered
menu-present = Present
menu-talk-language = Talk language
    .tooltip = The language of the slides, apart from the interface's: present in Russian from an English interface
menu-talk-language-same = As the interface
menu-autoplay-seconds = Autoplay: seconds per slide
menu-help = Help

## Panels, layers, timeline and tooltips

# What a place, a link and a flow value are, as the panel and the tooltips word them.
# How a link of each status is drawn on the map.
# "4.5 Mt in 2023 (actual)"; $kind is one of panel-value-kind.
# A value with a status but no amount: "plan or target, 2026".
panel-figures-count = { $count ->
        [one] { $count } figure
       *[other] { $count } figures
    }
# A source's outlet, when the source does not name one.
# A source the route names but does not describe.
panel-source-unknown = source { $id }
panel-source = Source: { $source }
panel-quote-source = Source: { $source } · said { $date }
# Under words the source says were said at another time, without saying when.
panel-quote-source-undated = Source: { $source } · when said: not given
# Why a quote stands where it does, or what else a reader needs to know of it.
panel-quote-note = Note: { $note }
# A place's kind and country: "Sea port · Kazakhstan".
panel-kind-country = { $kind } · { $country }
panel-coordinates = { $lat }°{ $north ->
        [yes] N
       *[no] S
    }, { $lon }°{ $east ->
        [yes] E
       *[no] W
    }
# The checkbox beside the tabs that shows the quotes' English translations.
panel-english = English
panel-story-tab = Story ({ $count })
    .tooltip = The slides of the talk: add, edit, reorder, present
panel-key-figures = Key figures
panel-experts-said = What experts said ({ $count })
# The heading over reported statements: what an article says, in its own words, that someone said.
panel-reported-said = Reported statements ({ $count })
panel-no-quotes = No quote in this route speaks of this place.
panel-flows-through = Flows through this place
panel-links = Links
# A link from the selected place: "Rail to Baku — operating"; $status is lower case.
panel-link-to = { $mode } to { $place } — { $status }
panel-link-drawn = { $mode } · { $status } (drawn as a { $line })
panel-link-length = Length along the drawn path: about { $km } km (geodesic)
panel-flows-on-link = Flows on this link
panel-no-flows-on-link = No flow layer runs along this link.
panel-link-ends = Ends
panel-chart-key = Filled: actual · diamond: estimate · open: plan or target · square: part of a year, never joined to whole years · one line per way
# The chart's last column, for values whose source gives no year.
chart-no-year = no year
panel-overview-hint = Click a place on the map to see what experts said about it.
panel-places = Places
# The tooltip of a place's button on the overview: its kind, country and quotes.
panel-place-summary = { $kind } · { $country } — { $quotes }
panel-places-more = and { $count } more; click them on the map
panel-corridor-figures = Key figures for the corridor
panel-corridor-quotes = On the corridor as a whole ({ $count })
panel-sources = Sources
panel-sources-intro = { $count ->
        [one] Every quote and figure in this route comes from these { $count } text.
       *[other] Every quote and figure in this route comes from these { $count } texts.
    }
panel-source-reference = Reference: { $reference }
# $quotes, $statements and $figures are quotes-count, panel-reported-count and
# panel-figures-count; $reported is the number of reported statements.
panel-source-counts = { $reported ->
        [0] { $quotes } and { $figures } in this route
       *[other] { $quotes }, { $statements } and { $figures } in this route
    }
panel-reported-count = { $count ->
        [one] { $count } reported statement
       *[other] { $count } reported statements
    }
panel-translation-note = Translation from the original, made for this atlas
panel-original-words = Original words
panel-use-on-slide = Use on the next slide
# $command is the label of the command that adds a slide.
panel-use-on-slide-tooltip = “{ $command }” in the Story tab will show this quote
panel-disagreement = Sources disagree: { $topic }

story-title = Story
story-intro = The talk, one slide per place. A title slide comes before these and a closing slide after. Save the route (Ctrl+S) to keep the story.
story-delete = Delete this slide
story-move-later = Move this slide later
story-move-earlier = Move this slide earlier
story-slide-title = Title
story-slide-text = Text on the slide
story-slide-notes = Speaker notes (presenter view only)
story-year-kept = keeps the year
story-layers-all = all
story-layers-none = none
story-slide-summary = Year: { $year } · layers: { $layers } · quotes: { $quotes }
story-take-view = Take view from map
    .tooltip = Set this slide's view, layers, year and quote from the map as it is now
story-present-from-here = Present from here
story-no-slides = No slides yet: frame a view on the map, pick a quote, and add a slide.

tooltip-node-counts = { $quotes } · { $figures } — click for details
tooltip-link-details = Click for details
tooltip-no-value = No value for { $year } in this route.
tooltip-no-value-without-year = This way has no value with no year given.
tooltip-nearest = Nearest: { $value }
tooltip-flow-chart = Click for the link's chart

timeline-play = ▶ Play
timeline-pause = Pause
timeline-year = Year
timeline-speed = Speed
timeline-seconds-per-year = { $seconds } s per year
# The timeline's last stop, after the years: values whose source gives no year.
timeline-no-year = No year given
timeline-no-year-tooltip = { $count ->
        [one] { $count } value whose source gives no year, shown apart from the years
       *[other] { $count } values whose source gives no year, shown apart from the years
    }

layers-title = Flow layers
layers-opacity = opacity
layers-opacity-of = Opacity of { $layer }
layers-raise = Draw { $layer } above the layer over it
layers-lower = Draw { $layer } below the layer under it
layers-legend = Legend
panel-text-fell-back = (in { $language }: the route has no text here in this language)

## Slides, legend, credits and pictures

# Kinds of place, link, status and value, in phrases and legends.
kind-node-port = Sea port
kind-node-rail-junction = Rail junction
kind-node-border-crossing = Border crossing
kind-node-city = City
kind-node-terminal = Oil terminal
kind-node-place = Place
kind-mode-rail = Rail
kind-mode-sea-ferry = Sea ferry
kind-mode-pipeline = Pipeline
kind-mode-subsea-cable = Subsea cable
kind-mode-road = Road
kind-mode-power = Power line
kind-status-operating = Operating
kind-status-under-construction = Under construction
kind-status-planned = Planned
# How links of a status are drawn, after the status: "Operating (solid line)".
kind-line-solid = solid line
kind-line-dashed = dashed line
kind-line-dotted = dotted line
# A kind of value, inside a phrase: "4.5 Mt in 2023 (actual)".
kind-value-actual = actual
kind-value-estimate = estimate
kind-value-plan = plan or target
kind-value-with-amount = { $amount } in { $year } ({ $kind })
kind-value-without-amount = { $kind }, { $year }
# A value for some months of a year: "547 USD M in Jan–Aug 2025 (actual, part of a year)".
kind-value-part-year = { $amount } in { $period } ({ $kind }, part of a year)
kind-value-part-year-without-amount = { $kind }, { $period } (part of a year)
# A value whose source gives no year: "1,000 USD M, no year given (plan or target)".
kind-value-no-year = { $amount }, no year given ({ $kind })
kind-value-no-year-without-amount = { $kind }, no year given
year-not-given = no year given
month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
# Months of a year a value covers: "Jan–Aug 2025", or "Aug 2025" for one month.
period-months = { $first }–{ $last } { $year }
period-month = { $first } { $year }
# A band's amount for part of a year: "547 USD M (Jan–Aug)".
flow-label-part-year = { $amount } ({ $months })
kind-source-no-outlet = outlet not named
# Above a reported statement: the article's own words about what someone said, never a quotation.
quote-reported-label = Reported statement: the article's words, not a quotation
# Before a reported statement's words. $article is the outlet, or quote-reported-article-by, or
# quote-reported-article; $speaker is the person whose words the article reports.
quote-reported-lead = { $article } reports that { $speaker } said:
quote-reported-article-by = { $author }'s article
quote-reported-article = The article

legend-links = Links
legend-status = Status
legend-places = Places
legend-actual = Actual
legend-estimate = Estimate
legend-plan = Plan or target
# A layer's detail line: the amount its sample band stands for.
legend-band = band = { $amount }
legend-status-only = status, no amount
legend-no-value = no value for { $year }
legend-no-value-without-year = no value without a year
legend-part-of-year = { $detail }; the value is for { $period } only
legend-no-year-note = No year given
legend-no-year-detail = not shown for { $year }
legend-scale-km = { $length } km
legend-scale-m = { $length } m
legend-credit-basemap = Basemap: Natural Earth
legend-credit-sources = Basemap: Natural Earth. Sources: { $sources }

slide-flows-in = Flows in { $year }
slide-flows-no-year = Values with no year given
slide-closing-title = Outlook and sources
slide-cover-summary = { $slides ->
        [one] { $slides } slide
       *[other] { $slides } slides
    } · quotes and figures from { $sources ->
        [one] { $sources } source
       *[other] { $sources } sources
    }
slide-closing-lead = Every quote and figure in this talk comes from these texts:
slide-closing-basemap = Basemap: Natural Earth.
# Under a quote shown in translation; $language is the code of the original's language.
slide-quote-translation = Translation from the original { $language ->
        [ru] Russian
        [kk] Kazakh
        [az] Azerbaijani
        [tr] Turkish
        [en] English
       *[other] language
    }, made for this atlas

# Where a slide breaks the rules of a hall, in the status bar and the problems list.
slide-check-issue = slide { $slide } at { $width }×{ $height }: { $what }
slide-check-off-screen = { $part } reaches off the screen; shorten its text
slide-check-overlap = { $part } overlaps { $other }; shorten the slide's text or quote
slide-check-too-small = "{ $text }" is { $size } points high, under { $least } % of the screen
slide-check-off-map = { $place } is off the map; focus the slide on fewer places
slide-check-covers = { $part } covers { $place }; shorten the slide's text or quote, or focus on fewer places
slide-check-no-label = { $place } has no room for its label; focus the slide on fewer places
slide-check-covers-label = { $part } covers the label of { $place }; shorten the slide's text or quote
slide-part-title-card = the title card
slide-part-quote-card = the quote card
slide-part-legend = the legend
slide-part-number = the slide number
slide-part-credits = the credits
slide-part-scale-bar = the scale bar

# render --lang
render-unknown-language = unknown language "{ $language }"; known: { $known }

## Presenting and the presenter view

talk-go-to = Go to { $number } …
talk-screens = Screens
talk-one-screen = One screen: P shows the presenter view around the slide.
talk-slides-other-screen = Slides on the other screen
    .tooltip = The slides go to the screen this window is not on, the presenter view stays here
talk-slides-screen-1 = Slides on screen 1
    .tooltip = The slides on screen 1, the presenter view on screen 2
talk-slides-screen-2 = Slides on screen 2
    .tooltip = The slides on screen 2, the presenter view on screen 1
talk-screen-named = Screen { $number }: { $name }, { $size }
talk-screen = Screen { $number }: { $size }

presenter-window-title = Corridor Atlas — presenter view
presenter-now = Now
presenter-next-heading = Next
presenter-slide-of = Slide { $number } of { $count }
presenter-end = End the talk
presenter-hide = Hide presenter view
presenter-show-slide = Show the slide
presenter-black = Black screen
presenter-with-key = { $text } ({ $key })
presenter-clock = Clock
presenter-elapsed = Elapsed
presenter-last-slide = This is the last slide.
presenter-notes = Notes
presenter-no-notes = No notes for this slide.
presenter-previous = ◀  Previous slide
presenter-next = Next slide  ▶
presenter-typing = Go to slide { $number } …
presenter-typing-enter = Enter jumps there
presenter-blacked = The audience sees a black screen
presenter-blacked-back = B brings the slide back
presenter-keys = Next: Page Down, →, Space, Enter · Previous: Page Up, ←, Backspace
presenter-keys-jump = Jump: type the slide's number, then Enter · Tab reaches the buttons and slides
presenter-go-to-slide = Go to slide { $number }: { $title }

## Windows, dialogs and the status bar

# The status bar under the map.
status-hint = Drag to pan · scroll to zoom · click a place for its quotes · F1 for all controls
# While a file is read: "Opening route.json: Parsing…".
status-opening = Opening { $file }: { $stage }…
status-stage-reading = Reading
status-stage-parsing = Parsing
status-stage-checking = Checking
status-warnings = { $count } warning(s) in { $file }
status-saved = Saved { $file }
status-exported = Exported { $file }
status-not-drawn-yet = The map has not been drawn yet, so there is nothing to export: try again once it shows.
status-nothing-to-reload = This route was not read from a file, so there is nothing to reload.
status-no-dialog = No file dialog opens on this system (it needs the desktop portal or zenity): type the path in the window instead.
# The notice above the map when the open file changed on disk under unsaved edits.
status-changed-on-disk = { $file } changed on disk, and this window has edits that are not saved.
status-reload-lose-edits = Reload and lose my edits
status-keep-edits = Keep my edits
    .tooltip = Keep what is on screen; Save will write it over the file
# While files are dragged over the window.
status-drop-pair = Drop to open the locations and flows CSV together
status-drop-route = Drop to open the route (JSON, GeoJSON, KML, KMZ, GPX or CSV)

# The tabs on the map's edges that open and close the panels.
window-tab-layers = Layers ▶
# The window as a screen reader names it.
window-name = Corridor Atlas: { $route }
window-tab-hide-layers = ◀ Hide
window-tab-hide-side = Hide ▶
window-tab-show-layers-tip = Show the layers and legend
window-tab-hide-layers-tip = Hide the layers and legend
window-tab-show-side-tip = Show the side panel
window-tab-hide-side-tip = Hide the side panel
# The side panel's name on its tab, when a link or the story is shown.
window-side-link = Link
window-side-story = Story
# The title of a slide added from the view with no place selected.
window-new-slide-title = Slide { $number }

# File dialogs: their filters, and the app's own path window where no dialog opens.
dialog-all-route-files = All route files
dialog-format-route = Corridor Atlas route
dialog-format-geojson = GeoJSON
dialog-format-flowmap-csv = FlowmapBlue CSV pair
dialog-format-kml = KML
dialog-format-kmz = KMZ (zipped KML)
dialog-format-gpx = GPX (GPS tracks, routes and waypoints)
dialog-route-json = Route (JSON)
dialog-open-title = Open a route file, or a locations and a flows CSV
dialog-save-as-title = Save the route
dialog-export-title = Export the map
dialog-open-ask = The path of a route file (JSON, GeoJSON, KML, KMZ or GPX), or of one CSV of the pair with the other beside it.
dialog-save-as-ask = The path of the file to save the route to (.json).
dialog-export-ask = The path of the picture to write (.png or .svg).
dialog-path = Path
dialog-ok = OK
    .tooltip = Enter
dialog-cancel = Cancel
    .tooltip = Esc
# What is wrong with a typed path.
dialog-path-empty = Type the path of a file.
dialog-path-missing = There is no file at { $path }. Check the folder and the file's name.
dialog-path-folder = { $path } is a folder. Add the file's name to the path.
dialog-path-no-folder = The folder { $path } does not exist. Create it first, or type another folder.
dialog-path-not-writable = { $path } cannot be written: { $reason }. Choose a folder you may write to.
# Why a save failed; $reason is the system's own words.
dialog-save-error-write = cannot write { $file }: { $reason }. Check that the folder exists and that you may write there.
dialog-save-error-encode = the route could not be turned into JSON: { $reason }
dialog-save-error-too-large = { $file } was not written: the route takes { $size } bytes, more than the { $limit } bytes a route file may have, so it could not be opened again. Leave out detail it does not need, such as values or line points, or split it into several routes.

# The question before unsaved edits would be lost.
unsaved-before-quit = Save changes to { $file } before quitting?
unsaved-before-open = Save changes to { $file } before opening { $names }?
unsaved-before-open-builtin = Save changes to { $file } before opening the built-in route?
unsaved-before-reload = Save changes to { $file } before reloading it from disk?
unsaved-lost = Changes that are not saved are lost.
unsaved-not-saved = Not saved: { $error }
unsaved-save = Save
    .tooltip = Save, then go on (Enter)
unsaved-discard = Discard
    .tooltip = Go on without saving: the changes are lost
unsaved-cancel = Cancel
    .tooltip = Stay, with the changes (Esc)

# Undo and Redo: the status bar says "Undid: delete slide 3", the Edit menu "Undo: delete slide 3".
history-undid = Undid: { $step }
history-redid = Redid: { $step }
history-nothing-to-undo = Nothing to undo
history-nothing-to-redo = Nothing to redo
history-add-slide = add slide { $slide }
history-delete-slide = delete slide { $slide }
history-change-story = change the story
history-pick-quote = pick a quote for the next slide
history-unpick-quote = unpick the quote for the next slide
history-edit-route = edit the route
history-swap-slides = swap slides { $first } and { $second }
history-edit-title = edit the title of slide { $slide }
history-edit-text = edit the text of slide { $slide }
history-edit-notes = edit the notes of slide { $slide }
history-take-view = take the view from the map for slide { $slide }

# File › Export.
export-window-title = Export map
export-format = Format
export-png = PNG picture
export-svg = SVG for print
export-size = Size
export-size-screen = As on screen
export-size-screen-2 = As on screen, ×2
export-size-screen-4 = As on screen, ×4
export-size-full-hd = Full HD, 1920×1080
export-size-4k = 4K, 3840×2160
export-size-8k = 8K, 7680×4320
export-size-custom = Custom
export-pixels = Pixels
# After the width and the height fields: "2400 wide", "1600 high".
export-wide = { " " }wide
export-high = { " " }high
export-pixel-size = { $width } × { $height } pixels
export-point-size = { $width } × { $height } points, text as text
export-title = Title
export-title-hint = the route's title
export-legend = Legend
export-scale-bar = Scale bar
export-credits = Credits: Natural Earth and the sources
export-start = Export…
    .tooltip = Choose where to save the picture
export-busy = Exporting…
# Why an export failed.
export-error-too-large = A picture of { $width }×{ $height } pixels is too large: the largest side is { $max } pixels. Choose a smaller size or scale.
export-error-empty = A picture needs a size of at least 1×1 pixel; { $width }×{ $height } was asked for.
export-error-draw = Could not draw the picture: { $reason }
export-error-write = Could not write { $file }: { $reason }. Check that the folder exists and can be written to.
export-error-basemap = Could not read the basemap: { $reason }
export-error-format = "{ $file }" is neither .png nor .svg; name the file with one of them.

# Help › About.
about-version = Corridor Atlas { $version }
about-commit = Built from commit { $commit }
about-summary = A transport corridor on a projected map, with what experts said about each place, word for word, and where they said it.
about-languages = Interface languages: { $languages }
about-basemap = Basemap
about-basemap-text = Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com. Country shapes 4.1.0 (public domain), as TopoJSON from the world-atlas package by Mike Bostock (ISC licence).
about-quotes = Quotes and figures
about-quotes-text = The built-in Middle Corridor route quotes five Russian-language articles on President Aliyev's state visit to Kazakhstan of 20–21 October 2025 (BAQ.KZ, Zakon.kz and others; two print no date); see Sources in the side panel. Quotes are the speakers' words as the articles print them; what an article says someone said, without quoting, is shown as a reported statement in the article's own words. English translations are made for this atlas and marked as such.
about-fonts = Fonts
about-fonts-text = Noto Sans, Noto Sans Georgian and Noto Sans Armenian, SIL Open Font License 1.1.
about-projection = Map projection: Albers equal-area conic, centred on the Caspian for the Middle Corridor.

# Help › Controls: the mouse's controls, then each command's keys.
controls-pan = Pan
controls-pan-how = drag the map
controls-zoom-pointer = Zoom about the pointer
controls-zoom-pointer-how = scroll or pinch
controls-zoom-place = Zoom in on a place
controls-zoom-place-how = double-click
controls-select = Select a place or link
controls-select-how = click it
controls-walk-places = Walk the places on the map, west to east
controls-walk-places-how = Tab; Shift+Tab goes back
controls-select-focused = Select the place reached with Tab
controls-select-focused-how = Enter
controls-key-space = Space
controls-key-left = Left
controls-key-right = Right
controls-key-up = Up
controls-key-down = Down
controls-key-plus = Plus
controls-key-equals = Equals
controls-key-minus = Minus
controls-key-period = Period
controls-key-comma = Comma

status-areas-only = { $count ->
        [one] { $count } area
       *[other] { $count } areas
    }, no places
status-route-not-in-language = This route has no texts in this language: shown in { $default }
status-route-partly-in-language = { $missing ->
        [one] { $missing } text of this route is shown in { $default }, for want of this language
       *[other] { $missing } texts of this route are shown in { $default }, for want of this language
    }
    .tooltip = The route file gives these texts in its own language only. Add this language's texts to the file (see docs/route-format.md, "Texts in several languages"); `corridor-atlas check` lists which are missing.

## Problems shown in the app

# The panel under the map listing the problems of a file that did not open. Each problem is a
# message below; the few the file reader has no message for are shown in English.
problem-open-failed = { $file } could not be opened: { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }. The route on screen is unchanged.
problem-reload-failed = { $file } changed on disk and now has { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }. Showing the last version that loaded; fix the file and it reloads by itself.
problem-dismiss = Dismiss
# Where a problem is: "route.json:3:5", then "at links[2].from", then what it is.
problem-at-line = { $file }:{ $line }:{ $column }
problem-at-path = { $place } at { $path }
problem-text = { $place }: { $message }
# What is wrong with a file, each problem a message of its own. The English words are the ones
# `check --json` and the command line print: change them only with the tests that read them.
problem-file-not-found = cannot read { $file }: { $error }. Check that the file exists and that you may read it.
problem-file-not-permitted = cannot read { $file }: { $error }. Check that the file exists and that you may read it.
problem-file-is-a-folder = cannot read { $file }: { $error }. Check that the file exists and that you may read it.
problem-file-unreadable = cannot read { $file }: { $error }. Check that the file exists and that you may read it.
problem-file-too-large = { $file } is { $size } bytes, more than the { $limit } bytes a route file may have. Split the route or leave out detail it does not need.
problem-file-not-regular = { $file } is { $kind ->
        [pipe] a named pipe
        [device] a device
        [socket] a socket
       *[other] a special file
    }, not a route file saved on disk; open the route file itself
problem-no-file = no file was given; name a route file to open
problem-too-many-files = open one route file at a time, or a locations CSV and a flows CSV together
problem-not-utf8 = the file is not UTF-8 text; save it as UTF-8
# What a file really is when it holds no route: $title is a web page's own title.
problem-file-web-page = this is an HTML page, not a route: the download probably saved the web page; download the raw file (on a code hosting site, the Raw button) and open that
problem-file-web-page-titled = this is an HTML page ('{ $title }'), not a route: the download probably saved the web page; download the raw file (on a code hosting site, the Raw button) and open that
problem-file-empty = the file is empty (0 bytes); nothing was saved in it: download or export the route again
problem-file-only-bom = the file holds only a byte-order mark and nothing after it; nothing was saved in it: download or export the route again
problem-file-blank = the file holds only blank space (spaces and empty lines); nothing was saved in it: download or export the route again
problem-not-an-object = a route file is one JSON object, { "{" } … { "}" }, but this one starts with '{ $first }'
problem-version-zero = format version 0 does not exist; set "version": { $latest }
problem-version-newer = format version { $version } is newer than this app reads (1 to { $latest }); update Corridor Atlas to open this file
# $error is the JSON reader's own words, in English.
problem-json-control-character = a line break or tab inside a text; write it as \n or \t, or join the lines
problem-json-number-too-large = this number is too large to use; write it as an ordinary number
problem-json-syntax = { $error }: this is not valid JSON here
problem-json-ends-early = { $error }: the file ends early; is a bracket or quote missing?
# $expected, $found: the JSON reader's words, such as "`id`, `name`" or "string "43.6"".
problem-missing-field = missing field `{ $field }`
problem-unknown-field = unknown field `{ $field }`, expected one of { $expected }
problem-unknown-variant = unknown variant `{ $value }`, expected one of { $expected }
problem-wrong-type = invalid type: { $found }, expected { $expected }
problem-wrong-value = invalid value: { $found }, expected { $expected }
problem-geojson-empty = this is not GeoJSON: the file is empty; a GeoJSON file is one JSON object such as { "{" }"type": "FeatureCollection", "features": [...]{ "}" }
problem-geojson-not-an-object = this is not GeoJSON: it does not start with '{ "{" }'; a GeoJSON file is one JSON object such as { "{" }"type": "FeatureCollection", "features": [...]{ "}" }
# A text with letters no font on the computer draws: $text is the text, $letters those letters.
problem-letters-undrawn = '{ $text }' has letters no font on this computer draws ({ $letters }), which show as empty boxes; install a font for its script, such as Noto Sans CJK for Chinese, Japanese and Korean, and open the route again
problem-route-no-id = the route has no id; give it a short name such as "lobito-corridor"
problem-route-no-title = the route has no title; give it a name to show
problem-route-no-nodes = the route has no nodes and no areas; add at least one place
problem-empty-id = the id is empty; give each entry a short unique id such as "aktau"
# $list is the list in the file, such as "nodes"; $first the place of the first entry with the id.
problem-duplicate-id = id '{ $id }' is already used by { $list }[{ $first }]; ids must be unique
problem-empty-text = { $what ->
        [node-name] the node's name
        [layer-name] the layer's name
        [quote-text] the quote's text
        [quote-speaker] who said it
       *[slide-title] the slide's title
    } is empty
problem-latitude-off-globe = latitude { $lat } is off the globe; it must lie between -90 and 90 degrees
problem-longitude-off-globe = longitude { $lon } is off the globe; it must lie between -180 and 180 degrees
problem-year-out-of-range = year { $year } is out of range; use a year from { $first } to { $last }
# $kind is what the id should name: node, source, layer or quote.
problem-unknown-id-suggested = unknown { $kind } '{ $id }' — did you mean '{ $suggestion }'?
problem-unknown-id = unknown { $kind } '{ $id }' — add a { $kind } with this id or correct the reference
problem-bad-colour = colour '{ $color }' is not of the form #rrggbb, such as "{ $example }"
problem-layer-colours-alike = the colours of layers '{ $first }' and '{ $second }' look alike to { $vision ->
        [protanopia] people with protanopia (no red cones)
        [deuteranopia] people with deuteranopia (no green cones)
        [tritanopia] people with tritanopia (no blue cones)
       *[other] anyone
    }; pick colours further apart, in lightness as well as hue
problem-area-no-polygons = the area has no polygons; it will not be drawn
problem-ring-too-short = a ring needs at least 3 points to enclose anything; it has { $count }
problem-link-to-itself = link '{ $link }' starts and ends at '{ $node }'; it will not be visible
problem-negative-value = value { $value } is negative; flows are amounts of zero or more
problem-bounds-upside-down = north must lie north of south
problem-seconds-not-positive = seconds must be more than 0
problem-disagreement-one-claim = a disagreement needs at least two claims to compare
problem-not-a-language-code = "{ $language }" is not a language code; write the language's two- or three-letter code, such as "en" or "ru"
# $text is the text's place, such as "links[ferry].name"; $given the languages it is in.
problem-text-not-in-route-language = { $text } has no text in the route's language "{ $language }", only in { $given }; the "{ $shown }" text is shown instead. Add "{ $language }": "…" to it, or set the route's "language"
problem-language-coverage = language "{ $language }" covers { $covered } of { $total } texts; missing: { $listed }
problem-language-coverage-more = language "{ $language }" covers { $covered } of { $total } texts; missing: { $listed } and { $more } more
problem-more-errors-unlisted = { $count } more errors like the ones above are not listed; fix those and import again
problem-more-warnings-unlisted = { $count } more warnings like the ones above are not listed; fix those and import again
problem-geojson-no-features = the FeatureCollection has no "features" list; add "features": [...] with the features
problem-import-no-places = found nothing to show: no points, lines or polygons; a route needs at least one place or area, so add points (in GPX, waypoints), lines (routes, tracks) or polygons
problem-import-areas-only = found { $count ->
        [one] { $count } area
       *[other] { $count } areas
    } and no points or lines: the map shows the areas, with no places to select or flows to draw
problem-kml-point-no-coordinates = the Point has no coordinates; it is skipped
problem-csv-empty = the file is empty; a CSV file needs a header row naming its columns
# $needed names the columns a table needs, such as "id, name, lat, lon"; $found the header row's.
problem-csv-missing-column = there is no '{ $column }' column; the header row needs { $needed }, found { $found }
problem-csv-missing-column-or = there is no '{ $column }' column (or { $others }); the header row needs { $needed }, found { $found }
# A flow value's way along the links: $from, $to, $node, $end are node ids, $link a link's.
problem-flow-no-way = no chain of links joins '{ $from }' to '{ $to }'; list the links in 'links' or add links; it will not be drawn
problem-flow-unknown-link = unknown link '{ $link }'
problem-flow-link-broken = link '{ $link }' does not continue from '{ $node }'; list the links in order from 'from' to 'to'
problem-flow-wrong-end = the links end at '{ $end }', not at '{ $to }'
# $modes lists link modes as route files spell them: "pipeline, sea_ferry, rail"; $layer is a layer's id.
problem-flow-no-way-over-modes = the value of layer '{ $layer }' from '{ $from }' to '{ $to }' has no way over links of the layer's modes ({ $modes }), only over links of other modes; add links of those modes, list the links in 'links', or add a mode to the layer's 'modes'; it will not be drawn
problem-flow-wrong-mode = link '{ $link }' is a { $mode } link, and layer '{ $layer }' travels { $modes } only; list links of those modes, or add '{ $mode }' to the layer's 'modes'
# A value's part of a year, written as YYYY-MM/YYYY-MM.
problem-period-unreadable = '{ $period }' is not a period of months; write the first and last month as YYYY-MM/YYYY-MM, such as 2025-01/2025-08
problem-period-backwards = the period '{ $period }' ends before it starts; write the earlier month first
problem-period-years = the period '{ $period }' runs over more than one year; a value is for one year or part of one
problem-period-without-year = the value is for part of a year ('{ $period }') but has no 'year'; add "year": { $year }
problem-period-other-year = the period '{ $period }' is not in the value's year, { $year }; make the two agree
# $wanted is the table a CSV pair lacks: flows or locations; $files the CSV files found.
problem-csv-role-unknown = this CSV is neither a locations table (id,name,lat,lon) nor a flows table (origin,dest,count); check its header row
problem-csv-partner-missing = this CSV needs its { $wanted ->
        [flows] flows (origin,dest,count[,time])
       *[locations] locations (id,name,lat,lon)
    } table: put that CSV beside it, or open both files together
problem-csv-partner-ambiguous = more than one { $wanted ->
        [flows] flows (origin,dest,count[,time])
       *[locations] locations (id,name,lat,lon)
    } table lies beside this CSV ({ $files }); open the two files together
problem-csv-partner-not-utf8 = no { $wanted ->
        [flows] flows (origin,dest,count[,time])
       *[locations] locations (id,name,lat,lon)
    } table was found beside this CSV, and { $files } cannot be told apart as it is not UTF-8 text: save it as UTF-8 (in Excel, "CSV UTF-8"), or open the two files together
problem-csv-pair-roles = a CSV pair needs one locations table (id,name,lat,lon) and one flows table (origin,dest,count[,time]); check the header rows
problem-loading-stopped = loading stopped unexpectedly; try opening the file again
# GeoJSON coordinates. $lon, $lat as the file gives them; $found what is there instead of a
# position or list; $what what the list should hold.
problem-geojson-too-deep = the JSON is nested too deeply to read (more than 128 levels); GeoJSON never needs this many, so the file is damaged or not GeoJSON
problem-geojson-collections-too-deep = GeometryCollections are nested more than { $depth } deep here; put the geometries in one collection or in separate features
# $record says how the feature is named: by its name ($name), by its place in the file ($name), or
# by a label ($name).
problem-geojson-unsupported-geometry = { $record ->
        [feature-named] feature '{ $name }'
        [placemark-named] placemark '{ $name }'
        [feature-at] the feature at { $name }
        [label] { $name }
       *[feature] the feature
    } has a geometry of type '{ $kind }', which is not one of Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or GeometryCollection; it is skipped
problem-geojson-latitude-off-globe = position [{ $lon }, { $lat }] is off the globe: latitude { $lat } is not between -90 and 90
problem-geojson-latitude-off-globe-swapped = position [{ $lon }, { $lat }] is off the globe: latitude { $lat } is not between -90 and 90; it looks like latitude and longitude are swapped, and GeoJSON gives longitude first
problem-geojson-longitude-off-globe = position [{ $lon }, { $lat }] is off the globe: longitude { $lon } is not between -180 and 180
problem-geojson-not-a-number = expected the { $which ->
        [longitude] longitude
       *[latitude] latitude
    } as a number, found { $found ->
        [number] a number
        [text] a text
        [boolean] true or false
        [null] null
        [list] a list
        [object] an object
        [positions] a list of positions
       *[position] a single position
    }
problem-geojson-position-too-short = a position needs a longitude and a latitude, as in [51.2, 43.6]; found { $count } number
problem-geojson-position-expected = expected a position [longitude, latitude], found { $found ->
        [number] a number
        [text] a text
        [boolean] true or false
        [null] null
        [list] a list
        [object] an object
        [positions] a list of positions
       *[position] a single position
    }
problem-geojson-list-expected = expected a list of { $what ->
        [positions] positions
        [lines] lines
        [polygons] polygons
       *[rings] rings
    }, found { $found ->
        [number] a number
        [text] a text
        [boolean] true or false
        [null] null
        [list] a list
        [object] an object
        [positions] a list of positions
       *[position] a single position
    }
# KML. $error is the XML reader's own words, in English; $tuple a position as the file gives it.
# KMZ, a zipped KML. $entry is the KML file's name in the archive; $files what the archive holds;
# $error the zip reader's own words, in English.
problem-kmz-not-zip = the file is not a readable zip archive ({ $error }); a KMZ is a zipped KML: save it again from the program that made it, or open the KML itself
problem-kmz-empty = the KMZ archive is empty; save it again from the program that made it
problem-kmz-no-kml = the KMZ holds no .kml file at its top level (it holds { $files }); a KMZ needs doc.kml beside its folders: unzip it and open the KML file it has
problem-kmz-entry-unreadable = { $entry } in the archive cannot be unzipped ({ $error }); save the KMZ again with ordinary compression, or unzip it with another program and open the KML
problem-kmz-too-large = { $entry } in the archive unzips to more than the { $limit } bytes a route file may have; this KMZ is damaged or made to fill memory, so it is not opened
problem-kml-zipped = this is a KMZ (zipped KML), not KML text; open it as a .kmz file and the KML in it is read
problem-kml-bad-xml = the file is not well-formed XML here: { $error }; KML must be valid XML, so check the tags around this place
problem-kml-ends-early = the file ends before this element is closed; is the file cut short?
problem-kml-too-deep = elements are nested more than { $depth } deep here; flatten the folders and import again
problem-kml-not-a-position = '{ $tuple }' is not a position; KML coordinates are longitude,latitude or longitude,latitude,altitude, separated by spaces
problem-kml-longitude-off-globe = position '{ $tuple }' is off the globe: longitude { $lon } is not between -180 and 180; KML gives longitude first
problem-kml-latitude-off-globe = position '{ $tuple }' is off the globe: latitude { $lat } is not between -90 and 90; KML gives longitude first
# GPX. $error is the XML reader's own words, in English; $item names a route or track, such as
# "Track 'Ferry'"; $element a point's element, such as wpt.
problem-gpx-bad-xml = the file is not well-formed XML here: { $error }; GPX must be valid XML, so check the tags around this place
problem-gpx-too-deep = elements are nested more than { $depth } deep here; GPX never needs this many, so the file is damaged
problem-gpx-position-missing = <{ $element }> has no { $attribute } attribute; every GPX point needs lat and lon
problem-gpx-position-not-a-number = { $attribute } is '{ $value }', not a number; GPX gives positions as lat="43.6" lon="51.22", in degrees
problem-gpx-line-too-short = { $item } has { $count ->
        [one] { $count } point
       *[other] { $count } points
    }, and a line needs at least two; it is skipped
# CSV tables. $column is a column's name as the header row gives it; $text a cell's text;
# $line and $year are written out as text. $error is the CSV reader's own words, in English.
problem-csv-no-locations = the locations file lists no locations; add rows of id, name, lat and lon
problem-csv-unreadable-row = this line cannot be read as CSV: { $error }
problem-csv-number-empty = { $column } must be a number such as 43.6; it is empty
problem-csv-not-a-number = { $column } must be a number such as 43.6; found '{ $text }'
problem-csv-no-name-column = there is no 'name' column; the ids are shown as names
problem-csv-empty-id = the id is empty; give each location a short unique id
problem-csv-duplicate-id = id '{ $id }' is already used on line { $line }; each location needs its own id
problem-csv-location-no-name = location '{ $id }' has no name; its id is shown as its name
problem-csv-latitude-off-globe = latitude { $value } is off the globe; it must lie between -90 and 90
problem-csv-latitude-off-globe-swapped = latitude { $value } is off the globe; it must lie between -90 and 90; are the lat and lon columns swapped?
problem-csv-longitude-off-globe = longitude { $value } is off the globe; it must lie between -180 and 180
problem-csv-no-time-column = there is no 'time' column, so the flows have no year; they are all shown under the year { $year } in a layer described as undated. Add a 'time' column with a year or a date such as 2024-05-01 to place them in time
problem-csv-flow-to-itself = a flow from a location to itself cannot be drawn as a line; it is left out
problem-csv-location-empty = { $column } is empty; give a location id
problem-csv-unknown-location-suggested = { $column } '{ $id }' is not an id in the locations file; did you mean '{ $suggestion }'?
problem-csv-unknown-location = { $column } '{ $id }' is not an id in the locations file; add it there or correct the id
problem-csv-negative-count = { $column } { $value } is negative; flows are amounts of zero or more
problem-csv-count-not-a-number = { $column } '{ $text }' is not a number; give the flow as a plain number such as 120
problem-csv-count-too-large = { $column } is too large: a flow can be at most about 1.8e+308; check the number
problem-csv-sum-too-large = adding { $value } to the { $sum } already counted from '{ $from }' to '{ $to }' for the same year goes past the largest number a flow can hold (about 1.8e+308); check the counts of these rows
problem-csv-not-a-year = { $column } '{ $text }' is not a year or a date; write it as 2024 or 2024-05-01
# Words a property may take. $what names the property, such as kind or mode; $word is the word
# the file gives; $listed the words it may take; $default the word used instead.
problem-csv-unknown-mode = { $what } '{ $word }' is not one of { $listed }. The flow's link is imported as { $default }.
problem-csv-unknown-mode-suggested = { $what } '{ $word }' is not one of { $listed }; did you mean '{ $suggestion }'? The flow's link is imported as { $default }.
# Imported features. $record says how the feature is named, as in
# problem-geojson-unsupported-geometry; $found says what a value is, and $value is its text.
problem-import-unknown-word = { $what } '{ $word }' is not one of { $listed }. { $record ->
        [feature-named] Feature '{ $name }'
        [placemark-named] Placemark '{ $name }'
        [feature-at] The feature at { $name }
        [label] { $name }
       *[feature] The feature
    } is imported with { $what } '{ $default }'.
problem-import-unknown-word-suggested = { $what } '{ $word }' is not one of { $listed }; did you mean '{ $suggestion }'? { $record ->
        [feature-named] Feature '{ $name }'
        [placemark-named] Placemark '{ $name }'
        [feature-at] The feature at { $name }
        [label] { $name }
       *[feature] The feature
    } is imported with { $what } '{ $default }'.
problem-import-not-a-word = { $what } is { $found ->
        [text] '{ $value }'
        [number] { $value }
        [boolean] true or false
        [null] null
        [list] a list
       *[object] an object
    }, not a word. { $record ->
        [feature-named] Feature '{ $name }'
        [placemark-named] Placemark '{ $name }'
        [feature-at] The feature at { $name }
        [label] { $name }
       *[feature] The feature
    } is imported with { $what } '{ $default }'.
problem-import-bad-colour = colour { $found ->
        [text] '{ $value }'
        [number] { $value }
        [boolean] true or false
        [null] null
        [list] a list
       *[object] an object
    } is not of the form #rrggbb, such as "#c2410c"; the area is drawn in the default grey
problem-import-id-not-text = the id is { $found ->
        [text] '{ $value }'
        [number] { $value }
        [boolean] true or false
        [null] null
        [list] a list
       *[object] an object
    }, not a text or number; { $record ->
        [feature-named] feature '{ $name }'
        [placemark-named] placemark '{ $name }'
        [feature-at] the feature at { $name }
        [label] { $name }
       *[feature] the feature
    } gets a generated id
# $prefix is what the features become: node, link or area.
problem-import-id-taken = id '{ $wanted }' is already used by an earlier { $prefix }; this one is imported as '{ $id }', so give each feature its own id if other features refer to it
# $key is the property that names a line's end, such as "from".
problem-import-unknown-node-suggested = '{ $key }' names node '{ $id }', which no point in the file has; did you mean '{ $suggestion }'?
problem-import-unknown-node = '{ $key }' names node '{ $id }', which no point in the file has; give the id of a point in the file
problem-import-unknown-node-unhinted = '{ $key }' names node '{ $id }', which no point in the file has
problem-import-end-not-text = '{ $key }' is { $found ->
        [text] '{ $value }'
        [number] { $value }
        [boolean] true or false
        [null] null
        [list] a list
       *[object] an object
    }; give the id of a point's node as text
# $others is $count less one.
problem-import-unnamed-points = { $count ->
        [one] this point has no 'name' property; its id is shown as its name
       *[other] this point and { $others } other points have no 'name' property; their ids are shown as names
    }
problem-import-value-not-a-number = value { $found ->
        [text] '{ $value }'
        [number] { $value }
        [boolean] true or false
        [null] null
        [list] a list
       *[object] an object
    } is not a number; give the amount as a plain number such as 4.5, with its unit in a separate 'unit' property
problem-import-not-a-year = year { $found ->
        [text] '{ $value }'
        [number] { $value }
        [boolean] true or false
        [null] null
        [list] a list
       *[object] an object
    } is not a whole year; give it as a number such as 2024
problem-import-value-on-point = { $record ->
        [feature-named] Feature '{ $name }'
        [placemark-named] Placemark '{ $name }'
        [feature-at] The feature at { $name }
        [label] { $name }
       *[feature] The feature
    } is a point, and flow values belong on lines; its value is left out
problem-import-year-without-value = a year without a 'value' says nothing to show; it is left out
problem-import-value-without-year = { $record ->
        [feature-named] Feature '{ $name }'
        [placemark-named] Placemark '{ $name }'
        [feature-at] The feature at { $name }
        [label] { $name }
       *[feature] The feature
    } has a value but no 'year'; add a 'year' property such as 2024
# $shown is the unit of $layer, which an earlier feature gave.
problem-import-unit-differs = unit '{ $unit }' differs from unit '{ $shown }' of layer '{ $layer }' given by an earlier feature; the value is shown in '{ $shown }', so put values in other units in a layer of their own with a 'layer' property
problem-geojson-topojson = this is TopoJSON, not GeoJSON; convert it first, for example with topo2geo or mapshaper
problem-geojson-wrong-type = this is not GeoJSON: "type" is { $found ->
        [missing] missing
        [text] '{ $value }'
        [number] { $value }
        [boolean] true or false
        [null] null
        [list] a list
       *[object] an object
    }, where GeoJSON has "FeatureCollection", "Feature" or a geometry type such as "Point"
problem-geojson-properties-not-object = the properties are { $found ->
        [number] a number
        [text] a text
        [boolean] true or false
        [null] null
        [list] a list
       *[object] an object
    }, not an object of names and values; they are ignored
problem-geojson-no-geometry = { $record ->
        [feature-named] feature '{ $name }'
        [placemark-named] placemark '{ $name }'
        [feature-at] the feature at { $name }
        [label] { $name }
       *[feature] the feature
    } has no geometry, so there is nothing to place on the map; it is skipped
problem-geojson-geometry-type-not-text = the geometry's "type" is { $found ->
        [text] '{ $value }'
        [number] { $value }
        [boolean] true or false
        [null] null
        [list] a list
       *[object] an object
    }; it must be a text such as "Point"
problem-geojson-geometry-no-type = the geometry has no "type"; add one such as "type": "Point"
# $kind is a geometry type, such as LineString.
problem-geojson-no-coordinates = the { $kind } has no "coordinates"; add them, or remove the geometry
problem-geojson-empty-geometry = { $record ->
        [feature-named] Feature '{ $name }'
        [placemark-named] Placemark '{ $name }'
        [feature-at] The feature at { $name }
        [label] { $name }
       *[feature] The feature
    } has an empty { $kind }; it is skipped
problem-geojson-no-geometries = the GeometryCollection has no "geometries" list; add one, or remove the geometry
problem-geojson-line-too-short = a line needs at least two positions, found { $count }; it is skipped
problem-geojson-ring-too-short = { $ring ->
        [outer] the polygon's outer ring
       *[hole] a hole
    } has { $count } positions, and a ring needs at least three; it is left out
# $element is a KML element that is not imported; $placemark the placemark it is in, such as
# "Placemark 'Aktau'".
problem-kml-unsupported = <{ $element }> is skipped: { $why ->
        [track] tracks are not imported
        [model] 3D models are not imported
        [image-overlay] image overlays are not imported
        [photo-overlay] photo overlays are not imported
       *[network-link] what it loads from elsewhere is not imported; open that file instead
    }
problem-kml-unsupported-in-placemark = <{ $element }> in { $placemark } is skipped: { $why ->
        [track] tracks are not imported
        [model] 3D models are not imported
        [image-overlay] image overlays are not imported
        [photo-overlay] photo overlays are not imported
       *[network-link] what it loads from elsewhere is not imported; open that file instead
    }
problem-kml-polygon-no-outer-ring = a Polygon in { $placemark } has no outerBoundaryIs ring; it is skipped
problem-kml-placemark-no-geometry = { $placemark } has no Point, LineString or Polygon to place on the map; it is skipped
problem-kml-line-too-short = a LineString needs at least two positions, found { $count }; it is skipped
problem-kml-ring-too-short = a ring has { $count } positions, and a ring needs at least three; it is left out

## Table view
table-places = Places
table-links = Links
table-flows = Flow values
table-name = Name
table-kind = Kind
table-country = Country
table-latitude = Latitude
table-longitude = Longitude
table-quotes = Quotes
table-figures = Figures
table-mode = Mode
table-status = Status
table-from = From
table-to = To
table-length-km = Length, km
table-layer = Layer
table-year = Year
table-amount = Amount
table-unit = Unit
table-value-kind = Kind of value
table-source = Source
table-sort = Sort by { $column }
    .tooltip = Sort the rows by this column; once more to reverse
table-copy = Copy as CSV
    .tooltip = Copy this table, sorted as shown, for a spreadsheet
table-copied = { $rows ->
        [one] Copied { $rows } row
       *[other] Copied { $rows } rows
    }

# What a screen reader is told of the map's links and flows, and of a new selection or slide.
a11y-named = { $name }, { $about }
a11y-link-about = { $mode }, { $status }
a11y-flow-on-link = { $layer }: { $value }
a11y-link-with-flows = { $about }; { $flows }
a11y-flow-name = { $layer } on { $link }
a11y-map-links = Links on the map
a11y-map-flows = Flows on the map
a11y-selected = Selected: { $what }
a11y-nothing-selected = Nothing selected
a11y-slide = { $slide }: { $title }
a11y-map = Map of { $route }
a11y-map-help = Tab and Shift+Tab walk the places, west to east, and Enter selects one; the arrow keys pan the map, plus and minus zoom it.
a11y-flow-about = { $value }. { $source }
a11y-value-nearest = { $missing } { $nearest }
