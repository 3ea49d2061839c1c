df = spark.readStream.format("json").schema("s STRING, t STRING, n INT, p INT, d DATE, x DOUBLE").load(INPUT)

from pyspark.sql import functions as F
result = df.select("s", "d", F.nvl2("s", F.lit(1), F.lit(2)), F.equal_null("s", "t"), F.zeroifnull("n"), F.nullifzero("n"),
                   F.add_months("d", "n"), F.add_months("d", 1), F.last_day("d"), F.unix_date("d"), F.date_from_unix_date("n"),
                   F.dayname("d"), F.monthname("d"), F.next_day("d", "Mon"), F.next_day("d", "sunday"), F.trunc("d", "year"),
                   F.trunc("d", "quarter"), F.trunc("d", "month"), F.trunc("d", "week"), F.trunc("d", "foo"),
                   F.expr("nvl2(n, 'y', 'n')").alias("e1"), F.expr("equal_null(n, p)").alias("e2"), F.expr("next_day(d, 'FR')").alias("e3"))
OUTPUT_MODE = "append"
