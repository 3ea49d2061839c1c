from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.least(col("ts"), F.date_trunc("HOUR", col("ts")), (col("ts") - expr("INTERVAL '1-2' YEAR TO MONTH"))).alias("c1"), (((col("dt") <= F.to_date(lit("2024-02-29"))) | col("s").between(lit("日本"), lit("Hello"))) | (col("ts") == F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).alias("c2"), expr("regexp_replace(try_element_at(split(regexp_extract(split_part(s, '-', 3), '([A-Za-z]+) ([A-Za-z]+)', 2), ','), -1), '[0-9]+', '#') AS c3"), expr("(id DIV -4)").alias("c4"), expr("date_from_unix_date(year(dt)) AS c5")).filter("coalesce((c1 IS NULL), true)")
OUTPUT_MODE = "append"
