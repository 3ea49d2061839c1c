from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("ascii(concat(t, ''))").alias("c1"), F.isnull(F.nullif(F.lower(col("s")), lit("42"))).alias("c2"), expr("to_date(date_format(date_from_unix_date(aggregate(split(s, ' '), 0, (acc, x) -> acc + length(x))), 'yyyyMMdd'), 'yyyyMMdd')").alias("c3"), expr("round(d, i) AS c4"))
OUTPUT_MODE = "append"
