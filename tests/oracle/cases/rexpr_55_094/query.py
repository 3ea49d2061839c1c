from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, b BOOLEAN, d DOUBLE, ts TIMESTAMP, s STRING, dt DATE, m DECIMAL(7,0), n DECIMAL(5,3)").load(INPUT)
result = df.groupBy(F.ifnull((col("id") != col("m")), lit(True)).alias("k1"), (col("b").isNotNull() & col("b")).alias("k2")).agg(expr("(max(d) - min(d)) AS a1"), expr("count_if(CAST(id AS BOOLEAN)) AS a2"), expr("(max(n) - min(n)) AS a3"), expr("count(CASE WHEN (n >= 0.001) THEN to_date('2023-12-31') WHEN TRY_CAST(s AS BOOLEAN) THEN to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd') WHEN contains(s, ' ') THEN dt ELSE dt END) AS a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
