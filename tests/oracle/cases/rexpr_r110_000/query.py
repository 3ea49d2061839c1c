from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where((col("s") != lit("x-y"))).createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN (s > 'x-y') THEN j WHEN (CAST(NULL AS BOOLEAN) AND b) THEN (10 + i) WHEN b THEN i ELSE j END AS k1, count_if(b) AS a1, round(var_samp(d), 4) AS a2, round(stddev_samp(least(i, i, 0)), 6) AS a3, round(regr_avgx(i, pmod(i, nullif(j, 0))), 6) AS a4 FROM src GROUP BY CASE WHEN (s > 'x-y') THEN j WHEN (CAST(NULL AS BOOLEAN) AND b) THEN (10 + i) WHEN b THEN i ELSE j END")
OUTPUT_MODE = "complete"
