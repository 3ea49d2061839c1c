spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(NOT coalesce(CAST(i AS BOOLEAN), false))").selectExpr("id", "(m - n) AS c1", "(id % nullif(i, 0)) AS c2", "startswith('Hello', '')", "add_months(nullif(add_months(dt, i), DATE'2023-12-31'), (i - i)) AS c4", "(size(split(repeat(try_element_at(split(t, ' '), 1), -1), '[aeiou]')) / 3.0D) AS c5").filter((lit("42").like("a%") | col("c2").isNotNull()))
OUTPUT_MODE = "append"
