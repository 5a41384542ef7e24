# Corridor Atlas: интерфейс на русском языке.
#
# Те же сообщения, что в en.ftl (tests/translations.rs проверяет), в том же порядке разделов.

## Язык

language-name = Русский
number-decimal-separator = ,
number-group-separator = { "\u00A0" }
date-full = { $day } { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    } { $year } г.
date-month = { $month ->
        [1] январь
        [2] февраль
        [3] март
        [4] апрель
        [5] май
        [6] июнь
        [7] июль
        [8] август
        [9] сентябрь
        [10] октябрь
        [11] ноябрь
       *[12] декабрь
    } { $year } г.

## Счёт

quotes-count = { $count ->
        [one] { $count } цитата
        [few] { $count } цитаты
       *[many] { $count } цитат
    }

## Команды: название в меню и на кнопках и подсказка

command-open-file = Открыть маршрут…
    .tooltip = Открыть файл маршрута, GeoJSON, KML или пару CSV: места и потоки
command-reload = Перечитать с диска
    .tooltip = Снова прочитать открытый файл в том виде, в каком он сейчас на диске
command-open-builtin = Открыть Средний коридор
    .tooltip = Вернуться к встроенному маршруту Среднего коридора
command-quit = Выход
    .tooltip = Закрыть приложение; если есть несохранённые правки, оно сначала спросит
command-undo = Отменить
    .tooltip = Отменить последнее изменение рассказа: добавленный, удалённый, перемещённый или изменённый слайд
command-redo = Повторить
    .tooltip = Вернуть изменение, отменённое командой «Отменить»
command-fit-route = Весь маршрут
    .tooltip = Показать маршрут целиком
command-zoom-in = Приблизить
    .tooltip = Приблизить центр карты
command-zoom-out = Отдалить
    .tooltip = Отдалить центр карты
command-pan-left = Сдвинуть влево
    .tooltip = Сдвинуть вид на запад
command-pan-right = Сдвинуть вправо
    .tooltip = Сдвинуть вид на восток
command-pan-up = Сдвинуть вверх
    .tooltip = Сдвинуть вид на север
command-pan-down = Сдвинуть вниз
    .tooltip = Сдвинуть вид на юг
command-clear-selection = Снять выделение
    .tooltip = Снять выделение с места или участка и показать обзор коридора; если ничего не выделено — закрыть панель поверх карты
command-show-overview = Обзор коридора
    .tooltip = Что говорят источники о коридоре в целом
command-show-sources = Источники
    .tooltip = Статьи, из которых взяты все цитаты и цифры
command-toggle-translation = Показывать переводы
    .tooltip = Показывать вместо подлинных слов английские переводы, сделанные для этого набора данных
command-toggle-legend = Слои и легенда
    .tooltip = Показать или скрыть слои потоков и легенду карты
command-play-pause = Проиграть или остановить годы
    .tooltip = Пройти по годам данных по кругу
command-next-year = Следующий год
    .tooltip = Показать потоки следующего года
command-previous-year = Предыдущий год
    .tooltip = Показать потоки предыдущего года
command-toggle-motion = Движение потоков
    .tooltip = Штрихи, бегущие вдоль потоков по их направлению; если выключить, карта неподвижна
command-save = Сохранить
    .tooltip = Сохранить маршрут вместе с рассказом в его файл
command-save-as = Сохранить как…
    .tooltip = Сохранить маршрут вместе с рассказом в новый файл
command-export = Экспорт карты…
    .tooltip = Сохранить карту в нынешнем виде: рисунок PNG шириной до 8K или SVG для печати
command-start-presentation = Презентация
    .tooltip = Во весь экран, по слайду на место; листать клавишами или пультом
command-add-slide = Добавить слайд с текущим видом
    .tooltip = Новый слайд в конце рассказа: этот вид, слои, год и выбранная цитата
command-next-slide = Следующий слайд
    .tooltip = Перелететь к следующему слайду
command-previous-slide = Предыдущий слайд
    .tooltip = Вернуться к предыдущему слайду
command-first-slide = Первый слайд
    .tooltip = Вернуться к титульному слайду
command-last-slide = Последний слайд
    .tooltip = Перейти к заключительному слайду
command-go-to-typed-slide = Перейти к слайду (наберите номер, затем Enter)
    .tooltip = Перейти к слайду, номер которого набран
command-black-screen = Чёрный экран
    .tooltip = Затемнить экран или вернуть слайд
command-toggle-autoplay = Показ без докладчика
    .tooltip = Слайды сменяются сами по кругу, как в киоске; любая клавиша или щелчок останавливает
command-toggle-presenter-view = Режим докладчика
    .tooltip = Этот слайд, следующий, заметки и время: на другом экране или вокруг слайда
command-toggle-reduce-motion = Меньше движения
    .tooltip = Переключать слайды без перелёта и не двигать потоки
command-stop-presentation = Завершить презентацию
    .tooltip = Выйти из доклада и вернуться к карте в прежнем виде
command-show-controls = Управление
    .tooltip = Мышь и клавиатура
command-show-about = О программе Corridor Atlas
    .tooltip = Версия, источники данных и атрибуция
command-toggle-side-panel = Боковая панель
    .tooltip = Показать или скрыть боковую панель: обзор, цифры и цитаты выделенного, источники и рассказ

## Меню и строка над картой

menu-file = Файл
menu-open-recent = Недавние
menu-open-recent-none = Файлы ещё не открывались
menu-open-recent-clear = Очистить список
menu-file-edited = { $file } (изменён)
menu-edit = Правка
menu-view = Вид
menu-language = Язык
    .tooltip = Язык меню, панелей, карты и слайдов; запоминается
