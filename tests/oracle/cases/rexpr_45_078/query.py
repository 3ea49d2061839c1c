from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter((col("dt") <= F.to_date(lit("2000-01-01")))).createOrReplaceTempView("src")
result = spark.sql("SELECT i, count_if((concat_ws('|', s, s, 'o') < s)) AS a1, min(coalesce(ts, TIMESTAMP'1999-12-31 23:59:59.999')) AS a2 FROM src GROUP BY i HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
