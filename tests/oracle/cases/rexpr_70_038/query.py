from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "if((d <> 100.0D), (i + i), i) AS c1", "size(split(md5(sha2(translate(s, 'abc', ''), 224)), ' ')) AS c2", "md5(CASE WHEN true THEN s WHEN (ts = TIMESTAMP'2024-03-01 12:30:00.123456') THEN s WHEN true THEN s ELSE '' END) AS c3").where("(NOT coalesce(CASE WHEN false THEN true ELSE (c2 < 2) END, false))")
OUTPUT_MODE = "append"
