spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE b WHEN true THEN f END AS k1, count_if((CAST(0 AS DOUBLE) > (id % 7))) AS a1, count_if((CASE (s LIKE 'a%') WHEN true THEN d WHEN true THEN f ELSE nullif(f, 2.0D) END BETWEEN 0.5D AND 100.0D)) AS a2, max(from_unixtime(second(ts), 'yyyy-MM-dd')) AS a3, round(avg(CASE WHEN (i IS NOT NULL) THEN CASE WHEN b THEN m WHEN (n <= 99.99) THEN n END WHEN b THEN m WHEN b THEN m ELSE n END), 2) AS a4 FROM src GROUP BY CASE b WHEN true THEN f END")
OUTPUT_MODE = "complete"
