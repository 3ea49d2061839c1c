df = spark.readStream.format("json").schema("x STRING, p STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("x", F.xpath("x", F.lit("a/b/text()")).alias("bs"), F.xpath("x", F.lit("a/b")).alias("nodes"), F.xpath_string("x", F.lit("a/b")).alias("s"),
                   F.xpath_string("x", F.lit("a/c")).alias("sc"), F.xpath_int("x", F.lit("sum(a/b)")).alias("i"), F.xpath_long("x", F.lit("a/b")).alias("l"),
                   F.xpath_short("x", F.lit("a/b[2]")).alias("sh"), F.xpath_float("x", F.lit("a/b div 3")).alias("f"), F.xpath_double("x", F.lit("sum(a/b) div 7")).alias("d"),
                   F.xpath_number("x", F.lit("a/c")).alias("nan"), F.xpath_boolean("x", F.lit("a/b")).alias("has"), F.xpath_boolean("x", F.lit("a/c")).alias("hasc"),
                   F.xpath_int("x", F.lit("a/c")).alias("ic"), F.xpath_string("x", F.lit("a/@id")).alias("attr"), F.xpath("x", F.lit("//@id")).alias("attrs"),
                   F.xpath_double("x", F.lit("a/b[1] * 1.5")).alias("d2"), F.xpath_string("x", F.lit("count(//b)")).alias("cnt"), F.xpath("x", F.lit("a/comment()")).alias("com"), F.xpath("x", F.lit("a/processing-instruction()")).alias("pi"))
OUTPUT_MODE = "append"
