from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter((col("n") >= lit(1.25).cast("decimal(3,2)"))).createOrReplaceTempView("src")
result = spark.sql("SELECT dayofyear(dt) AS k1, (max((m * m)) - min((m * m))) AS a1, count_if((t > 'a')) AS a2, count_if((s RLIKE '^\\\\s')) AS a3, (max(months_between(DATE'2000-01-01', dt)) - min(months_between(DATE'2000-01-01', dt))) AS a4 FROM src GROUP BY 1 HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