menu-present = Презентация
menu-talk-language = Язык доклада
    .tooltip = Язык слайдов, независимо от языка интерфейса: доклад на русском из английского интерфейса
menu-talk-language-same = Как у интерфейса
menu-autoplay-seconds = Автопоказ: секунд на слайд
menu-help = Справка

## Панели, слои, шкала лет и подсказки

## Слайды, легенда, подписи и рисунки

# Виды мест, путей, состояний и величин — во фразах и легендах.
kind-node-port = Морской порт
kind-node-rail-junction = Железнодорожный узел
kind-node-border-crossing = Пограничный переход
kind-node-city = Город
kind-node-terminal = Нефтяной терминал
kind-node-place = Пункт
kind-mode-rail = Железная дорога
kind-mode-sea-ferry = Морской паром
kind-mode-pipeline = Трубопровод
kind-mode-subsea-cable = Подводный кабель
kind-mode-road = Автодорога
kind-mode-power = Линия электропередачи
kind-status-operating = Действует
kind-status-under-construction = Строится
kind-status-planned = Планируется
kind-line-solid = сплошная линия
kind-line-dashed = штриховая линия
kind-line-dotted = точечная линия
kind-value-actual = факт
kind-value-estimate = оценка
kind-value-plan = план или цель
kind-value-with-amount = { $amount } в { $year } г. ({ $kind })
kind-value-without-amount = { $kind }, { $year } г.
kind-source-no-outlet = издание не указано

legend-links = Пути сообщения
legend-status = Состояние
legend-places = Места
legend-actual = Факт
legend-estimate = Оценка
legend-plan = План или цель
legend-band = полоса = { $amount }
legend-status-only = только состояние, без объёма
legend-no-value = нет данных за { $year } г.
legend-scale-km = { $length } км
legend-scale-m = { $length } м
legend-credit-basemap = Основа карты: Natural Earth
legend-credit-sources = Основа карты: Natural Earth. Источники: { $sources }

slide-flows-in = Потоки в { $year } г.
slide-closing-title = Перспективы и источники
slide-cover-summary = { $slides ->
        [one] { $slides } слайд
        [few] { $slides } слайда
       *[many] { $slides } слайдов
    } · цитаты и цифры из { $sources ->
        [one] { $sources } источника
       *[other] { $sources } источников
    }
slide-closing-lead = Все цитаты и цифры этого доклада взяты из следующих текстов:
slide-closing-basemap = Основа карты: Natural Earth.
slide-quote-translation = Перевод на английский с { $language ->
        [ru] русского
        [kk] казахского
        [az] азербайджанского
        [tr] турецкого
        [en] английского
       *[other] языка оригинала
    }, сделан для этого атласа

slide-check-issue = слайд { $slide } на экране { $width }×{ $height }: { $what }
slide-check-off-screen = { $part } выходит за край экрана; сократите текст
slide-check-overlap = { $part } и { $other } перекрываются; сократите текст или цитату слайда
slide-check-too-small = «{ $text }»: высота { $size } пт, меньше { $least } % высоты экрана
slide-check-off-map = «{ $place }» не попадает на карту; оставьте на слайде меньше мест
slide-check-covers = { $part } закрывает место «{ $place }»; сократите текст или цитату слайда либо оставьте меньше мест
slide-check-no-label = подписи «{ $place }» не хватает места; оставьте на слайде меньше мест
slide-check-covers-label = { $part } закрывает подпись «{ $place }»; сократите текст или цитату слайда
slide-part-title-card = карточка заголовка
slide-part-quote-card = карточка цитаты
slide-part-legend = легенда
slide-part-number = номер слайда
slide-part-credits = строка источников
slide-part-scale-bar = масштабная линейка

render-unknown-language = неизвестный язык «{ $language }»; известные: { $known }

## Презентация и режим докладчика

talk-go-to = К слайду { $number } …
talk-screens = Экраны
talk-one-screen = Один экран: P показывает режим докладчика вокруг слайда.
talk-slides-other-screen = Слайды на другом экране
    .tooltip = Слайды уходят на экран, где нет этого окна; режим докладчика остаётся здесь
talk-slides-screen-1 = Слайды на экране 1
    .tooltip = Слайды на экране 1, режим докладчика на экране 2
talk-slides-screen-2 = Слайды на экране 2
    .tooltip = Слайды на экране 2, режим докладчика на экране 1
talk-screen-named = Экран { $number }: { $name }, { $size }
talk-screen = Экран { $number }: { $size }

presenter-window-title = Corridor Atlas — режим докладчика
presenter-now = Сейчас
presenter-next-heading = Далее
presenter-slide-of = Слайд { $number } из { $count }
presenter-end = Завершить доклад
presenter-hide = Скрыть режим докладчика
presenter-show-slide = Показать слайд
presenter-black = Чёрный экран
presenter-with-key = { $text } ({ $key })
presenter-clock = Время
presenter-elapsed = Прошло
presenter-last-slide = Это последний слайд.
presenter-notes = Заметки
presenter-no-notes = К этому слайду заметок нет.
presenter-previous = ◀  Предыдущий слайд
presenter-next = Следующий слайд  ▶
presenter-typing = К слайду { $number } …
presenter-typing-enter = Enter — перейти
presenter-blacked = Зрители видят чёрный экран
presenter-blacked-back = B возвращает слайд
presenter-keys = Вперёд: Page Down, →, пробел, Enter · Назад: Page Up, ←, Backspace
presenter-keys-jump = Переход: наберите номер слайда и нажмите Enter · Tab — к кнопкам и слайдам
presenter-go-to-slide = К слайду { $number }: { $title }

## Окна, диалоги и строка состояния

## Ошибки, показываемые в приложении
