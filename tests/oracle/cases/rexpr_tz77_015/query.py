spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(i >= d)", "(nullif(length(concat_ws('-', ' ', s, s)), 3) IN (10, -1)) AS c2", "CASE WHEN (d = -1.5D) THEN greatest(i, i) WHEN (s >= 'abc') THEN instr(s, 'a') WHEN (d >= 2.0D) THEN i ELSE i END AS c3", "((m % 7.5) <= pmod(size(split(s, '[aeiou]')), nullif(CAST(true AS INT), 0))) AS c4", "pmod((id + i), nullif((i + i), 0))").filter((col("id") <= lit(0).cast("bigint")))
OUTPUT_MODE = "append"
