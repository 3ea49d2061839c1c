from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, f FLOAT, n DECIMAL(9,5), d DOUBLE, dt DATE, m DECIMAL(18,6), s STRING, b BOOLEAN, i INT").load(INPUT)
df.filter((col("id") > lit(0).cast("bigint"))).createOrReplaceTempView("src")
result = spark.sql("SELECT ((NOT b) <= b) AS k1, count_if((DATE'2024-02-29' <> ts)) AS a1, sum(CASE WHEN isnull(least(i, i, i)) THEN nullif(m, 0.5) ELSE 0 END) AS a2, sum(CASE WHEN (s <= 'Hello') THEN if((b IS NOT NULL), dayofmonth(ts), i) ELSE 0 END) AS a3, max(to_timestamp(s)) AS a5, datediff(max(trunc(dt, 'Q')), min(trunc(dt, 'Q'))) AS a4 FROM src GROUP BY k1 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
