from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, t STRING, ts TIMESTAMP, b BOOLEAN, dt DATE, s STRING, m DECIMAL(10,2), j INT, i INT").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN (ts IS NOT NULL) THEN dt WHEN forall(split('', ' '), x -> x = 'o') THEN date_sub(dt, i) WHEN (d <> 0.5D) THEN CASE WHEN b THEN CAST(NULL AS DATE) ELSE dt END ELSE add_months(dt, i) END AS k1, (max(i) - min(i)) AS a1, count((id - 1000L)) AS a2 FROM src GROUP BY CASE WHEN (ts IS NOT NULL) THEN dt WHEN forall(split('', ' '), x -> x = 'o') THEN date_sub(dt, i) WHEN (d <> 0.5D) THEN CASE WHEN b THEN CAST(NULL AS DATE) ELSE dt END ELSE add_months(dt, i) END")
OUTPUT_MODE = "complete"
