#!/usr/bin/env python3
"""Checks the built site in a real browser (Debian's Chromium, driven by Selenium):

- axe-core reports no accessibility violations on any page type, in light and in dark mode;
- no page scrolls sideways on a 360 px phone;
- print hides the screen's furniture and spells out link addresses;
- glosses and note calls show their preview on hover and on keyboard focus, and Escape closes it;
- screenshots of each page type at 360 and 1280 px, dark mode and print, go to .build/artifacts/screenshots.

It builds both test articles (the first edition and the second test article) into a temporary folder with the
debug binary, serves it on loopback, and exits non-zero if any check fails. Run by `make test`.
"""
import base64, functools, http.server, json, os, shutil, socketserver, subprocess, sys, tempfile, threading, unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARTIFACTS = os.path.join(ROOT, ".build", "artifacts", "screenshots")
DIGLOT = os.environ.get("DIGLOT", os.path.join(ROOT, ".build", "debug", "diglot"))

PAGES = {
    "index": "index.html",
    "landing": "melkonyan-2022/index.html",
    "text": "melkonyan-2022/text.html",
    "english": "melkonyan-2022/en.html",
    "sources": "melkonyan-2022/sources.html",
    "glossary": "melkonyan-2022/glossary.html",
    "apparatus": "melkonyan-2022/apparatus.html",
    "version-of-record": "melkonyan-2022/source.html",
    "not-found": "404.html",
    "second-text": "second-article/text.html",
    "second-landing": "second-article/index.html",
}


def build_site():
    work = tempfile.mkdtemp(prefix="diglot-browser-")
    content = os.path.join(work, "content")
    shutil.copytree(os.path.join(ROOT, "content"), content)
    shutil.copytree(os.path.join(ROOT, "Tests", "Fixtures", "second-article"), os.path.join(content, "second-article"),
                    ignore=shutil.ignore_patterns("README.md"))
    site = os.path.join(work, "public")
    subprocess.run([DIGLOT, "build", "--content", content, "--templates", os.path.join(ROOT, "templates"), "--output", site],
                   check=True, stderr=subprocess.PIPE)
    return work, site


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


class BrowserChecks(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work, cls.site = build_site()
        cls.server, cls.base = serve(cls.site)
        cls.driver = browser()
        os.makedirs(ARTIFACTS, exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.shutdown()
        shutil.rmtree(cls.work, ignore_errors=True)

    def open(self, page, width=1280, height=900, media=None, scheme="light"):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
        features = [{"name": "prefers-color-scheme", "value": scheme}]
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media or "", "features": features})
        self.driver.get(self.base + page)

    def screenshot(self, name, full=True):
        if not full:
            shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {})
            with open(os.path.join(ARTIFACTS, name + ".png"), "wb") as handle:
                handle.write(base64.b64decode(shot["data"]))
            return
        metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = metrics["cssContentSize"]
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
            "captureBeyondViewport": True, "fromSurface": True,
            "clip": {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 6000), "scale": 1}})
        with open(os.path.join(ARTIFACTS, name + ".png"), "wb") as handle:
            handle.write(base64.b64decode(shot["data"]))

    def axe_violations(self):
        from axe_selenium_python import Axe
        axe = Axe(self.driver)
        axe.inject()
        results = axe.run()
        return [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}" for v in results["violations"]]

    def test_axe_reports_no_violations_on_any_page_in_light_or_dark_mode(self):
        problems = []
        for scheme in ("light", "dark"):
            for name, page in PAGES.items():
                self.open(page, scheme=scheme)
                problems += [f"{name} [{scheme}]: {v}" for v in self.axe_violations()]
        self.assertEqual(problems, [], "\n".join(problems))

    def test_no_page_scrolls_sideways_on_a_phone_and_screenshots_are_taken(self):
        wide = []
        for name, page in PAGES.items():
            self.open(page, width=360, height=800)
            overflow = self.driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                wide.append(f"{name}: {overflow}px too wide")
            self.screenshot(f"{name}-360")
            self.open(page, width=1280, height=900)
            self.screenshot(f"{name}-1280")
            self.open(page, width=1280, height=900, scheme="dark")
            self.screenshot(f"{name}-1280-dark")
        self.assertEqual(wide, [], "\n".join(wide))

    def test_print_shows_the_text_and_notes_without_the_screen_furniture(self):
        self.open(PAGES["text"], width=800, media="print")
        self.screenshot("text-print")
        hidden = self.driver.execute_script(
            "return ['.site-header', '.site-footer', '.skip-link'].map(s => getComputedStyle(document.querySelector(s)).display)")
        self.assertEqual(hidden, ["none", "none", "none"])
        notes = self.driver.execute_script("return getComputedStyle(document.querySelector('.notes')).display")
        self.assertNotEqual(notes, "none")
        after = self.driver.execute_script(
            "const a = [...document.querySelectorAll('.article a[href^=http]')].find(a => !a.classList.contains('url'));"
            "return a ? getComputedStyle(a, '::after').content : 'none'")
        self.assertIn("http", after, "a link's address is not printed after it")

    def preview_after(self, action):
        self.open(PAGES["text"])
        action()
        return self.driver.execute_script("const t = document.getElementById('diglot-tip'); return t ? t.textContent : null")

    def test_previews_open_on_hover_and_focus_and_close_with_escape(self):
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys
        gloss = lambda: self.driver.find_element(By.CSS_SELECTOR, ".article-body a.gloss")
        text = self.preview_after(lambda: (self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", gloss()), ActionChains(self.driver).move_to_element(gloss()).perform()))
        self.assertTrue(text and len(text) > 5, "no gloss preview on hover")
        self.screenshot("gloss-preview", full=False)
        call = lambda: self.driver.find_element(By.CSS_SELECTOR, "a[role=doc-noteref]")
        text = self.preview_after(lambda: self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", call()))
        self.assertTrue(text and "Дегтерев" in text, "no note preview on focus: %r" % text)
        self.screenshot("note-preview", full=False)
        described = self.driver.execute_script("return document.activeElement.getAttribute('aria-describedby')")
        self.assertEqual(described, "diglot-tip")
        self.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        self.assertIsNone(self.driver.execute_script("return document.getElementById('diglot-tip')"))

    def test_without_script_every_gloss_links_to_its_glossary_entry(self):
        self.open(PAGES["text"])
        targets = self.driver.execute_script("return [...document.querySelectorAll('a.gloss')].map(a => a.getAttribute('href'))")
        self.assertGreater(len(targets), 40)
        self.open(PAGES["glossary"])
        ids = set(self.driver.execute_script("return [...document.querySelectorAll('[id]')].map(e => e.id)"))
        self.assertEqual([t for t in targets if t.split("#")[1] not in ids], [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
