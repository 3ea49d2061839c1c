from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, i INT, ts TIMESTAMP, j INT, n DECIMAL(5,3), m DECIMAL(38,10), dt DATE, s STRING").json(INPUT)
df.filter((col("dt") < F.to_date(lit("2000-01-01")))).createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN (n <= 0.001) THEN i ELSE 12 END AS k1, max(nullif((TIMESTAMP'1999-12-31 23:59:59.999' + INTERVAL -3 DAYS), TIMESTAMP'2024-02-29 00:00:00')) AS a1, round(avg(3), 2) AS a2, round(avg(nullif(i, 1)), 3) AS a3 FROM src GROUP BY k1 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
