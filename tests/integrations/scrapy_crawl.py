"""Crawl a site with the cleantext pipeline in a fresh process (Scrapy's reactor starts once per process).

Usage: python scrapy_crawl.py CONFIG.json, where the config holds ``start`` (the first URL),
``settings`` (extra Scrapy settings), ``items`` (the JSON Lines file to write the items to) and
``stats`` (a JSON file for the crawler's stats).
"""

from __future__ import annotations

import json
import sys


def main(config_path: str) -> None:
    import scrapy
    from scrapy.crawler import CrawlerProcess

    with open(config_path, encoding="utf-8") as file:
        config = json.load(file)

    class TextPage(scrapy.Item):
        url = scrapy.Field()
        text = scrapy.Field()
        article = scrapy.Field()

    class SiteSpider(scrapy.Spider):
        name = "site"
        start_urls = [config["start"]]  # noqa: RUF012 -- Scrapy reads a class attribute

        def parse(self, response):
            if response.url.endswith(".txt"):  # a text page: a scrapy.Item, the raw text kept beside the article
                yield TextPage(url=response.url, text=response.text)
                return
            links = response.css("a.page::attr(href)").getall()
            if links:  # the index: follow it, no item of its own
                yield from response.follow_all(links, self.parse)
                return
            yield {"url": response.url, "body": response.body}  # a page: a dict, its bytes as they came

    settings = {
        "ITEM_PIPELINES": {"cleantext.integrations.scrapy.CleantextPipeline": 300},
        "FEEDS": {config["items"]: {"format": "jsonlines", "encoding": "utf-8"}},
        "LOG_LEVEL": "INFO",
        "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False,
        **config["settings"],
    }
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(SiteSpider)
    process.crawl(crawler)
    process.start()
    stats = {key: value for key, value in crawler.stats.get_stats().items() if isinstance(value, int | str)}
    with open(config["stats"], "w", encoding="utf-8") as out:
        json.dump(stats, out)


if __name__ == "__main__":
    main(sys.argv[1])
