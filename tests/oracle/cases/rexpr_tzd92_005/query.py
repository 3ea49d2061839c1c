spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(7,0), i INT, k BIGINT, b BOOLEAN, s STRING, d DOUBLE, t STRING, ts TIMESTAMP, dt DATE").load(INPUT)
result = df.filter((col("b") | (col("t") <= lit("x-y")))).selectExpr("id", "weekofyear(date_add(CASE WHEN b THEN dt WHEN (dt <= to_date('2000-01-01')) THEN dt END, i)) AS c1", "CASE WHEN b THEN k WHEN (id IS NOT NULL) THEN id WHEN array_contains(split(t, ','), 'b') THEN (i - id) ELSE id END AS c2", "(nullif(86400L, 1L) + id) AS c3").filter(((col("k") != lit(3.75)) | (col("t") >= lit("Hello"))))
OUTPUT_MODE = "append"
