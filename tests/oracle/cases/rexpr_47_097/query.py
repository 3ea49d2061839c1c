from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("b") & col("b")) | col("n").isNull())).selectExpr("id", "nullif(CASE WHEN (j = 0) THEN ts WHEN (s < ' ') THEN nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') WHEN b THEN ts ELSE ts END, TIMESTAMP'1999-12-31 23:59:59.999') AS c1", "((TIMESTAMP'1999-12-31 23:59:59.999' - INTERVAL '1 02:03:04.000005' DAY TO SECOND) + INTERVAL '90' MINUTE) AS c2", "(m / 3.5) AS c3", "(abs(d) * quarter(dt)) AS c4", "CASE 7 WHEN 2 THEN m ELSE n END AS c5")
OUTPUT_MODE = "append"
